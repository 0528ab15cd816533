using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace VendorAudit.Web.Features.Shared;

/// <summary>Error pages for status codes and unhandled exceptions, with the portal's layout and headers.</summary>
[Route("error"), AllowAnonymous, IgnoreAntiforgeryToken]
public sealed class ErrorController : Controller
{
    [Route("{code:int?}")]
    public IActionResult Show([FromRoute] int? code)
    {
        // Re-executed for an exception, the handler has already set the status (500, or 413 for an oversized body).
        var status = code ?? (Response.StatusCode >= 400 ? Response.StatusCode : StatusCodes.Status500InternalServerError);
        Response.StatusCode = status;
        return View("Error", status);
    }
}

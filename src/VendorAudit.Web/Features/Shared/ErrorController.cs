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
        var status = code ?? StatusCodes.Status500InternalServerError;
        Response.StatusCode = status;
        return View("Error", status);
    }
}

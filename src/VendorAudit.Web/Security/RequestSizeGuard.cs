using Microsoft.AspNetCore.Http.Metadata;

namespace VendorAudit.Web.Security;

/// <summary>
/// Refuses with 413, before anything reads it, a request whose declared length is over its endpoint's body limit
/// (<c>[RequestSizeLimit]</c>). Left to the server, the limit trips while the antiforgery check reads the form,
/// and the sender would get a misleading "form expired" 400 instead of "too large".
/// </summary>
public sealed class RequestSizeGuard(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
        if (limit is { } max && context.Request.ContentLength > max)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }
        return next(context);
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorAudit.Web.Security;

namespace VendorAudit.Web.Features.Agents;

/// <summary>An agent's page, within the caller's vendor scope.</summary>
[Route("agents"), Authorize(Policy = Policies.AnyRole)]
public sealed class AgentsController : Controller
{
    [HttpGet("{agentId:int}")]
    public async Task<IActionResult> Details(int agentId, [FromServices] AgentDetails details, CancellationToken cancellationToken) =>
        await details.LoadAsync(agentId, cancellationToken) is { } model ? View(model) : NotFound();
}

using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorAudit.Domain.Periods;
using VendorAudit.Domain.Security;
using VendorAudit.Infrastructure.Scoring;
using VendorAudit.Web.Security;

namespace VendorAudit.Web.Features.Scores;

/// <summary>Vendor scores: procurement ranks, compares and reads statements; a vendor user sees their own and their position.</summary>
[Route("scores"), Authorize(Policy = Policies.AnyRole)]
public sealed class ScoresController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? period, string? sort, bool desc, [FromServices] ScoreBoard board, CancellationToken cancellationToken) =>
        View(await board.RankingAsync(period, sort, desc, User.IsInRole(Roles.Vendor), cancellationToken));

    [HttpGet("vendors/{vendorId:int}")]
    public async Task<IActionResult> Vendor(int vendorId, string? period, [FromServices] ScoreBoard board, CancellationToken cancellationToken) =>
        await board.VendorAsync(vendorId, period, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpGet("compare"), Authorize(Policy = Policies.BrandSide)]
    public async Task<IActionResult> Compare(string? period, [FromQuery(Name = "vendor")] int[] vendors, [FromServices] ScoreBoard board, CancellationToken cancellationToken) =>
        View(await board.CompareAsync(period, vendors, cancellationToken));

    [HttpGet("export.csv"), Authorize(Policy = Policies.BrandSide)]
    public async Task<IActionResult> Export(string? period, [FromServices] ScoreBoard board, CancellationToken cancellationToken)
    {
        var model = await board.RankingAsync(period, "rank", false, false, cancellationToken);
        if (model.Period is not { } chosen) return NotFound();
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ScoreExport.Csv(model.Rows))).ToArray(),
            "text/csv; charset=utf-8", $"vendor-scores-{chosen}.csv");
    }

    [HttpPost("recompute"), Authorize(Policy = Policies.BrandSide)]
    public async Task<IActionResult> Recompute(string period, [FromServices] ScoringService scoring, CancellationToken cancellationToken)
    {
        if (!Period.TryParse(period, out var chosen)) return BadRequest();
        var summary = await scoring.RecomputeAsync(chosen, cancellationToken);
        TempData["ScoresNotice"] = $"{summary.Vendors} vendors recomputed for {chosen}.";
        return RedirectToAction(nameof(Index), new { period = chosen.ToString() });
    }
}

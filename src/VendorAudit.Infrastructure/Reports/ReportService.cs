using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain;
using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Findings;
using VendorAudit.Domain.Periods;
using VendorAudit.Domain.Reports;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Infrastructure.Reports;

/// <summary>
/// Builds a vendor's contract-review report from what is stored (scores, their history, confirmed findings,
/// disputes, auditors' comments), prints it and keeps it, replacing the same vendor, period and language.
/// It recomputes nothing: a period without scores is refused, the caller scores it first.
/// </summary>
public sealed class ReportService(VendorAuditDbContext db, IPdfRenderer renderer, PdfRendererOptions rendererOptions, TimeProvider clock)
{
    private const int HistoryPeriods = 12, SampleCalls = 5, CommentCount = 5;

    /// <summary>
    /// Documents a period's batch prints at once. Each print keeps two Chromium processes busy (the page's renderer and
    /// the browser, which assembles the PDF), so half the renderer's pages: on two cores, one document prints while the
    /// next is read and the last one stored.
    /// </summary>
    private int PrintsInFlight => Math.Max(1, rendererOptions.MaxPages / 2);

    public async Task<ContractReport> RenderAsync(int vendorId, Period period, string language, string createdBy, CancellationToken cancellationToken = default)
    {
        var model = await ModelAsync(vendorId, period, language, cancellationToken)
            ?? throw new DomainException($"No scores for vendor {vendorId} in {period}: compute them first.");
        var pdf = await renderer.RenderAsync(ContractReviewHtml.Build(model), cancellationToken);
        return await StoreAsync(vendorId, period, language, createdBy, pdf, cancellationToken);
    }

    /// <summary>
    /// Every scored vendor's report for the period. The reads and the stores run in order on this service's one
    /// database context, while up to <see cref="PrintsInFlight"/> documents print: Chromium prints one vendor while
    /// the next is read and the previous stored, and the renderer's pool bounds it either way.
    /// </summary>
    public async Task<int> RenderPeriodAsync(Period period, string language, string createdBy, CancellationToken cancellationToken = default)
    {
        var vendors = await db.VendorScores.AsNoTracking().Where(s => s.PeriodStart == period.FirstDay).OrderBy(s => s.VendorId)
            .Select(s => s.VendorId).ToListAsync(cancellationToken);
        var printing = new Queue<(int VendorId, Task<RenderedPdf> Pdf)>();
        try
        {
            foreach (var vendorId in vendors)
            {
                var model = await ModelAsync(vendorId, period, language, cancellationToken)
                    ?? throw new DomainException($"No scores for vendor {vendorId} in {period}: compute them first.");
                var document = ContractReviewHtml.Build(model);
                if (printing.Count >= PrintsInFlight) await StoreNextAsync();
                printing.Enqueue((vendorId, renderer.RenderAsync(document, cancellationToken)));
            }
            while (printing.Count > 0) await StoreNextAsync();
        }
        finally
        {
            // A failure leaves no print running unobserved after the job has given up.
            await Task.WhenAll(printing.Select(p => (Task)p.Pdf)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        return vendors.Count;

        async Task StoreNextAsync()
        {
            var (vendorId, pdf) = printing.Peek();
            await StoreAsync(vendorId, period, language, createdBy, await pdf, cancellationToken);
            printing.Dequeue();
        }
    }

    private async Task<ContractReport> StoreAsync(int vendorId, Period period, string language, string createdBy, RenderedPdf pdf, CancellationToken cancellationToken)
    {
        var report = await db.Reports.SingleOrDefaultAsync(r => r.VendorId == vendorId && r.PeriodStart == period.FirstDay && r.Language == language, cancellationToken);
        if (report is null) db.Reports.Add(report = new ContractReport(vendorId, period, language));
        report.Store(pdf.Content, ReportTemplate.Version, createdBy, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }

    public async Task<ReportModel?> ModelAsync(int vendorId, Period period, string language, CancellationToken cancellationToken = default)
    {
        if (!ReportText.Languages.Contains(language)) throw new DomainException($"Reports are written in English or French, not '{language}'.");
        var vendor = await db.Vendors.AsNoTracking().SingleOrDefaultAsync(v => v.Id == vendorId, cancellationToken);
        var history = (await db.VendorScores.AsNoTracking().Where(s => s.VendorId == vendorId && s.PeriodStart <= period.FirstDay)
            .OrderByDescending(s => s.PeriodStart).Take(HistoryPeriods).ToListAsync(cancellationToken)).AsEnumerable().Reverse().ToList();
        if (vendor is null || history.Count == 0 || history[^1].PeriodStart != period.FirstDay) return null;
        return new ReportModel(language, vendor, history[^1], history, await FindingsAsync(vendorId, period, language, cancellationToken),
            await DisputesAsync(vendorId, period, cancellationToken), await CommentsAsync(vendorId, period, cancellationToken), clock.GetUtcNow());
    }

    private async Task<IReadOnlyList<ReportFinding>> FindingsAsync(int vendorId, Period period, string language, CancellationToken cancellationToken)
    {
        var findings = await (from f in db.Findings.AsNoTracking()
                              where f.VendorId == vendorId && f.PeriodStart == period.FirstDay && f.Status == FindingStatus.Confirmed
                              orderby f.Id
                              select new { Finding = f, Agent = db.Agents.Where(a => a.Id == f.AgentId).Select(a => a.DisplayName ?? a.Name).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var callIds = findings.SelectMany(f => f.Finding.Evidence.CallIds.Take(SampleCalls)).Distinct().ToList();
        var external = await db.Calls.AsNoTracking().Where(c => callIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.ExternalId, cancellationToken);
        return findings.Select(x => new ReportFinding(x.Finding.Id, x.Finding.Kind, x.Agent, x.Finding.CallCount, x.Finding.Effect, x.Finding.QValue,
            x.Finding.Evidence.SummaryIn(language), x.Finding.Evidence.Chart, x.Finding.Evidence.CallIds.Take(SampleCalls).Where(external.ContainsKey).Select(id => external[id]).ToList(),
            x.Finding.DecidedAt, x.Finding.DecisionReason)).ToList();
    }

    /// <summary>Disputes on scorecards of the period's calls: the month a dispute belongs to is that of the call it is about.</summary>
    private async Task<DisputeSummary> DisputesAsync(int vendorId, Period period, CancellationToken cancellationToken)
    {
        var disputes = await (from d in db.Disputes.AsNoTracking()
                              join s in db.Scorecards.AsNoTracking() on d.ScorecardId equals s.Id
                              join c in db.Calls.AsNoTracking() on s.CallId equals c.Id
                              where d.VendorId == vendorId && c.StartedAt >= period.StartUtc && c.StartedAt < period.EndUtc
                              select d).ToListAsync(cancellationToken);
        var items = disputes.SelectMany(d => d.Items).ToList();
        return new DisputeSummary(disputes.Count, disputes.Count(d => d.Status == DisputeStatus.Resolved),
            items.Count(i => i.Resolution == DisputeResolution.Accepted), items.Count(i => i.Resolution == DisputeResolution.PartlyAccepted),
            items.Count(i => i.Resolution == DisputeResolution.Rejected));
    }

    /// <summary>
    /// The latest auditors' comments on the period's random sample (the period is the sample's, kept on each card). A
    /// vendor-month holds thousands of scorecards; the newest commented ones are the head of one partial index range,
    /// read before the few chosen are read whole. "Has a comment" is spelt <c>Length &gt; 0</c>, which EF Core sends as
    /// <c>length(…) &gt; 0</c>, the index's own filter; <c>!IsNullOrEmpty</c> or <c>!= ""</c> gain an <c>OR IS NULL</c> for
    /// C#'s null semantics, and PostgreSQL then cannot prove the filter and reads every card of the vendor from the heap.
    /// </summary>
    private async Task<IReadOnlyList<AuditorComment>> CommentsAsync(int vendorId, Period period, CancellationToken cancellationToken)
    {
        var first = period.FirstDay;
        var latest = await (from s in db.Scorecards.AsNoTracking()
                            where s.VendorId == vendorId && s.SamplePeriodStart == first
                                  && s.SampleKind == SampleKind.Random && s.Status != ScorecardStatus.Draft
                                  && s.Answers.OverallComment!.Length > 0
                            orderby s.SubmittedAt descending, s.Id descending
                            select s.Id).Take(CommentCount).ToListAsync(cancellationToken);
        var rows = await (from s in db.Scorecards.AsNoTracking()
                          join c in db.Calls.AsNoTracking() on s.CallId equals c.Id
                          where latest.Contains(s.Id)
                          select new { s.Id, c.ExternalId, s.Total, s.Answers.OverallComment }).ToDictionaryAsync(r => r.Id, cancellationToken);
        return latest.Where(rows.ContainsKey).Select(id => new AuditorComment(rows[id].ExternalId, rows[id].Total, rows[id].OverallComment!)).ToList();
    }
}

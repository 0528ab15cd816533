using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using VendorAudit.Domain;
using VendorAudit.Domain.Periods;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Infrastructure.Privacy;

/// <summary>What one retention run changed; all zero when it had already run for the same cutoff.</summary>
public sealed record RetentionSummary(DateOnly Cutoff, int CallsAnonymised, int TranscriptsDeleted, int RejectedListsCleared);

/// <summary>
/// Call data is kept <c>VendorAudit:RetentionMonths</c> whole months (24 by default), then anonymised: the caller's
/// pseudonym is removed (nothing links the call to a person or to the caller's other calls any more) and the
/// transcript deleted, while the call's timings, outcome and agent stay, so that stored scores, findings and reports
/// keep their evidence. The import reports' rejected-line lists of the same age are cleared. Idempotent: a run
/// touches only what is still identifiable, in one transaction, and logs what it changed.
/// </summary>
public sealed class RetentionService(VendorAuditDbContext db, IConfiguration configuration, TimeProvider clock, ILogger<RetentionService> logger)
{
    public const int DefaultMonths = 24;

    /// <summary>The nightly scores recompute the three latest periods, and a repeat contact looks 72 h back.</summary>
    public const int MinimumMonths = 4;

    public int Months
    {
        get
        {
            var months = configuration.GetValue("VendorAudit:RetentionMonths", DefaultMonths);
            return months >= MinimumMonths ? months
                : throw new DomainException($"VendorAudit:RetentionMonths must be at least {MinimumMonths} (the scores recompute the latest three months), not {months}.");
        }
    }

    /// <summary>The first day kept: calls before the start of the month <see cref="Months"/> before this one are anonymised.</summary>
    public DateOnly CutoffFor(DateTimeOffset now) => Period.Of(now).FirstDay.AddMonths(-Months);

    public async Task<RetentionSummary> ApplyAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = CutoffFor(clock.GetUtcNow());
        var before = new DateTimeOffset(cutoff.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var transcripts = await db.Database.ExecuteSqlAsync(
            $"DELETE FROM call_transcripts t USING calls c WHERE c.id = t.call_id AND c.started_at < {before}", cancellationToken);
        var calls = await db.Database.ExecuteSqlAsync(
            $"UPDATE calls SET caller_hash = NULL WHERE started_at < {before} AND caller_hash IS NOT NULL", cancellationToken);
        var rejected = await db.Database.ExecuteSqlAsync(
            $"UPDATE import_batches SET rejected_lines = '[]' WHERE received_at < {before} AND rejected_lines IS NOT NULL AND rejected_lines <> '[]'", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var summary = new RetentionSummary(cutoff, calls, transcripts, rejected);
        logger.LogInformation("Retention ({Months} months): calls before {Cutoff:yyyy-MM-dd}: {Calls} anonymised, {Transcripts} transcripts deleted, {Rejected} rejected-line lists cleared",
            Months, cutoff, calls, transcripts, rejected);
        return summary;
    }
}

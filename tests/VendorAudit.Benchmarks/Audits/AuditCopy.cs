using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Sampling;
using VendorAudit.Infrastructure.Audits;

namespace VendorAudit.Benchmarks.Audits;

/// <summary>
/// Writes the queue, the scorecards and their trails with binary COPY, in the columns of the
/// AuditWorkflow migration and the JSON shape EF Core gives the owned answers (CLR property names).
/// Ids are given, so that a sampled call and its scorecard point at each other; the identity
/// sequences are moved past them afterwards, so the portal's own inserts carry on from there.
/// </summary>
public static class AuditCopy
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public static async Task WriteAsync(NpgsqlConnection connection, AuditWork work)
    {
        using (var copy = Begin(connection, "sampled_calls (id, plan_id, vendor_id, period_start, call_id, agent_id, kind, stratum_key, due_date, state, assigned_to, claimed_at, scorecard_id)"))
        {
            foreach (var s in work.Samples)
            {
                copy.StartRow();
                copy.Write(s.Id, NpgsqlDbType.Bigint);
                copy.Write(s.Draw.Plan.Id, NpgsqlDbType.Bigint);
                copy.Write(s.Call.VendorId, NpgsqlDbType.Integer);
                copy.Write(s.Draw.Plan.PeriodStart, NpgsqlDbType.Date);
                copy.Write(s.Call.CallId, NpgsqlDbType.Bigint);
                copy.Write(s.Call.AgentId, NpgsqlDbType.Integer);
                copy.Write((short)SampleKind.Random, NpgsqlDbType.Smallint);
                copy.Write(s.Call.StratumKey, NpgsqlDbType.Varchar);
                copy.Write(s.Draw.Plan.DueDate, NpgsqlDbType.Date);
                copy.Write((short)s.State, NpgsqlDbType.Smallint);
                WriteOrNull(copy, s.AssignedTo, NpgsqlDbType.Varchar);
                WriteOrNull(copy, s.ClaimedAt, NpgsqlDbType.TimestampTz);
                WriteOrNull(copy, s.ScorecardId, NpgsqlDbType.Bigint);
            }
            copy.Complete();
        }

        using (var copy = Begin(connection, "scorecards (id, vendor_id, call_id, agent_id, template_code, template_version, auditor_id, sample_kind, status, " +
            "started_at, submitted_at, language, empathy, resolution, compliance, total, answers, sampled_call_id, sample_period_start, updated_at, updated_by)"))
        {
            foreach (var c in work.Cards)
            {
                var score = c.CurrentScore;
                copy.StartRow();
                copy.Write(c.Id, NpgsqlDbType.Bigint);
                copy.Write(c.Sample.Call.VendorId, NpgsqlDbType.Integer);
                copy.Write(c.Sample.Call.CallId, NpgsqlDbType.Bigint);
                copy.Write(c.Sample.Call.AgentId, NpgsqlDbType.Integer);
                copy.Write(TemplateCatalog.DefaultCode, NpgsqlDbType.Varchar);
                copy.Write(1, NpgsqlDbType.Integer);
                copy.Write(c.Auditor, NpgsqlDbType.Varchar);
                copy.Write((short)SampleKind.Random, NpgsqlDbType.Smallint);
                copy.Write((short)c.Status, NpgsqlDbType.Smallint);
                copy.Write(c.StartedAt, NpgsqlDbType.TimestampTz);
                WriteOrNull(copy, c.SubmittedAt, NpgsqlDbType.TimestampTz);
                WriteOrNull(copy, score.Language, NpgsqlDbType.Numeric);
                WriteOrNull(copy, score.Empathy, NpgsqlDbType.Numeric);
                WriteOrNull(copy, score.Resolution, NpgsqlDbType.Numeric);
                WriteOrNull(copy, score.Compliance, NpgsqlDbType.Numeric);
                WriteOrNull(copy, score.Total, NpgsqlDbType.Numeric);
                copy.Write(Json(c.Current), NpgsqlDbType.Jsonb);
                copy.Write(c.Sample.Id, NpgsqlDbType.Bigint);
                copy.Write(c.Sample.Draw.Plan.PeriodStart, NpgsqlDbType.Date);
                copy.Write(c.UpdatedAt, NpgsqlDbType.TimestampTz);
                copy.Write(c.Auditor, NpgsqlDbType.Varchar);
            }
            copy.Complete();
        }

        var created = Json(new ScorecardAnswers());
        using (var copy = Begin(connection, "scorecard_revisions (scorecard_id, vendor_id, kind, status, \"by\", at, total, answers)"))
        {
            foreach (var c in work.Cards)
            {
                Revision(copy, c, RevisionKind.Created, ScorecardStatus.Draft, c.StartedAt, null, created);
                Revision(copy, c, RevisionKind.DraftSaved, ScorecardStatus.Draft, c.DraftSavedAt, c.DraftScore.Total, Json(c.Draft));
                if (c.Submitted is { } submitted)
                    Revision(copy, c, RevisionKind.Submitted, ScorecardStatus.Submitted, c.SubmittedAt!.Value, c.SubmittedScore!.Total, Json(submitted));
            }
            copy.Complete();
        }

        await using var sequences = new NpgsqlCommand("""
            SELECT setval(pg_get_serial_sequence('sampled_calls', 'id'), (SELECT max(id) FROM sampled_calls));
            SELECT setval(pg_get_serial_sequence('scorecards', 'id'), (SELECT max(id) FROM scorecards));
            """, connection);
        await sequences.ExecuteNonQueryAsync();
    }

    /// <summary>The answers as EF Core writes the owned JSON document: CLR property names, nulls written out.</summary>
    public static string Json(ScorecardAnswers answers) => JsonSerializer.Serialize(new
    {
        Items = answers.Items.Select(i => new { i.Comment, i.ItemId, i.NotApplicable, i.Value }),
        answers.OverallComment,
    });

    private static NpgsqlBinaryImporter Begin(NpgsqlConnection connection, string target)
    {
        var copy = connection.BeginBinaryImport($"COPY {target} FROM STDIN (FORMAT BINARY)");
        copy.Timeout = Timeout;
        return copy;
    }

    private static void Revision(NpgsqlBinaryImporter copy, CardRow card, RevisionKind kind, ScorecardStatus status, DateTimeOffset at, decimal? total, string answers)
    {
        copy.StartRow();
        copy.Write(card.Id, NpgsqlDbType.Bigint);
        copy.Write(card.Sample.Call.VendorId, NpgsqlDbType.Integer);
        copy.Write((short)kind, NpgsqlDbType.Smallint);
        copy.Write((short)status, NpgsqlDbType.Smallint);
        copy.Write(card.Auditor, NpgsqlDbType.Varchar);
        copy.Write(at, NpgsqlDbType.TimestampTz);
        WriteOrNull(copy, total, NpgsqlDbType.Numeric);
        copy.Write(answers, NpgsqlDbType.Jsonb);
    }

    private static void WriteOrNull<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type) where T : struct
    {
        if (value is { } v) copy.Write(v, type);
        else copy.WriteNull();
    }

    private static void WriteOrNull(NpgsqlBinaryImporter copy, string? value, NpgsqlDbType type)
    {
        if (value is null) copy.WriteNull();
        else copy.Write(value, type);
    }
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Calls;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Web.Features.Calls;

/// <summary>
/// Attaches a transcript to a call: a JSON file <c>{"turns":[{"speaker":"agent","at":12,"text":"…"}]}</c>
/// (or the bare array). Checked whole before anything is stored; a new upload replaces the old one.
/// </summary>
public sealed class TranscriptUpload(VendorAuditDbContext db, TimeProvider clock)
{
    public const int MaxBytes = 1024 * 1024;
    private static readonly string[] Speakers = ["agent", "customer", "system"];

    public async Task<(bool Found, IReadOnlyList<string> Problems)> AttachAsync(long callId, IFormFile? file, string by, CancellationToken cancellationToken)
    {
        var call = await db.Calls.SingleOrDefaultAsync(c => c.Id == callId, cancellationToken);
        if (call is null) return (false, []);
        if (file is null || file.Length == 0) return (true, ["Choose a transcript file (JSON)."]);
        if (file.Length > MaxBytes) return (true, [$"The file is larger than {MaxBytes / 1024} KB."]);
        var (turns, problems) = await ParseAsync(file.OpenReadStream(), cancellationToken);
        if (problems.Count > 0) return (true, problems);
        var existing = await db.CallTranscripts.SingleOrDefaultAsync(t => t.CallId == callId, cancellationToken);
        if (existing is null) db.CallTranscripts.Add(new CallTranscript(call, turns, by, clock.GetUtcNow()));
        else existing.Replace(turns, by, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return (true, []);
    }

    public static async Task<(List<TranscriptTurn> Turns, List<string> Problems)> ParseAsync(Stream stream, CancellationToken cancellationToken)
    {
        var turns = new List<TranscriptTurn>();
        var problems = new List<string>();
        JsonDocument document;
        try { document = await JsonDocument.ParseAsync(stream, default, cancellationToken); }
        catch (JsonException e) { return (turns, [$"line {(e.LineNumber ?? 0) + 1}: not valid JSON."]); }
        using (document)
        {
            var root = document.RootElement;
            var array = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("turns", out var t) ? t : root;
            if (array.ValueKind != JsonValueKind.Array) return (turns, ["Expected {\"turns\": [...]} or an array of turns."]);
            var index = 0;
            foreach (var turn in array.EnumerateArray())
            {
                var where = $"turns[{index++}]";
                var speaker = turn.ValueKind == JsonValueKind.Object && turn.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()!.ToLowerInvariant() : null;
                var at = turn.ValueKind == JsonValueKind.Object && turn.TryGetProperty("at", out var a) && a.TryGetInt32(out var seconds) ? seconds : -1;
                var text = turn.ValueKind == JsonValueKind.Object && turn.TryGetProperty("text", out var x) && x.ValueKind == JsonValueKind.String ? x.GetString()! : "";
                if (speaker is null || !Speakers.Contains(speaker)) problems.Add($"{where}.speaker: expected agent, customer or system.");
                if (at < 0) problems.Add($"{where}.at: expected whole seconds from the start of the call.");
                if (string.IsNullOrWhiteSpace(text) || text.Length > 4000) problems.Add($"{where}.text: expected 1 to 4000 characters.");
                if (problems.Count >= 20) { problems.Add("…and more; fix these first."); break; }
                turns.Add(new TranscriptTurn { Speaker = speaker ?? "", AtSeconds = at, Text = text.Trim() });
            }
            if (turns.Count == 0 && problems.Count == 0) problems.Add("The transcript has no turns.");
            if (turns.Count > 5000) problems.Add("A transcript has at most 5000 turns.");
        }
        return (turns, problems);
    }
}

using System.Text.Json;

namespace VendorAudit.Infrastructure.Imports.Connect;

/// <summary>
/// Reads Amazon Connect contact records (CTR): a JSON array, or JSON Lines as Kinesis Firehose
/// delivers them. Connect delivers each record at least once and again when a contact is updated
/// (after-contact work ends, attributes change), so records are merged on ContactId keeping the
/// latest LastUpdateTimestamp (on a tie, the later one in the file).
/// </summary>
/// <remarks>
/// Merging needs to have seen the whole file, so calls are yielded at its end, in the order each
/// contact first appeared, each with the line of the delivery that won. Memory is one small entry
/// per distinct contact, not the file. A losing delivery is not an error and not a duplicate: it
/// is silently merged; duplicates counted by the import are calls already in the database.
/// Rejections of records that cannot take part in merging (no ContactId, broken JSON) come at once.
/// </remarks>
public sealed class ConnectCtrParser : ICallFileParser
{
    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public string Format => ImportFormats.ConnectCtr;

    public IEnumerable<ParseItem> Parse(Stream input, CancellationToken cancellationToken = default)
    {
        var contacts = new List<Contact>();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var first = true;
        foreach (var record in new JsonRecordSplitter().Records(input, cancellationToken))
        {
            var contact = Read(record, first);
            first = false;
            if (contact.Rejection is { } unmergeable)
            {
                yield return new RejectedItem(record.Line, unmergeable);
                continue;
            }
            if (!byId.TryGetValue(contact.Id, out var index))
            {
                byId.Add(contact.Id, contacts.Count);
                contacts.Add(contact);
            }
            else if (contact.LastUpdate >= contacts[index].LastUpdate)
            {
                contacts[index] = contact;
            }
        }

        MarkRequestedCallbacks(contacts, byId);
        foreach (var contact in contacts)
            yield return contact.Call is { } call
                ? new CallItem(contact.Line, call)
                : new RejectedItem(contact.Line, contact.MappingError!);
    }

    internal static NotThisFormatException NotConnect(string why) =>
        new($"this does not look like Amazon Connect contact records: {why}");

    /// <summary>One delivery of a contact, mapped; the first record decides whether the file is CTR at all.</summary>
    private static Contact Read(JsonRecord record, bool first)
    {
        if (record.Problem is { } problem)
            return first ? throw NotConnect($"{record.Label} {problem}") : Contact.Unmergeable($"{record.Label} {problem}");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(record.Json, JsonOptions);
        }
        catch (JsonException e)
        {
            var why = $"is not valid JSON ({e.Message.Split(" LineNumber:")[0].TrimEnd()})";
            return first ? throw NotConnect($"the first record {why}") : Contact.Unmergeable($"{record.Label} {why}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (first && (root.ValueKind != JsonValueKind.Object
                    || !root.TryGetProperty("ContactId", out var firstId) || firstId.ValueKind != JsonValueKind.String))
                throw NotConnect("the first record has no ContactId");
            if (root.ValueKind != JsonValueKind.Object)
                return Contact.Unmergeable($"{record.Label} is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not a contact record");
            string? id;
            try
            {
                id = ContactFields.Text(root, "ContactId", "ContactId", ContactRecordMapper.MaxIdLength);
            }
            catch (ContactRecordException e)
            {
                return Contact.Unmergeable($"{record.Label}: {e.Message}");
            }
            if (id is null) return Contact.Unmergeable($"{record.Label}: ContactId missing");

            // A delivery whose LastUpdateTimestamp is unreadable still competes, and loses to any readable one.
            var lastUpdate = ContactFields.TimeOrNull(root, "LastUpdateTimestamp") ?? DateTimeOffset.MinValue;
            try
            {
                return new Contact(id, lastUpdate, record.Line, ContactRecordMapper.Map(id, root), null, null);
            }
            catch (ContactRecordException e)
            {
                return new Contact(id, lastUpdate, record.Line, null, $"{record.Label}: {e.Message}", null);
            }
        }
    }

    /// <summary>
    /// A CALLBACK contact exists because the caller of PreviousContactId asked to be called back;
    /// when both are in the file the earlier one is marked, so a request is visible where it was made.
    /// </summary>
    private static void MarkRequestedCallbacks(List<Contact> contacts, Dictionary<string, int> byId)
    {
        foreach (var contact in contacts)
        {
            if (contact.Call?.Details is { InitiationMethod: ContactRecordMapper.Callback, PreviousContactId: { } previousId }
                && byId.TryGetValue(previousId, out var index)
                && contacts[index].Call is { } requested)
                requested.Details.CallbackRequested = true;
        }
    }

    private sealed record Contact(string Id, DateTimeOffset LastUpdate, long Line, ParsedCall? Call, string? MappingError, string? Rejection)
    {
        public static Contact Unmergeable(string reason) => new("", DateTimeOffset.MinValue, 0, null, null, reason);
    }
}

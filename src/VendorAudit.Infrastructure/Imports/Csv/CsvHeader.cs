namespace VendorAudit.Infrastructure.Imports.Csv;

/// <summary>
/// The columns of a call CSV, found by name in the header line (docs/csv-format.md): any order,
/// any case, extra columns ignored.
/// </summary>
internal sealed class CsvHeader
{
    public const string CallId = "call_id";
    public const string Agent = "agent";
    public const string Queue = "queue";
    public const string Caller = "caller";
    public const string Start = "start";
    public const string Wait = "wait";
    public const string Talk = "talk";
    public const string Hold = "hold";
    public const string Acw = "acw";
    public const string EndedBy = "ended_by";
    public const string Transfers = "transfers";
    public const string Disposition = "disposition";
    public const string Language = "language";
    public const string CallbackRequested = "callback_requested";
    public const string CallbackMade = "callback_made";

    private static readonly string[] Known =
        [CallId, Agent, Queue, Caller, Start, Wait, Talk, Hold, Acw, EndedBy, Transfers, Disposition, Language, CallbackRequested, CallbackMade];
    private static readonly string[] Required = [CallId, Start];

    private readonly Dictionary<string, int> _columns;
    private readonly string[] _names;

    private CsvHeader(Dictionary<string, int> columns, string[] names, int namedFields)
    {
        _columns = columns;
        _names = names;
        NamedFields = namedFields;
    }

    /// <summary>Fields up to the last named column; trailing separators after it name nothing.</summary>
    public int NamedFields { get; }

    public int Fields => _names.Length;

    /// <exception cref="NotThisFormatException">A required column is missing, or a known one appears twice.</exception>
    public static CsvHeader Read(string[] names)
    {
        var normalised = names.Select(Normalise).ToArray();
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < normalised.Length; i++)
        {
            if (!Known.Contains(normalised[i])) continue;
            // Two "wait" columns: whichever is taken, half the file could be read wrong.
            if (!columns.TryAdd(normalised[i], i)) throw CsvCallParser.NotCsv($"the header names the column {normalised[i]} twice");
        }
        var missing = Required.Where(r => !columns.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            var found = string.Join(", ", names.Take(12).Select(n => CsvRowMapper.Show(n)));
            throw CsvCallParser.NotCsv(
                $"the header lacks the required column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)} (it has {found}); see docs/csv-format.md");
        }
        return new CsvHeader(columns, normalised, Array.FindLastIndex(normalised, n => n.Length > 0) + 1);
    }

    /// <summary>The field of a column, or null when the file has no such column.</summary>
    public string? Field(string[] record, string column) => _columns.TryGetValue(column, out var i) ? record[i] : null;

    public string NameOf(int field) => field < _names.Length && _names[field].Length > 0 ? _names[field] : $"#{field + 1}";

    // "Call ID", "ended-by" and "ENDED_BY" are the same column: exports are typed by hand.
    private static string Normalise(string name) =>
        name.Trim().Trim('\uFEFF').Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
}

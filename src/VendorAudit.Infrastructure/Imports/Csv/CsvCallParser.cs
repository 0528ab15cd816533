using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace VendorAudit.Infrastructure.Imports.Csv;

/// <summary>
/// Reads the generic call CSV (docs/csv-format.md): one row per call under a header naming the
/// columns. Separator (',' or ';'), encoding (UTF-8 with or without BOM, or Windows-1252) and line
/// ends are recognised, so vendors can send what their spreadsheet writes. Streams row by row.
/// </summary>
public sealed class CsvCallParser : ICallFileParser
{
    /// <summary>
    /// Far above any sane field, so a 1 MB value is still read (and refused by its column's rules),
    /// yet a quote left open cannot make one "field" of the rest of a huge file.
    /// </summary>
    private const int MaxFieldChars = 4 * 1024 * 1024;

    public string Format => ImportFormats.Csv;

    public IEnumerable<ParseItem> Parse(Stream input, CancellationToken cancellationToken = default)
    {
        var source = CsvInput.Open(input);
        using var reader = source.Reader;
        var badQuoting = false;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = source.Delimiter.ToString(),
            IgnoreBlankLines = false,
            BadDataFound = _ => badQuoting = true,
            MaxFieldSize = MaxFieldChars,
        };
        using var parser = new CsvParser(reader, configuration);
        // Lines are counted here from each row's raw text: the parser's own count is one off when a
        // quote is left open to the end of the file. Blank lines come through as rows for that count.
        long nextLine = 1;
        do
        {
            if (!TryRead(parser, out var any)) throw NotCsv($"its first line runs on past {MaxFieldChars / 1024 / 1024} million characters");
            if (!any) throw NotCsv("the file has no header line");
            nextLine += 1 + Breaks(parser.RawRecord);
        }
        while (parser.Record!.All(string.IsNullOrWhiteSpace) || IsSeparatorHint(parser.RawRecord));
        var header = CsvHeader.Read(parser.Record!);

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            badQuoting = false;
            if (!TryRead(parser, out var more))
            {
                yield return new RejectedItem(nextLine, $"line {nextLine}: a field runs on past {MaxFieldChars / 1024 / 1024} million characters "
                    + "(a quote left open?); the rest of the file cannot be read");
                yield break;
            }
            if (!more) yield break;
            var line = nextLine;
            nextLine += 1 + Breaks(parser.RawRecord);
            if (Row(header, parser.Record!, line, nextLine - 1, badQuoting) is { } item) yield return item;
        }
    }

    internal static NotThisFormatException NotCsv(string why) =>
        new($"this does not look like a call CSV: {why}");

    private static ParseItem? Row(CsvHeader header, string[] record, long line, long lastLine, bool badQuoting)
    {
        // Rows of bare separators are what spreadsheets leave below the data.
        if (record.All(string.IsNullOrWhiteSpace)) return null;
        if (badQuoting)
            return Reject(line, lastLine > line
                ? $"a quoted field is not closed where it should be, so the row runs on to line {lastLine}"
                : "a field holds a stray quote (quote the whole field and double the quotes inside it)");
        var nul = Array.FindIndex(record, f => f.Contains('\0'));
        if (nul >= 0) return Reject(line, $"column {header.NameOf(nul)} holds a NUL byte (binary data?)");
        if (record.Length < header.NamedFields)
            return Reject(line, $"{record.Length} fields where the header has {header.NamedFields}");
        if (record.Skip(header.Fields).Any(f => f.Length > 0))
            return Reject(line, $"{record.Length} fields where the header has {header.Fields} (a separator inside an unquoted value?)");
        try
        {
            return new CallItem(line, CsvRowMapper.Map(header, record));
        }
        catch (CsvFieldException e)
        {
            return new RejectedItem(line, $"line {line}, column {e.Column}: {e.Message}");
        }
    }

    private static RejectedItem Reject(long line, string why) => new(line, $"line {line}: {why}");

    private static bool TryRead(CsvParser parser, out bool more)
    {
        try
        {
            more = parser.Read();
            return true;
        }
        catch (MaxFieldSizeException)
        {
            more = false;
            return false;
        }
    }

    private static bool IsSeparatorHint(string rawRecord) =>
        rawRecord.TrimEnd('\r', '\n') is { Length: 5 } line && line.StartsWith("sep=", StringComparison.Ordinal);

    /// <summary>Line breaks inside a row (in quoted fields), not counting the one that ends it.</summary>
    private static long Breaks(string rawRecord)
    {
        var raw = rawRecord.AsSpan();
        raw = raw.EndsWith("\r\n") ? raw[..^2] : raw.EndsWith("\n") || raw.EndsWith("\r") ? raw[..^1] : raw;
        long breaks = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\n' || (raw[i] == '\r' && (i + 1 == raw.Length || raw[i + 1] != '\n'))) breaks++;
        }
        return breaks;
    }
}

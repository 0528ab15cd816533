using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace VendorAudit.Infrastructure.Imports.Csv;

/// <summary>
/// The file as text, with what its first bytes tell: separator and encoding. Only the first 4 KiB
/// are looked at, so a huge file is never read twice.
/// </summary>
internal sealed record CsvInput(TextReader Reader, char Delimiter)
{
    private const int SniffBytes = 4096;
    private static readonly SearchValues<byte> Blank = SearchValues.Create(" \t\r\n"u8);

    public static CsvInput Open(Stream input)
    {
        var prefix = new byte[SniffBytes];
        var read = input.ReadAtLeast(prefix, SniffBytes, throwOnEndOfStream: false);
        var bom = read >= 3 && prefix[0] == 0xEF && prefix[1] == 0xBB && prefix[2] == 0xBF;
        var start = bom ? 3 : 0;
        var head = prefix.AsSpan(start, read - start);

        var firstText = head.IndexOfAnyExcept(Blank);
        if (firstText < 0) throw CsvCallParser.NotCsv(read < SniffBytes ? "the file is empty" : "its first 4 KiB are blank");
        // Blank lines before the header are skipped by the parser too.
        var fromHeader = head[(head[..firstText].LastIndexOf((byte)'\n') + 1)..];
        var newline = fromHeader.IndexOf((byte)'\n');
        var firstLine = newline < 0 ? fromHeader : fromHeader[..newline];
        // NUL bytes in a later row cost that row only; in the header they mean this is not text at all.
        if (firstLine.Contains((byte)0)) throw CsvCallParser.NotCsv("its first line holds NUL bytes (a binary file, or UTF-16 text?)");
        if (head[firstText] is (byte)'[' or (byte)'{') throw CsvCallParser.NotCsv("it is JSON (Amazon Connect records are imported as connect-ctr)");

        var delimiter = DetectDelimiter(firstLine);
        // A BOM says UTF-8; otherwise bytes that are not UTF-8 at the start mean the whole file is 1252.
        var encoding = bom || IsUtf8(head, finalBlock: read < SniffBytes) ? Windows1252Fallback.Utf8OrWindows1252 : Windows1252Fallback.Windows1252;
        var text = new StreamReader(new PrefixedStream(prefix.AsMemory(start, read - start), input), encoding,
            detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024);
        return new CsvInput(text, delimiter);
    }

    private static char DetectDelimiter(ReadOnlySpan<byte> firstLine)
    {
        var line = firstLine.TrimEnd((byte)'\r');
        // Excel's hint line, "sep=;", names it outright.
        if (IsSeparatorHint(line)) return (char)line[4];
        // Spreadsheets in locales with a decimal comma write ';'.
        return line.Count((byte)';') > line.Count((byte)',') ? ';' : ',';
    }

    private static bool IsSeparatorHint(ReadOnlySpan<byte> line) => line.Length == 5 && line.StartsWith("sep="u8);

    private static bool IsUtf8(ReadOnlySpan<byte> bytes, bool finalBlock)
    {
        var chars = new char[bytes.Length];
        // Not the final block: a character cut by the 4 KiB boundary is not an error.
        return Utf8.ToUtf16(bytes, chars, out _, out _, replaceInvalidSequences: false, isFinalBlock: finalBlock)
            != OperationStatus.InvalidData;
    }
}

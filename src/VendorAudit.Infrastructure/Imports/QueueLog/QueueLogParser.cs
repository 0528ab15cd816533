using System.Text;
using static VendorAudit.Infrastructure.Imports.QueueLog.QueueLogFields;

namespace VendorAudit.Infrastructure.Imports.QueueLog;

/// <summary>
/// Reads an Asterisk queue_log (as written by Asterisk, FreePBX, VICIdial and QueueMetrics): one
/// event per line, <c>epoch|callid|queue|agent|EVENT|data…</c>. Streams: only calls still in
/// progress are held, and each call is yielded at the line that ends it. The external id of a call
/// is its callid (the caller channel's uniqueid). See DOMAIN.md, "Call data and its sources".
/// </summary>
public sealed class QueueLogParser : ICallFileParser
{
    private const int SniffCharacters = 4096;
    private const int SniffLines = 20;

    // Invalid bytes become U+FFFD instead of failing: a stray Latin-1 byte in a caller name costs
    // nothing, and a file that is mostly such bytes is refused by the binary check below.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private int _openCallsHighWater;

    public string Format => ImportFormats.QueueLog;

    /// <summary>
    /// Diagnostic: the most calls any finished parse by this instance held in memory at once. It
    /// tracks simultaneous calls in the file, not its size; a large value points at calls whose end
    /// events are missing.
    /// </summary>
    public int OpenCallsHighWater => Volatile.Read(ref _openCallsHighWater);

    public IEnumerable<ParseItem> Parse(Stream input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Read(input, cancellationToken);
    }

    private IEnumerable<ParseItem> Read(Stream input, CancellationToken cancellationToken)
    {
        using var text = new StreamReader(input, Utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        var lines = new QueueLogLineReader(text);
        RefuseIfNotText(lines.Peek(SniffCharacters));
        var fields = new QueueLogFields();
        var calls = new QueueLogCallTracker();

        // Until a line reads as queue_log the format is unproven, so nothing may be yielded yet:
        // the bad lines before it wait here (at most SniffLines of them).
        List<ParseItem>? unproven = [];
        try
        {
            while (lines.ReadLine())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var item = ReadLine(lines, fields, calls, out var shape);
                if (shape == LineShape.Blank) continue;
                if (unproven is not null)
                {
                    if (shape == LineShape.Malformed)
                    {
                        unproven.Add(item!);
                        if (unproven.Count == SniffLines) throw NotQueueLog(unproven);
                        continue;
                    }

                    foreach (var early in unproven) yield return early;
                    unproven = null;
                }

                if (item is not null) yield return item;
            }

            if (unproven is not null)
                throw unproven.Count == 0 ? new NotThisFormatException("the file is empty") : NotQueueLog(unproven);
            foreach (var incomplete in calls.Unfinished()) yield return incomplete;
        }
        finally
        {
            RecordHighWater(calls.HighWater);
        }
    }

    private static ParseItem? ReadLine(QueueLogLineReader lines, QueueLogFields fields, QueueLogCallTracker calls, out LineShape shape)
    {
        var number = lines.LineNumber;
        shape = LineShape.Malformed;
        if (lines.TooLong)
            return new RejectedItem(number, $"line is {lines.Length} characters long, over the {QueueLogLineReader.MaxLineLength} limit");
        var line = lines.Line;
        if (line.IsWhiteSpace())
        {
            shape = LineShape.Blank;
            return null;
        }

        var nul = line.IndexOf('\0');
        if (nul >= 0) return new RejectedItem(number, $"line contains a NUL byte at column {nul + 1}");
        fields.Split(lines.Buffer, lines.Start, line.Length);
        if (fields.Count < FirstData)
            return new RejectedItem(number, $"expected at least 5 fields (epoch|callid|queue|agent|EVENT), got {Plural(fields.Count, "field")}");
        if (!fields.TryEpoch(out var epochMs))
            return new RejectedItem(number, $"field 1 (epoch): '{Quote(fields[Epoch])}' is not a Unix time");
        var verb = fields[Event];
        if (verb.IsEmpty) return new RejectedItem(number, "field 5 (event) is empty");
        foreach (var c in verb)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-'))
                return new RejectedItem(number, $"field 5 (event): '{Quote(verb)}' is not an event name");
        }

        shape = LineShape.QueueLog;
        return calls.Apply(fields, number, epochMs);
    }

    /// <summary>
    /// Refuses binary input from its first characters. A few NUL bytes are tolerated (a crash can
    /// leave some in an otherwise good log; those lines are rejected one by one); a file where they,
    /// control characters or invalid UTF-8 make a tenth of the start is not text.
    /// </summary>
    private static void RefuseIfNotText(ReadOnlySpan<char> start)
    {
        if (start.IsEmpty) throw new NotThisFormatException("the file is empty");
        var suspicious = 0;
        foreach (var c in start)
        {
            if (c is '\0' or '\uFFFD' || (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f' or '\v'))) suspicious++;
        }

        if (suspicious > 0 && suspicious * 10 >= start.Length)
            throw new NotThisFormatException(
                $"the file looks binary: {suspicious} of its first {start.Length} characters are NUL bytes, control characters or invalid UTF-8");
    }

    private static NotThisFormatException NotQueueLog(List<ParseItem> rejected)
    {
        var first = (RejectedItem)rejected[0];
        return new NotThisFormatException($"this does not look like an Asterisk queue_log: line {first.Line}: {first.Reason}");
    }

    private void RecordHighWater(int value)
    {
        var seen = Volatile.Read(ref _openCallsHighWater);
        while (value > seen)
        {
            var previous = Interlocked.CompareExchange(ref _openCallsHighWater, value, seen);
            if (previous == seen) return;
            seen = previous;
        }
    }

    private enum LineShape { Blank, Malformed, QueueLog }
}

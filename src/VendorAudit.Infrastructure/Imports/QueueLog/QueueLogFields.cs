namespace VendorAudit.Infrastructure.Imports.QueueLog;

/// <summary>
/// The '|'-separated fields of one queue_log line, as positions in the line's buffer: splitting
/// allocates nothing, and a string is made only for what a call keeps or an error names.
/// Field numbers in messages are 1-based, as a person counts them in the file.
/// </summary>
internal sealed class QueueLogFields
{
    public const int Epoch = 0;
    public const int CallId = 1;
    public const int Queue = 2;
    public const int Agent = 3;
    public const int Event = 4;
    public const int FirstData = 5;

    // Beyond this, Unix seconds no longer fit a DateTimeOffset (year 9999).
    private const long MaxUnixSeconds = 253_402_300_799;
    private const int QuotedLength = 40;

    private char[] _source = [];
    private int[] _starts = new int[16];
    private int[] _lengths = new int[16];

    public int Count { get; private set; }

    public int DataCount => Math.Max(0, Count - FirstData);

    public ReadOnlySpan<char> this[int field] => _source.AsSpan(_starts[field], _lengths[field]);

    public ReadOnlySpan<char> Data(int index) => this[FirstData + index];

    /// <summary>The raw text from data field <paramref name="first"/> through data field <paramref name="last"/>, bars included.</summary>
    public ReadOnlySpan<char> DataRange(int first, int last)
    {
        var start = _starts[FirstData + first];
        return _source.AsSpan(start, _starts[FirstData + last] + _lengths[FirstData + last] - start);
    }

    public void Split(char[] source, int start, int length)
    {
        _source = source;
        Count = 0;
        var end = start + length;
        while (true)
        {
            var bar = source.AsSpan(start, end - start).IndexOf('|');
            var fieldLength = bar < 0 ? end - start : bar;
            if (Count == _starts.Length)
            {
                Array.Resize(ref _starts, Count * 2);
                Array.Resize(ref _lengths, Count * 2);
            }

            _starts[Count] = start;
            _lengths[Count] = fieldLength;
            Count++;
            if (bar < 0) return;
            start += bar + 1;
        }
    }

    /// <summary>Unix seconds, with the fraction QueueMetrics writes (<c>1700000000.123</c>) kept to the millisecond.</summary>
    public bool TryEpoch(out long unixMilliseconds)
    {
        unixMilliseconds = 0;
        var text = this[Epoch];
        var dot = text.IndexOf('.');
        var whole = dot < 0 ? text : text[..dot];
        if (whole.Length is 0 or > 12) return false;
        long seconds = 0;
        foreach (var c in whole)
        {
            if (!char.IsAsciiDigit(c)) return false;
            seconds = seconds * 10 + (c - '0');
        }

        var milliseconds = 0;
        if (dot >= 0)
        {
            var fraction = text[(dot + 1)..];
            if (fraction.Length == 0) return false;
            for (var i = 0; i < fraction.Length; i++)
            {
                if (!char.IsAsciiDigit(fraction[i])) return false;
                if (i < 3) milliseconds = milliseconds * 10 + (fraction[i] - '0');
            }

            for (var i = fraction.Length; i < 3; i++) milliseconds *= 10;
        }

        if (seconds > MaxUnixSeconds) return false;
        unixMilliseconds = seconds * 1000 + milliseconds;
        return true;
    }

    /// <summary>A non-negative whole number from a data field; null when it is one, else the reason it is not.</summary>
    public string? ReadCount(string verb, int index, string name, out int value)
    {
        value = 0;
        var text = Data(index);
        if (text.IsEmpty) return $"{verb}: {name} is empty";
        var negative = text[0] == '-' && text.Length > 1;
        long number = 0;
        foreach (var c in negative ? text[1..] : text)
        {
            if (!char.IsAsciiDigit(c)) return $"{verb}: {name} '{Quote(text)}' is not a whole number";
            number = number * 10 + (c - '0');
            if (number > int.MaxValue) return $"{verb}: {name} '{Quote(text)}' is too large";
        }

        if (negative) return $"{verb}: {name} '{Quote(text)}' is negative";
        value = (int)number;
        return null;
    }

    /// <summary>A field's text for a message, cut short so one bad field cannot swell the kept reasons.</summary>
    public static string Quote(ReadOnlySpan<char> text) =>
        text.Length <= QuotedLength ? text.ToString() : string.Concat(text[..QuotedLength], "…");

    public static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}

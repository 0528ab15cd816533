namespace VendorAudit.Infrastructure.Imports.QueueLog;

/// <summary>
/// Reads text line by line into one reused buffer, so a line costs no allocation. A line longer
/// than <see cref="MaxLineLength"/> is measured and skipped, never held whole: a corrupt or hostile
/// file cannot make the import hold more than the buffer.
/// </summary>
internal sealed class QueueLogLineReader(TextReader reader)
{
    public const int MaxLineLength = 64 * 1024;

    // Twice the longest line: after compaction at least one whole line always fits.
    private readonly char[] _buffer = new char[2 * MaxLineLength];
    private int _start;
    private int _end;
    private bool _endOfInput;
    private bool _skipLineFeed;

    /// <summary>1-based number of the current line.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Length of the current line without its terminator, even when it was too long to keep.</summary>
    public long Length { get; private set; }

    public bool TooLong => Length > MaxLineLength;

    public char[] Buffer => _buffer;

    /// <summary>Where the current line starts in <see cref="Buffer"/>; meaningless when <see cref="TooLong"/>.</summary>
    public int Start { get; private set; }

    public ReadOnlySpan<char> Line => TooLong ? [] : _buffer.AsSpan(Start, (int)Length);

    /// <summary>The first <paramref name="count"/> characters not yet read (fewer at the end of the input), without consuming them.</summary>
    public ReadOnlySpan<char> Peek(int count)
    {
        while (_end - _start < count && Fill()) { }
        return _buffer.AsSpan(_start, Math.Min(count, _end - _start));
    }

    /// <summary>Moves to the next line; \n, \r\n and a lone \r all end a line, as StreamReader.ReadLine has it.</summary>
    public bool ReadLine()
    {
        if (_skipLineFeed)
        {
            _skipLineFeed = false;
            if (_start == _end) Fill();
            if (_start < _end && _buffer[_start] == '\n') _start++;
        }

        var searched = 0;
        long discarded = 0;
        while (true)
        {
            var at = _buffer.AsSpan(_start + searched, _end - _start - searched).IndexOfAny('\r', '\n');
            if (at >= 0)
            {
                at += _start + searched;
                _skipLineFeed = _buffer[at] == '\r';
                SetLine(discarded, at);
                _start = at + 1;
                return true;
            }

            if (_end - _start > MaxLineLength)
            {
                // Already too long: count what is buffered and let it go.
                discarded += _end - _start;
                _start = _end = 0;
                searched = 0;
            }
            else
            {
                searched = _end - _start;
            }

            if (!Fill())
            {
                if (_start == _end && discarded == 0) return false;
                SetLine(discarded, _end);
                _start = _end;
                return true;
            }
        }
    }

    private void SetLine(long discarded, int end)
    {
        LineNumber++;
        Start = _start;
        Length = discarded + (end - _start);
    }

    private bool Fill()
    {
        if (_endOfInput) return false;
        if (_buffer.Length - _end < MaxLineLength && _start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        var read = reader.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _endOfInput = true;
            return false;
        }

        _end += read;
        return true;
    }
}

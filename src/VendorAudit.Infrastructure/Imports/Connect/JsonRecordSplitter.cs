namespace VendorAudit.Infrastructure.Imports.Connect;

/// <summary>One top-level JSON value cut out of the file, or why it could not be.</summary>
/// <param name="Label">How reasons name the record: "record 7" (its line, in JSON Lines) or "record 3 (line 40)" (in an array).</param>
/// <param name="Problem">Why the record could not be cut out, worded to follow the label.</param>
/// <param name="Json">Valid only until the next record is read: the buffer is reused so memory stays flat.</param>
internal readonly record struct JsonRecord(long Line, string Label, ReadOnlyMemory<byte> Json, string? Problem);

/// <summary>
/// Cuts a stream into records without parsing them: a JSON array of objects, or objects one per line
/// (JSON Lines, also several on a line as Firehose concatenates them). Only bracket depth and string
/// state are tracked, so memory stays at one record whatever the file size, and a broken record costs
/// that record alone instead of the rest of the file.
/// </summary>
internal sealed class JsonRecordSplitter
{
    public const int MaxRecordBytes = 1024 * 1024;
    private const int SniffBytes = 4096;

    private byte[] _record = new byte[16 * 1024];
    private int _length;
    private bool _oversize;
    private long _line = 1;
    private long _recordLine;
    private int _ordinal;
    private bool _started;
    private bool _inArray;
    private bool _recordInArray;
    private bool _inRecord;
    private bool _inString;
    private bool _escaped;
    private int _depth;
    private bool _skipLine;
    private bool _recovering;

    public IEnumerable<JsonRecord> Records(Stream input, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        var read = input.ReadAtLeast(buffer, SniffBytes, throwOnEndOfStream: false);
        if (buffer.AsSpan(0, Math.Min(read, SniffBytes)).Contains((byte)0))
            throw ConnectCtrParser.NotConnect("it holds NUL bytes (a binary file?)");
        var start = read >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
        while (read > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = start; i < read; i++)
            {
                var record = Step(buffer[i]);
                if (buffer[i] == '\n') _line++;
                if (record is { } complete) yield return complete;
            }
            start = 0;
            read = input.Read(buffer);
        }
        if (!_started) throw ConnectCtrParser.NotConnect("the file is empty");
        if (_inRecord) yield return Problem("is cut off: the file ends before it closes (truncated?)");
        else if (_inArray) yield return new JsonRecord(_line, $"line {_line}:", default, "the file ends before the array's closing ']' (truncated?)");
    }

    private JsonRecord? Step(byte b) => _inRecord ? InRecord(b) : Between(b);

    private JsonRecord? Between(byte b)
    {
        if (_skipLine)
        {
            if (b == '\n') _skipLine = false;
            return null;
        }
        if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') return null;
        if (!_started)
        {
            _started = true;
            if (b is not ((byte)'[' or (byte)'{'))
                throw ConnectCtrParser.NotConnect($"it starts with '{(char)b}', not with '[' or '{{'");
        }
        if (_inArray)
        {
            if (b == ',') return null;
            if (b == ']')
            {
                _inArray = false;
                return null;
            }
            return Begin(b);
        }
        if (b == '[')
        {
            // Arrays written one after another (files joined with cat) are read as one.
            _inArray = true;
            return null;
        }
        if (b == '{')
        {
            _recovering = false;
            return Begin(b);
        }
        _skipLine = true;
        // The rest of a record already reported as broken is not reported again line by line.
        if (_recovering) return null;
        _ordinal++;
        _recordLine = _line;
        _recordInArray = false;
        return Problem("is not a JSON object");
    }

    private JsonRecord? Begin(byte b)
    {
        _inRecord = true;
        _recordInArray = _inArray;
        _recordLine = _line;
        _ordinal++;
        _length = 0;
        _oversize = false;
        _depth = 0;
        _inString = false;
        _escaped = false;
        return InRecord(b);
    }

    private JsonRecord? InRecord(byte b)
    {
        // JSON Lines keeps a record on one line; a JSON string cannot hold a raw newline either.
        if (b == '\n' && !_recordInArray) return Broken();
        if (_inString)
        {
            if (_escaped) _escaped = false;
            else if (b == '\\') _escaped = true;
            else if (b == '"') _inString = false;
            Append(b);
            return null;
        }
        switch (b)
        {
            case (byte)'"':
                _inString = true;
                break;
            case (byte)'{' or (byte)'[':
                _depth++;
                break;
            case (byte)'}' or (byte)']' when _depth == 0:
                // A scalar array element, ended by the array's own closing bracket.
                if (b == ']') _inArray = false;
                return Complete();
            case (byte)'}' or (byte)']':
                Append(b);
                return --_depth == 0 ? Complete() : null;
            case (byte)',' when _depth == 0:
                return Complete();
        }
        Append(b);
        return null;
    }

    private void Append(byte b)
    {
        if (_oversize) return;
        if (_length == MaxRecordBytes)
        {
            _oversize = true;
            return;
        }
        if (_length == _record.Length) Array.Resize(ref _record, Math.Min(_record.Length * 2, MaxRecordBytes));
        _record[_length++] = b;
    }

    private JsonRecord Complete()
    {
        _inRecord = false;
        return _oversize
            ? Problem($"is larger than {MaxRecordBytes / 1024 / 1024} MiB, far more than a contact record")
            : new JsonRecord(_recordLine, Label(), _record.AsMemory(0, _length), null);
    }

    private JsonRecord Broken()
    {
        _inRecord = false;
        _recovering = true;
        return Problem("ends with its line before its JSON object closes (JSON Lines holds one whole record per line; send pretty-printed records as a JSON array)");
    }

    private JsonRecord Problem(string problem) => new(_recordLine, Label(), default, problem);

    private string Label() => _recordInArray ? $"record {_ordinal} (line {_recordLine})" : $"record {_recordLine}";
}

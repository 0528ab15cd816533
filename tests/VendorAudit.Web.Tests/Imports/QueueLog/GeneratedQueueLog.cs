using System.Text;

namespace VendorAudit.Web.Tests.Imports.QueueLog;

/// <summary>
/// A read-only stream that writes a queue_log as it is read, never holding more than one step of
/// it: a large input costs no memory in the test itself. Each step starts a call and moves the
/// three before it on (ring, answer, end), so four calls overlap at any time; queue-wide noise
/// lines are mixed in.
/// </summary>
internal sealed class GeneratedQueueLog(int calls) : Stream
{
    public const int Overlap = 4;
    private const long FirstEpoch = 1_700_000_000;

    private readonly StringBuilder _text = new();
    private byte[] _pending = [];
    private int _offset;
    private int _step;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_offset == _pending.Length)
        {
            if (_step >= calls + Overlap) return 0;
            _pending = Encoding.UTF8.GetBytes(Step(_step++));
            _offset = 0;
        }

        var count = Math.Min(buffer.Length, _pending.Length - _offset);
        _pending.AsSpan(_offset, count).CopyTo(buffer);
        _offset += count;
        return count;
    }

    private string Step(int step)
    {
        _text.Clear();
        var epoch = FirstEpoch + step * 3L;
        if (step % 50 == 0) _text.Append(epoch).Append("|NULL|support|SIP/1001|PAUSE|break\n");
        if (step < calls) _text.Append(epoch).Append('|').Append(Id(step)).Append("|support|NONE|ENTERQUEUE||06").Append(step % 100_000_000).Append("|1\n");
        if (Has(step - 1)) _text.Append(epoch).Append('|').Append(Id(step - 1)).Append('|').Append("support|").Append(Agent(step - 1)).Append("|RINGNOANSWER|1500\n");
        if (Has(step - 2)) _text.Append(epoch).Append('|').Append(Id(step - 2)).Append("|support|").Append(Agent(step - 2)).Append("|CONNECT|6|x|2\n");
        if (Has(step - 3))
        {
            var end = (step - 3) % 2 == 0 ? "COMPLETECALLER" : "COMPLETEAGENT";
            _text.Append(epoch).Append('|').Append(Id(step - 3)).Append("|support|").Append(Agent(step - 3)).Append('|').Append(end).Append("|6|3|1\n");
        }

        return _text.ToString();
    }

    private bool Has(int call) => call >= 0 && call < calls;

    private static string Id(int call) => $"1700000000.{call}";

    private static string Agent(int call) => $"SIP/{1000 + call % 40}";

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

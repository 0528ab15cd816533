namespace VendorAudit.Infrastructure.Imports;

/// <summary>A read-only pass-through that reports how much of the underlying stream has been read.</summary>
internal sealed class ProgressStream(Stream inner, IProgress<double>? progress) : Stream
{
    private long _read;
    private long _lastReported;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => inner.Length;
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Advance(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Advance(inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Advance(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Advance(int read)
    {
        _read += read;
        // Report at most every 1 % so a progress bar or a job row is not flooded.
        if (progress is not null && inner.CanSeek && inner.Length > 0 && _read - _lastReported >= inner.Length / 100)
        {
            _lastReported = _read;
            progress.Report((double)_read / inner.Length);
        }
        return read;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

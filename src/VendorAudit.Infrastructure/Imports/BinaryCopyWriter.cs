using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace VendorAudit.Infrastructure.Imports;

/// <summary>
/// Writes rows in PostgreSQL's binary COPY format ("Binary Format" in the COPY documentation) onto
/// Npgsql's raw COPY stream. Npgsql's typed importer resolves a converter for every field it writes,
/// which on a million calls cost more CPU than parsing the file; the few types calls need are
/// encoded here directly, into a buffer flushed in large writes. The server still checks every
/// value (lengths, UTF-8, constraints) as it does for any COPY.
/// </summary>
internal sealed class BinaryCopyWriter : IBufferWriter<byte>, IDisposable
{
    private const int FlushAt = 1 << 16;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly long PostgresEpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    // "PGCOPY\n\377\r\n\0", then 32-bit flags and header extension length, both zero.
    private static ReadOnlySpan<byte> Header => [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y',
        (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0, 0, 0, 0, 0, 0, 0, 0, 0];

    private readonly NpgsqlRawCopyStream stream;
    private readonly Utf8JsonWriter json;
    private byte[] buffer = new byte[2 * FlushAt];
    private int length;
    private bool completed;

    public BinaryCopyWriter(NpgsqlConnection connection, string copyFromStdin, TimeSpan timeout)
    {
        stream = connection.BeginRawBinaryCopy(copyFromStdin);
        stream.WriteTimeout = stream.ReadTimeout = (int)timeout.TotalMilliseconds;
        json = new Utf8JsonWriter(this);
        Header.CopyTo(GetSpan(Header.Length));
        length += Header.Length;
    }

    public void StartRow(short fields)
    {
        if (length >= FlushAt) FlushBuffer();
        BinaryPrimitives.WriteInt16BigEndian(GetSpan(2), fields);
        length += 2;
    }

    public void Null() => Field(-1);

    public void Int16(short value) => BinaryPrimitives.WriteInt16BigEndian(Field(2), value);

    public void Int32(int value) => BinaryPrimitives.WriteInt32BigEndian(Field(4), value);

    public void Int64(long value) => BinaryPrimitives.WriteInt64BigEndian(Field(8), value);

    /// <summary>timestamptz: microseconds since 2000-01-01 UTC.</summary>
    public void TimestampTz(DateTimeOffset value) => Int64((value.UtcTicks - PostgresEpochTicks) / TimeSpan.TicksPerMicrosecond);

    /// <summary>text and varchar: UTF-8, the client encoding Npgsql sets.</summary>
    public void Text(string? value)
    {
        if (value is null) { Null(); return; }
        var span = GetSpan(4 + Utf8.GetMaxByteCount(value.Length));
        var written = Utf8.GetBytes(value, span[4..]);
        BinaryPrimitives.WriteInt32BigEndian(span, written);
        length += 4 + written;
    }

    public void Bytea(byte[]? value)
    {
        if (value is null) { Null(); return; }
        value.CopyTo(Field(value.Length));
    }

    /// <summary>jsonb: format version 1, then the document's UTF-8 text, serialised straight into the buffer.</summary>
    public void Jsonb<T>(T value, JsonSerializerOptions options)
    {
        var start = length;
        GetSpan(5)[4] = 1;
        length += 5;
        json.Reset(this);
        JsonSerializer.Serialize(json, value, options);
        json.Flush();
        BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(start), length - start - 4);
    }

    /// <summary>Ends the COPY; the server's verdict on the rows (a duplicate key, a value too long) is thrown here.</summary>
    public void Complete()
    {
        BinaryPrimitives.WriteInt16BigEndian(GetSpan(2), -1);
        length += 2;
        FlushBuffer();
        completed = true;
        stream.Dispose();
    }

    /// <summary>Without <see cref="Complete"/> (the rows failed to come), the COPY is cancelled, not committed half-way.</summary>
    public void Dispose()
    {
        try
        {
            if (!completed) stream.Cancel();
        }
        catch (Exception e) when (e is NpgsqlException or IOException)
        {
            // The connection is already lost; the failure that brought us here is the one to report.
        }
        stream.Dispose();
        json.Dispose();
    }

    // A field: its 32-bit length, then that many bytes (none for NULL, written as -1).
    private Span<byte> Field(int size)
    {
        var span = GetSpan(4 + Math.Max(size, 0));
        BinaryPrimitives.WriteInt32BigEndian(span, size);
        length += 4 + Math.Max(size, 0);
        return span.Slice(4, Math.Max(size, 0));
    }

    private void FlushBuffer()
    {
        stream.Write(buffer, 0, length);
        length = 0;
    }

    public void Advance(int count) => length += count;

    public Memory<byte> GetMemory(int sizeHint = 0) => buffer.AsMemory(length, Reserve(sizeHint));

    public Span<byte> GetSpan(int sizeHint = 0) => buffer.AsSpan(length, Reserve(sizeHint));

    private int Reserve(int sizeHint)
    {
        var needed = length + Math.Max(sizeHint, 256);
        if (needed > buffer.Length) Array.Resize(ref buffer, Math.Max(needed, 2 * buffer.Length));
        return buffer.Length - length;
    }
}

using System.Buffers.Binary;

namespace VendorAudit.Domain.Detection;

/// <summary>
/// A caller as the detectors know them: the first 16 bytes of the keyed hash of their number. Enough
/// to see the same caller again, nothing that leads back to the number; <c>default</c> means unknown.
/// </summary>
public readonly record struct CallerKey(ulong Hi, ulong Lo) : IComparable<CallerKey>
{
    /// <summary>How many bytes of a hash make the key.</summary>
    public const int Length = 16;

    public bool IsKnown => Hi != 0 || Lo != 0;

    /// <summary>Takes the first 16 bytes of a hash (shorter hashes are zero-padded); an empty hash is unknown.</summary>
    public static CallerKey FromHash(ReadOnlySpan<byte> hash)
    {
        Span<byte> bytes = stackalloc byte[Length];
        hash[..Math.Min(Length, hash.Length)].CopyTo(bytes);
        return new CallerKey(BinaryPrimitives.ReadUInt64BigEndian(bytes), BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]));
    }

    public int CompareTo(CallerKey other)
    {
        var hi = Hi.CompareTo(other.Hi);
        return hi != 0 ? hi : Lo.CompareTo(other.Lo);
    }
}

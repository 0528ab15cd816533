using System.Security.Cryptography;
using System.Text;
using VendorAudit.Domain.Privacy;

namespace VendorAudit.Infrastructure.Privacy;

/// <summary>
/// Turns a caller's number into a keyed hash (HMAC-SHA256 of the E.164 form). Without the key, kept
/// outside the database, the hash cannot be tied back to a number; with it, repeat callers match.
/// </summary>
public sealed class CallerPseudonymiser(CallerHashKey key, string defaultCountryCode)
{
    // One keyed HMAC per thread, reused: the one-shot HashData sets the key up again for every
    // number, which doubled what hashing cost an import of a million calls.
    private readonly ThreadLocal<HMACSHA256> hmac = new(() => new HMACSHA256(key.Bytes));

    /// <summary>The hash of the caller, or null when the number is absent or not a phone number (anonymous callers).</summary>
    public byte[]? Hash(string? rawNumber)
    {
        if (!PhoneNumber.TryNormalise(rawNumber, defaultCountryCode, out var e164)) return null;
        // E.164 is '+' and at most 15 digits.
        Span<byte> ascii = stackalloc byte[e164.Length];
        Encoding.ASCII.GetBytes(e164, ascii);
        var hash = new byte[HMACSHA256.HashSizeInBytes];
        hmac.Value!.TryComputeHash(ascii, hash, out _);
        return hash;
    }
}

/// <summary>The secret behind caller hashes: from configuration in production, else a per-user key file made once.</summary>
public sealed class CallerHashKey
{
    private CallerHashKey(byte[] bytes) => Bytes = bytes;

    public byte[] Bytes { get; }

    public static CallerHashKey FromBase64(string base64)
    {
        byte[] bytes;
        try { bytes = Convert.FromBase64String(base64); }
        catch (FormatException) { throw new InvalidOperationException("VendorAudit:CallerHashKey is not valid base64."); }
        if (bytes.Length < 32) throw new InvalidOperationException("VendorAudit:CallerHashKey must hold at least 32 bytes.");
        return new CallerHashKey(bytes);
    }

    /// <summary>Reads the key file, creating it (owner-only) with 32 random bytes on first use.</summary>
    public static CallerHashKey FromFile(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var fresh = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            try
            {
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                using var stream = new FileStream(path, options);
                stream.Write(Encoding.ASCII.GetBytes(fresh));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first; use theirs.
            }
        }
        return FromBase64(File.ReadAllText(path).Trim());
    }

    public static string DefaultPath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.Create),
            "vendoraudit", "caller-hash.key");
}

using System.Text;

namespace VendorAudit.Infrastructure.Imports.Csv;

/// <summary>
/// Decodes bytes that are not valid UTF-8 as Windows-1252, one invalid sequence at a time. Exports
/// from Excel and older platforms are 1252; a file that is UTF-8 for thousands of rows and then
/// holds one 1252 name (rows pasted in from another export) still reads right, in one pass.
/// </summary>
internal sealed class Windows1252Fallback : DecoderFallback
{
    /// <summary>From the shared framework's provider directly, so no process-wide registration is needed.</summary>
    public static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("The Windows-1252 code page is not available.");

    /// <summary>UTF-8 that reads what is not UTF-8 as Windows-1252.</summary>
    public static readonly Encoding Utf8OrWindows1252 =
        Encoding.GetEncoding(Encoding.UTF8.CodePage, EncoderFallback.ReplacementFallback, new Windows1252Fallback());

    // The UTF-8 decoder hands over at most the bytes of one invalid sequence (up to 3); 1252 maps each to one char.
    public override int MaxCharCount => 4;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer();

    private sealed class Buffer : DecoderFallbackBuffer
    {
        private string _chars = "";
        private int _next;

        public override int Remaining => _chars.Length - _next;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            _chars = Windows1252.GetString(bytesUnknown);
            _next = 0;
            return _chars.Length > 0;
        }

        public override char GetNextChar() => _next < _chars.Length ? _chars[_next++] : '\0';

        public override bool MovePrevious()
        {
            if (_next == 0) return false;
            _next--;
            return true;
        }

        public override void Reset()
        {
            _chars = "";
            _next = 0;
        }
    }
}

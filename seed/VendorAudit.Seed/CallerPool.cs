using System.Globalization;

namespace VendorAudit.Seed;

/// <summary>
/// A vendor's callers, known by index: a small set of regulars who call again and again and a large
/// crowd who call once or twice. Numbers come from the index (a bijection), so none is stored.
/// </summary>
internal sealed class CallerPool
{
    // Odd and not a multiple of 5: coprime with every modulus used, so distinct indexes give distinct numbers.
    private const ulong Spread = 2_654_435_761UL;
    private const double RegularShare = 0.10;

    private readonly Market market;
    private readonly ulong block;
    private readonly ulong modulus;
    private readonly ulong salt;
    private readonly int regulars;
    private readonly int crowd;
    private readonly double[] languageCumulative;
    private readonly string[] languages;
    private readonly string format;

    public CallerPool(VendorProfile profile, int expectedCalls, int salt)
    {
        market = profile.Market;
        block = (ulong)Math.Pow(10, market.Digits);
        modulus = block * (ulong)market.Prefixes.Length;
        this.salt = (ulong)salt % modulus;
        regulars = Math.Max(40, expectedCalls / 150);
        crowd = Math.Max(1000, expectedCalls * 3 / 2);
        format = "D" + market.Digits.ToString(CultureInfo.InvariantCulture);
        languages = profile.Languages;
        languageCumulative = new double[languages.Length];
        var total = profile.LanguageWeights.Sum();
        var running = 0.0;
        for (var i = 0; i < languages.Length; i++) languageCumulative[i] = running += profile.LanguageWeights[i] / total;
    }

    public int Draw(Dice dice) =>
        dice.Chance(RegularShare) ? dice.Between(0, regulars - 1) : regulars + dice.Between(0, crowd - 1);

    public string Number(int index)
    {
        var value = ((ulong)index * Spread + salt) % modulus;
        return market.Prefixes[value / block] + (value % block).ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>The language a caller speaks: fixed per caller, so a repeat caller is served in the same language.</summary>
    public string Language(int index)
    {
        var position = (ulong)index * 40_503UL % 1000 / 1000.0;
        for (var i = 0; i < languageCumulative.Length; i++)
            if (position < languageCumulative[i]) return languages[i];
        return languages[^1];
    }
}

namespace VendorAudit.Benchmarks;

/// <summary>
/// One benchmark figure. Implementations are found by reflection, so adding a figure is adding one
/// class; <see cref="Name"/> is what the command line selects it by.
/// </summary>
public interface IFigure
{
    string Name { get; }

    Task<IReadOnlyList<BenchResult>> MeasureAsync(BenchContext context);
}

/// <summary>
/// One measured value next to the limit it is judged against. Limits are measured in the same run
/// whenever possible, because absolute times on shared machines are noise (DESIGN.md, Performance).
/// </summary>
/// <param name="Ratio">How the value compares with the limit, oriented so that higher is better.</param>
/// <param name="Goal">The target in words, e.g. "ratio >= 0.5".</param>
public sealed record BenchResult(string Name, double Value, string Unit, double Limit, double Ratio, string Goal, bool Pass);

namespace VendorAudit.Infrastructure.Imports.QueueLog;

/// <summary>
/// Queue and agent names repeat on every call: one string per distinct name rather than one per
/// line keeps a million-call import light. Bounded, so a file of all-distinct names cannot grow it.
/// </summary>
internal sealed class NamePool
{
    private const int Capacity = 4096;

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public NamePool() => _bySpan = _names.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(ReadOnlySpan<char> name)
    {
        if (_bySpan.TryGetValue(name, out var known)) return known;
        var made = name.ToString();
        if (_names.Count < Capacity) _names.Add(made, made);
        return made;
    }
}

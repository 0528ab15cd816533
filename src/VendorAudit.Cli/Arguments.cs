namespace VendorAudit.Cli;

public sealed class UsageException(string message) : Exception(message);

/// <summary>Verb, positional words and <c>--name value</c> / <c>--flag</c> options, checked as they are read.</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly List<string> _words = [];

    /// <summary>Options that never take a value, so <c>--strict file.csv</c> reads the file as a word.</summary>
    private static readonly HashSet<string> Switches = new(StringComparer.Ordinal) { "force", "small", "strict", "json", "no-detect" };

    public Arguments(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                var name = args[i][2..];
                var hasValue = !Switches.Contains(name) && i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
                _options[name] = hasValue ? args[++i] : null;
            }
            else _words.Add(args[i]);
        }
    }

    public string? Verb => _words.Count > 0 ? _words[0] : null;

    public string? Word(int index) => _words.Count > index ? _words[index] : null;

    public IReadOnlyList<string> Words => _words;

    public bool Flag(string name)
    {
        _read.Add(name);
        if (!_options.TryGetValue(name, out var value)) return false;
        return value is null ? true : throw new UsageException($"--{name} takes no value (got '{value}').");
    }

    public string? Option(string name)
    {
        _read.Add(name);
        if (!_options.TryGetValue(name, out var value)) return null;
        return value ?? throw new UsageException($"--{name} needs a value.");
    }

    public string Required(string name) => Option(name) ?? throw new UsageException($"--{name} is required.");

    /// <summary>Refuses options the command did not ask for, so a typo is not silently ignored.</summary>
    public void EnsureAllRead()
    {
        var unknown = _options.Keys.Where(k => !_read.Contains(k)).ToList();
        if (unknown.Count > 0) throw new UsageException($"Unknown option(s): {string.Join(", ", unknown.Select(u => "--" + u))}.");
    }
}

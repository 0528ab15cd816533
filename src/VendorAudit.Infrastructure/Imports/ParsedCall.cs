using VendorAudit.Domain.Calls;

namespace VendorAudit.Infrastructure.Imports;

/// <summary>
/// One call as a vendor's file describes it, before database ids and before the caller is
/// pseudonymised: the agent by the name the platform uses, the caller as the raw number.
/// </summary>
public sealed record ParsedCall(
    string ExternalId,
    DateTimeOffset StartedAt,
    CallTimings Timings,
    CallOutcome Outcome,
    EndedBy EndedBy,
    string? AgentName,
    string? Queue,
    string? CallerNumber,
    int Transfers,
    CallDetails Details);

/// <summary>What a parser yields while streaming through a file, each tied to the line (or record) it came from.</summary>
public abstract record ParseItem(long Line);

/// <summary>A complete call; <paramref name="Line"/> is the line that completed it.</summary>
public sealed record CallItem(long Line, ParsedCall Call) : ParseItem(Line);

/// <summary>A line that could not be read, with a reason naming the field at fault.</summary>
public sealed record RejectedItem(long Line, string Reason) : ParseItem(Line);

/// <summary>A call whose end never appears in the file: counted, never invented.</summary>
public sealed record IncompleteItem(long Line, string ExternalId, string Reason) : ParseItem(Line);

/// <summary>The file is not of the declared format (binary, another format, empty): nothing of it may be imported.</summary>
public sealed class NotThisFormatException(string message) : Exception(message);

/// <summary>The formats vendors send, by the names used on the command line and in the portal.</summary>
public static class ImportFormats
{
    public const string QueueLog = "queue_log";
    public const string ConnectCtr = "connect-ctr";
    public const string Csv = "csv";

    public static readonly IReadOnlyList<string> All = [QueueLog, ConnectCtr, Csv];
}

/// <summary>
/// Reads one format as a stream, in constant memory whatever the file size (a queue_log parser
/// keeps only the calls still open). Throws <see cref="NotThisFormatException"/> before yielding
/// anything when the start of the input shows it is not this format.
/// </summary>
public interface ICallFileParser
{
    string Format { get; }

    IEnumerable<ParseItem> Parse(Stream input, CancellationToken cancellationToken = default);
}

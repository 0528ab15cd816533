using System.Globalization;
using static VendorAudit.Infrastructure.Imports.Csv.CsvHeader;
// Aliases rather than the namespace: the column names (EndedBy…) would clash with the domain's types.
using CallDetails = VendorAudit.Domain.Calls.CallDetails;
using CallEnd = VendorAudit.Domain.Calls.EndedBy;
using CallOutcome = VendorAudit.Domain.Calls.CallOutcome;
using CallTimings = VendorAudit.Domain.Calls.CallTimings;

namespace VendorAudit.Infrastructure.Imports.Csv;

/// <summary>A field that cannot be read; the parser adds the line, the message says what is wrong with the value.</summary>
internal sealed class CsvFieldException(string column, string message) : Exception(message)
{
    public string Column { get; } = column;
}

/// <summary>Turns one row of a call CSV into a call, by the rules of docs/csv-format.md.</summary>
internal static class CsvRowMapper
{
    private static readonly string[] StartFormats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd' 'HH:mm:ss.FFFFFFFK"];

    /// <exception cref="CsvFieldException">A field is missing, malformed or out of range.</exception>
    public static ParsedCall Map(CsvHeader header, string[] record)
    {
        string? Text(string column, int maxLength) => CsvRowMapper.Text(header.Field(record, column), column, maxLength);

        // Lengths are those of the database columns (calls, agents), or absurd beyond them.
        var callId = Text(CallId, 128) ?? throw new CsvFieldException(CallId, "empty, but every row needs its call id");
        var startText = Text(Start, 64) ?? throw new CsvFieldException(Start, "empty, but every row needs its start time");
        if (!DateTimeOffset.TryParseExact(startText, StartFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var startedAt))
            throw new CsvFieldException(Start, $"{Show(startText)} is not a time (ISO 8601 such as 2026-03-02T09:15:00+01:00, or yyyy-MM-dd HH:mm:ss in UTC)");

        var agent = Text(Agent, 200);
        var timings = new CallTimings(Seconds(Text(Wait, 32), Wait), Seconds(Text(Talk, 32), Talk),
            Seconds(Text(Hold, 32), Hold), Seconds(Text(Acw, 32), Acw));
        var transfers = Count(Text(Transfers, 16), Transfers);
        var disposition = Text(Disposition, 32);
        // Without a disposition, an agent's name is what says the call was answered.
        var outcome = disposition is null
            ? agent is null ? CallOutcome.Abandoned : transfers > 0 ? CallOutcome.Transferred : CallOutcome.Answered
            : OutcomeOf(disposition);
        if (outcome is CallOutcome.Answered or CallOutcome.Transferred && agent is null)
            throw new CsvFieldException(Agent, "empty, but an answered or transferred call needs its agent");
        // A call marked transferred was transferred at least once, whatever the count column says.
        if (outcome == CallOutcome.Transferred) transfers = Math.Max(transfers, 1);

        return new ParsedCall(callId, startedAt, timings, outcome, EndedByOf(Text(EndedBy, 16)), agent, Text(Queue, 80),
            Text(Caller, 64), transfers,
            new CallDetails
            {
                Source = ImportFormats.Csv,
                Disposition = disposition,
                Language = Text(Language, 64),
                CallbackRequested = Flag(Text(CallbackRequested, 8), CallbackRequested),
                CallbackMade = Flag(Text(CallbackMade, 8), CallbackMade),
            });
    }

    /// <summary>A value as a reason shows it: quoted, cut short, control characters made visible.</summary>
    public static string Show(string value)
    {
        var shown = value.Length <= 40 ? value : value[..40] + "…";
        return $"'{string.Concat(shown.Select(c => char.IsControl(c) ? '?' : c))}'";
    }

    private static string? Text(string? field, string column, int maxLength)
    {
        var text = field?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        return text.Length <= maxLength
            ? text
            : throw new CsvFieldException(column, $"{Show(text)} is {text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters long, more than {maxLength}");
    }

    /// <summary>Seconds as a number (decimals rounded, a decimal comma taken) or as [h:]mm:ss, as platforms export them.</summary>
    private static int Seconds(string? text, string column)
    {
        if (text is null) return 0;
        double seconds;
        if (text.Contains(':'))
        {
            var parts = text.Split(':');
            if (parts.Length > 3 || !parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)) || parts.Skip(1).Any(p => p.Length != 2 || p[0] > '5'))
                throw new CsvFieldException(column, $"{Show(text)} is not a number of seconds");
            seconds = parts.Aggregate(0d, (total, part) => total * 60 + double.Parse(part, CultureInfo.InvariantCulture));
        }
        else if (!double.TryParse(text.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                     CultureInfo.InvariantCulture, out seconds))
        {
            throw new CsvFieldException(column, $"{Show(text)} is not a number of seconds");
        }
        if (seconds < 0) throw new CsvFieldException(column, $"{Show(text)} is negative, and a duration cannot be");
        var whole = Math.Round(seconds, MidpointRounding.AwayFromZero);
        return whole <= int.MaxValue ? (int)whole : throw new CsvFieldException(column, $"{Show(text)} seconds is out of range");
    }

    private static int Count(string? text, string column)
    {
        if (text is null) return 0;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : throw new CsvFieldException(column, $"{Show(text)} is not a whole number of 0 or more");
    }

    private static bool Flag(string? text, string column) => text?.ToLowerInvariant() switch
    {
        null or "false" or "no" or "0" => false,
        "true" or "yes" or "1" => true,
        _ => throw new CsvFieldException(column, $"{Show(text!)} is not one of true, false, yes, no, 1, 0"),
    };

    private static CallEnd EndedByOf(string? text) => text?.ToLowerInvariant() switch
    {
        null or "unknown" => CallEnd.Unknown,
        "caller" => CallEnd.Caller,
        "agent" => CallEnd.Agent,
        "system" => CallEnd.System,
        _ => throw new CsvFieldException(EndedBy, $"{Show(text!)} is not one of caller, agent, system, unknown"),
    };

    private static CallOutcome OutcomeOf(string disposition) => disposition.ToLowerInvariant().Replace('-', '_').Replace(' ', '_') switch
    {
        "answered" => CallOutcome.Answered,
        "abandoned" => CallOutcome.Abandoned,
        "timeout" => CallOutcome.SystemTimeout,
        "exit_key" => CallOutcome.ExitKey,
        "queue_empty" => CallOutcome.QueueEmpty,
        "transferred" => CallOutcome.Transferred,
        _ => throw new CsvFieldException(Disposition,
            $"{Show(disposition)} is not one of answered, abandoned, timeout, exit_key, queue_empty, transferred"),
    };
}

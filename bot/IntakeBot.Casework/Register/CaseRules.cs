using System.Globalization;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Casework.Register;

/// <summary>
/// The handling rules every <see cref="ICaseRegister"/> applies, so that all stores agree: how a stored case is taken
/// into the register, what a status change does, which calendar day a moment falls on, and what a case's anonymous
/// <see cref="CaseFact"/> says.
/// </summary>
public static class CaseRules
{
    /// <summary>Europe/Amsterdam: submission days, closing days and date filters are counted in Dutch time.</summary>
    public static TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>The calendar day in Europe/Amsterdam on which <paramref name="at"/> falls.</summary>
    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZone).DateTime);

    /// <summary>True for the statuses that end the organisation's work: afgehandeld and ingetrokken.</summary>
    public static bool IsClosed(CaseStatus status) => status is CaseStatus.Afgehandeld or CaseStatus.Ingetrokken;

    /// <summary>True when the person asked to stay anonymous (field <see cref="CaseFieldNames.Anonymous"/> is "true").</summary>
    public static bool IsAnonymous(IntakeCase intakeCase)
    {
        ArgumentNullException.ThrowIfNull(intakeCase);
        return intakeCase.Fields.TryGetValue(CaseFieldNames.Anonymous, out var value)
            && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The handling data of a case the register has not seen yet: due on its earliest deadline, version 1.</summary>
    public static CaseRecord Adopt(IntakeCase intakeCase)
    {
        ArgumentNullException.ThrowIfNull(intakeCase);
        var closedAt = IsClosed(intakeCase.Status) ? intakeCase.WithdrawnAt ?? intakeCase.CreatedAt : (DateTimeOffset?)null;
        return new CaseRecord(intakeCase, CaseRecord.EarliestDeadline(intakeCase.Route), null, null, null, null, closedAt, intakeCase.WithdrawnAt ?? intakeCase.CreatedAt, 1);
    }

    /// <summary>The record after the person who submitted withdrew the case at <paramref name="at"/> (through the intake).</summary>
    public static CaseRecord Withdrawn(CaseRecord current, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(current);
        return current with
        {
            Case = current.Case with { Status = CaseStatus.Ingetrokken, WithdrawnAt = at },
            ClosedAt = current.ClosedAt ?? at,
            UpdatedAt = at,
            Version = current.Version + 1,
        };
    }

    /// <summary>
    /// The record after a status change, or null when nothing would change. Closing sets <see cref="CaseRecord.ClosedAt"/>
    /// (a case already closed keeps its closing moment); reopening clears it and the outcome. Nature stays once known.
    /// </summary>
    public static CaseRecord? ApplyStatus(CaseRecord current, StatusChange change, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(change);
        if (!Enum.IsDefined(change.Status))
        {
            throw new ArgumentException($"'{change.Status}' is not a case status.", nameof(change));
        }

        var closing = IsClosed(change.Status);
        var outcome = change.Outcome ?? (closing ? current.Outcome : null);
        var nature = change.Nature ?? current.Nature;
        if (change.Status == current.Case.Status && outcome == current.Outcome && nature == current.Nature)
        {
            return null;
        }

        DateTimeOffset? closedAt = closing ? (IsClosed(current.Case.Status) ? current.ClosedAt ?? at : at) : null;
        return current with
        {
            Case = current.Case with { Status = change.Status },
            Outcome = outcome,
            Nature = nature,
            ClosedAt = closedAt,
            UpdatedAt = at,
            Version = current.Version + 1,
        };
    }

    /// <summary>The timeline detail of a status change: the status's JSON name, e.g. "afgehandeld".</summary>
    public static string StatusDetail(CaseStatus status) => status switch
    {
        CaseStatus.Nieuw => "nieuw",
        CaseStatus.OntvangstBevestigd => "ontvangst-bevestigd",
        CaseStatus.InBehandeling => "in-behandeling",
        CaseStatus.Doorverwezen => "doorverwezen",
        CaseStatus.Afgehandeld => "afgehandeld",
        CaseStatus.Ingetrokken => "ingetrokken",
        _ => ((int)status).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>When the retention period of a case starts: when it was closed, or for a case never closed its last change.</summary>
    public static DateTimeOffset RetentionStart(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.ClosedAt ?? record.UpdatedAt;
    }

    /// <summary>The anonymous fact of a case as it stands.</summary>
    public static CaseFact FactOf(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var submittedOn = DayOf(record.Case.CreatedAt);
        DateOnly? closedOn = record.ClosedAt is { } closedAt ? DayOf(closedAt) : null;
        return new CaseFact(
            record.Case.OrganisationId,
            record.Case.Kind,
            record.Case.Status,
            submittedOn,
            record.Case.ChannelId,
            IsAnonymous(record.Case),
            record.Outcome,
            record.Nature,
            closedOn,
            closedOn is { } day ? Math.Max(0, day.DayNumber - submittedOn.DayNumber) : null,
            Deleted: false);
    }

    /// <summary>Checks an internal note before it is stored.</summary>
    /// <exception cref="ArgumentException">The text is empty or longer than <see cref="CaseLimits.NoteLength"/>.</exception>
    public static void ValidateNote(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("A note needs text.", nameof(text));
        }

        if (text.Length > CaseLimits.NoteLength)
        {
            throw new ArgumentException($"A note holds at most {CaseLimits.NoteLength} characters; this one has {text.Length}.", nameof(text));
        }
    }

    /// <summary>The page size a query asks for, within 1 and <see cref="CaseLimits.MaxPage"/>.</summary>
    public static int PageSize(CaseQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Math.Clamp(query.Take, 1, CaseLimits.MaxPage);
    }
}

using IntakeBot.Intake.Cases;

namespace IntakeBot.Casework.Delivery;

/// <summary>Which case fields people read, in which order, and which stay internal.</summary>
internal static class CaseFieldDisplay
{
    /// <summary>Fields with a label in content/staff/delivery.*.yaml ("delivery.field.&lt;name&gt;"), in reading order.</summary>
    public static readonly IReadOnlyList<string> Ordered =
    [
        CaseFieldNames.Name, CaseFieldNames.Address, CaseFieldNames.City, CaseFieldNames.Phone, CaseFieldNames.Email,
        CaseFieldNames.Role, CaseFieldNames.Part, CaseFieldNames.Location, CaseFieldNames.Employee, CaseFieldNames.EventDate,
        "eventTime", CaseFieldNames.Description, CaseFieldNames.ShouldHaveHappened, CaseFieldNames.DesiredOutcome,
        CaseFieldNames.DecisionDate, CaseFieldNames.DecisionReference, CaseFieldNames.DecisionDescription, CaseFieldNames.Grounds,
        CaseFieldNames.LateReason, CaseFieldNames.Anonymous, CaseFieldNames.ConsentToShare, CaseFieldNames.WantsConfidant,
        CaseFieldNames.TalkedFirst,
    ];

    /// <summary>Bookkeeping of the intake, not something the person told: never printed or mailed.</summary>
    private static readonly HashSet<string> Internal = new(StringComparer.Ordinal)
    {
        CaseFieldNames.WantsCopy, "wantsExternal", "speaker", "date", "signature",
    };

    private static readonly HashSet<string> Labelled = new(Ordered, StringComparer.Ordinal);

    /// <summary>The sender block of a letter.</summary>
    public static readonly IReadOnlyList<string> Sender = [CaseFieldNames.Name, CaseFieldNames.Address, CaseFieldNames.City, CaseFieldNames.Phone, CaseFieldNames.Email];

    public static bool HasLabel(string name) => Labelled.Contains(name);

    /// <summary>The fields to show, known ones in order, then any others by name; internal ones and empty values left out.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Shown(IReadOnlyDictionary<string, string> fields)
    {
        foreach (var name in Ordered)
        {
            if (fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                yield return new(name, value);
            }
        }

        foreach (var field in fields.Where(f => !Labelled.Contains(f.Key) && !Internal.Contains(f.Key) && !string.IsNullOrWhiteSpace(f.Value)).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            yield return field;
        }
    }

    public static bool IsAnonymous(IntakeCase intakeCase) => intakeCase.Fields.GetValueOrDefault(CaseFieldNames.Anonymous) == "true";
}

namespace IntakeBot.Intake.Cases;

/// <summary>
/// The names of a case's fields. Values are strings: dates as yyyy-MM-dd, yes/no as "true"/"false".
/// The names match the staff API contract and the field names in content/organisations.
/// </summary>
public static class CaseFieldNames
{
    public const string Name = "name";
    public const string Address = "address";
    public const string City = "city";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Description = "description";
    public const string Employee = "employee";
    public const string Location = "location";
    public const string Part = "part";
    public const string EventDate = "eventDate";
    public const string ShouldHaveHappened = "shouldHaveHappened";
    public const string DesiredOutcome = "desiredOutcome";
    public const string Role = "role";
    public const string DecisionDate = "decisionDate";
    public const string DecisionReference = "decisionReference";
    public const string DecisionDescription = "decisionDescription";
    public const string Grounds = "grounds";
    public const string LateReason = "lateReason";
    public const string Anonymous = "anonymous";
    public const string ConsentToShare = "consentToShare";
    public const string WantsConfidant = "wantsConfidant";
    public const string TalkedFirst = "talkedFirst";
    public const string WantsCopy = "wantsCopy";

    /// <summary>Fields that identify or reach a person; encrypted at rest and left out of redacted views.</summary>
    public static readonly IReadOnlySet<string> Personal = new HashSet<string>(StringComparer.Ordinal)
    {
        Name, Address, City, Phone, Email,
    };
}

namespace IntakeBot.Intake.Cases;

/// <summary>The checks every <see cref="ICaseStore"/> applies before it stores a case, so all stores agree.</summary>
public static class IntakeCaseValidation
{
    /// <summary>
    /// The case as it is stored: its reference in canonical form (see <see cref="CaseReference.Normalize"/>) and
    /// its route and fields copied, so later changes to the caller's collections do not reach the store.
    /// </summary>
    /// <exception cref="ArgumentException">The reference is not a case reference, or a required value is missing.</exception>
    public static IntakeCase ForStorage(IntakeCase intakeCase)
    {
        ArgumentNullException.ThrowIfNull(intakeCase);
        var reference = CaseReference.Normalize(intakeCase.Reference)
            ?? throw new ArgumentException($"'{intakeCase.Reference}' is not a case reference such as KL-7F3K-9Q.", nameof(intakeCase));
        Require(intakeCase.OrganisationId, "OrganisationId");
        Require(intakeCase.ChannelId, "ChannelId");
        Require(intakeCase.ConversationId, "ConversationId");
        Require(intakeCase.Language, "Language");
        if (intakeCase.Route is null || intakeCase.Route.Any(step => step is null || step.StepId is null || step.DestinationId is null || step.Name is null))
        {
            throw new ArgumentException("The route and each of its steps (with StepId, DestinationId and Name) must be set.", nameof(intakeCase));
        }

        if (intakeCase.Fields is null || intakeCase.Fields.Any(field => field.Key is null || field.Value is null))
        {
            throw new ArgumentException("The fields must be set and hold no null values.", nameof(intakeCase));
        }

        return intakeCase with
        {
            Reference = reference,
            Route = [.. intakeCase.Route],
            Fields = new Dictionary<string, string>(intakeCase.Fields, StringComparer.Ordinal).AsReadOnly(),
        };
    }

    private static void Require(string? value, string name)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException($"The case's {name} must be set.", "intakeCase");
        }
    }
}

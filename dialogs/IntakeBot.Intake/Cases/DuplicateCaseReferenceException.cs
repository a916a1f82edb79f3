namespace IntakeBot.Intake.Cases;

/// <summary>A case with the same reference already exists; the caller makes a new reference and tries again.</summary>
public sealed class DuplicateCaseReferenceException(string reference)
    : Exception($"A case with reference '{reference}' already exists.")
{
    /// <summary>The reference that was taken.</summary>
    public string Reference { get; } = reference;
}

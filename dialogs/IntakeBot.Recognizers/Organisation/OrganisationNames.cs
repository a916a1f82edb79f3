namespace IntakeBot.Recognizers.Organisation;

/// <summary>One organisation and the names people use for it (official name, short forms, old names).</summary>
/// <param name="OrganisationId">The project-wide id, for example <c>kracht-den-haag</c>.</param>
/// <param name="Names">Names and aliases; matched case- and diacritic-insensitively, spaces optional.</param>
public sealed record OrganisationNames(string OrganisationId, IReadOnlyList<string> Names);

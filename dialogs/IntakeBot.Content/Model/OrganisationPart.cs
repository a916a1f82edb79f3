namespace IntakeBot.Content.Model;

/// <summary>A partner, location or scheme of an organisation.</summary>
public sealed record OrganisationPart(string Id, string Name, string Type, string Source, IReadOnlyList<string>? Aliases = null);

namespace IntakeBot.Content.Tests.Organisations;

/// <summary>One fact from a seed: what the content must say, read through a selector.</summary>
internal sealed record SeedFact(string Organisation, Func<ContentCatalog, string?> Actual, string? Expected);

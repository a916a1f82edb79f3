namespace IntakeBot.Storage.ApiKeys;

/// <summary>A new key: its record, and the key itself, which is shown once and cannot be recovered later.</summary>
public sealed record CreatedApiKey(ApiKey Key, string Secret);

namespace IntakeBot.Storage.ApiKeys;

/// <summary>API keys for integrations and the staff API. Each key belongs to one organisation.</summary>
public interface IApiKeyStore
{
    /// <summary>Creates a key for <paramref name="organisationId"/>; the returned secret is stored only as a hash.</summary>
    /// <exception cref="ArgumentException">The organisation id is empty, or the name is too long.</exception>
    Task<CreatedApiKey> CreateAsync(string organisationId, string? name, CancellationToken cancellationToken = default);

    /// <summary>The key's record when <paramref name="presentedKey"/> is a key that exists and is not revoked; else null. Never throws on bad input.</summary>
    Task<ApiKey?> ValidateAsync(string? presentedKey, CancellationToken cancellationToken = default);

    /// <summary>Revokes the key. False when there is no such key or it was revoked already.</summary>
    Task<bool> RevokeAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Every key, revoked ones too, oldest first.</summary>
    Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default);
}

namespace IntakeBot.Storage.ApiKeys;

/// <summary>What is known of an API key; never its secret, which is stored only as a hash.</summary>
/// <param name="Id">The public id, printed by the CLI and used to revoke the key.</param>
/// <param name="OrganisationId">The one organisation whose cases the key may read.</param>
/// <param name="Name">A label chosen by whoever created the key, or null.</param>
/// <param name="CreatedAt">When the key was created.</param>
/// <param name="RevokedAt">When the key was revoked, or null while it works.</param>
public sealed record ApiKey(string Id, string OrganisationId, string? Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

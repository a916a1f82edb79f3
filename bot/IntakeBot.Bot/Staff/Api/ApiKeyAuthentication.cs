namespace IntakeBot.Bot.Staff.Api;

/// <summary>Names used by the staff API's API key authentication.</summary>
public static class ApiKeyAuthentication
{
    /// <summary>The authentication scheme, also the word in <c>Authorization: ApiKey &lt;key&gt;</c>.</summary>
    public const string Scheme = "ApiKey";

    /// <summary>The header integrations may use instead of <c>Authorization</c>.</summary>
    public const string HeaderName = "X-Api-Key";

    /// <summary>The claim holding the organisation whose cases the key may read.</summary>
    public const string OrganisationClaim = "intakebot:organisation";

    /// <summary>The claim holding the key's public id (for logs and audits).</summary>
    public const string KeyIdClaim = "intakebot:api-key-id";
}

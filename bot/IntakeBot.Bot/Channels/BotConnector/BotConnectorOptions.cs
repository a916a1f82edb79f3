namespace IntakeBot.Bot.Channels.BotConnector;

/// <summary>Configuration section <c>BotConnector</c>: the Azure Bot registration and the token rules.</summary>
/// <remarks>
/// Without <see cref="MicrosoftAppId"/> the endpoint runs in local emulator mode: unauthenticated calls are accepted
/// only in the Development environment from a loopback address, and replies go out without a token.
/// </remarks>
internal sealed class BotConnectorOptions
{
    public const string SectionName = "BotConnector";

    public const string BotFrameworkOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public const string BotFrameworkIssuer = "https://api.botframework.com";

    /// <summary>The bot's Microsoft App ID: the audience of inbound tokens and the client id of outbound ones.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The client secret used to obtain outbound tokens.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The tenant of a SingleTenant bot; without it the legacy multi-tenant <c>botframework.com</c> tenant is used.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Where the channel's signing keys are published.</summary>
    public string OpenIdMetadataUrl { get; set; } = BotFrameworkOpenIdMetadataUrl;

    /// <summary>The client-credentials token endpoint; derived from the tenant when unset.</summary>
    public string? TokenEndpoint { get; set; }

    /// <summary>The scope of outbound tokens.</summary>
    public string TokenScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Accepted <c>iss</c> values of inbound tokens.</summary>
    public string[] ValidIssuers { get; set; } = [BotFrameworkIssuer];

    /// <summary>
    /// Hosts replies may be posted to, exact (<c>smba.trafficmanager.net</c>) or with a leading wildcard
    /// (<c>*.botframework.com</c>). Empty means any https host whose service URL the channel's token vouches for.
    /// </summary>
    public string[] AllowedServiceUrlHosts { get; set; } = [];

    /// <summary>How long signing keys are kept before they are fetched again.</summary>
    public TimeSpan SigningKeyLifetime { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The shortest time between two fetches caused by unknown key ids, so forged kids cannot hammer the key server.</summary>
    public TimeSpan MinimumKeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>True when an app id is configured and inbound tokens are required.</summary>
    public bool IsAuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The token endpoint to use.</summary>
    public Uri ResolveTokenEndpoint()
    {
        if (!string.IsNullOrWhiteSpace(TokenEndpoint))
        {
            return new Uri(TokenEndpoint, UriKind.Absolute);
        }

        var tenant = string.IsNullOrWhiteSpace(MicrosoftAppTenantId) ? "botframework.com" : MicrosoftAppTenantId.Trim();
        return new Uri($"https://login.microsoftonline.com/{Uri.EscapeDataString(tenant)}/oauth2/v2.0/token", UriKind.Absolute);
    }
}

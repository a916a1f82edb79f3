namespace IntakeBot.Understanding.Analytics;

/// <summary>Settings for <see cref="AzureLanguageTextAnalytics"/>. The key comes from configuration or a secret store, never from content.</summary>
public sealed record AzureLanguageOptions
{
    /// <summary>The resource endpoint, for example https://my-resource.cognitiveservices.azure.com/.</summary>
    public required Uri Endpoint { get; init; }

    /// <summary>Sent as the Ocp-Apim-Subscription-Key header.</summary>
    public required string ApiKey { get; init; }

    public string ApiVersion { get; init; } = "2023-04-01";

    /// <summary>Retries after 408, 429 and 5xx responses and network errors (Azure.Core's default classification).</summary>
    public int MaxRetries { get; init; } = 3;

    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(8);

    public TimeSpan NetworkTimeout { get; init; } = TimeSpan.FromSeconds(10);
}

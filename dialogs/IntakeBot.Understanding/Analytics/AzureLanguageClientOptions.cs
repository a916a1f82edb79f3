using Azure.Core;

namespace IntakeBot.Understanding.Analytics;

/// <summary>Azure.Core pipeline options: exponential retries, no telemetry header, no request logging (messages hold personal data).</summary>
internal sealed class AzureLanguageClientOptions : ClientOptions
{
    public AzureLanguageClientOptions(AzureLanguageOptions options)
    {
        Retry.Mode = RetryMode.Exponential;
        Retry.MaxRetries = options.MaxRetries;
        Retry.Delay = options.RetryDelay;
        Retry.MaxDelay = options.MaxRetryDelay;
        Retry.NetworkTimeout = options.NetworkTimeout;
        Diagnostics.IsTelemetryEnabled = false;
        Diagnostics.IsLoggingEnabled = false;
        Diagnostics.IsDistributedTracingEnabled = false;
    }
}

using Azure.Core;
using Azure.Core.Pipeline;

namespace IntakeBot.Understanding.Analytics;

/// <summary>Adds the Ocp-Apim-Subscription-Key header to every request, retries included.</summary>
internal sealed class SubscriptionKeyPolicy(string key) : HttpPipelineSynchronousPolicy
{
    public const string HeaderName = "Ocp-Apim-Subscription-Key";

    public override void OnSendingRequest(HttpMessage message) => message.Request.Headers.SetValue(HeaderName, key);
}

using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using IntakeBot.Casework.Delivery;
using Microsoft.Extensions.Options;

namespace IntakeBot.Bot.Delivery;

/// <summary>
/// POSTs a <see cref="WebhookNotification"/> as JSON, signed: <c>X-IntakeBot-Timestamp</c> (Unix seconds) and
/// <c>X-IntakeBot-Signature: sha256=&lt;hex HMAC-SHA256 of "&lt;timestamp&gt;.&lt;body&gt;" with the organisation's
/// secret&gt;</c>. Any 2xx is success; anything else, a timeout or a connection failure is retried by the dispatcher.
/// Redirects are not followed, so a signed body never goes anywhere but the configured address.
/// </summary>
internal sealed class WebhookSender(IHttpClientFactory clients, TimeProvider time, IOptions<DeliveryOptions> options) : IWebhookSender
{
    public const string ClientName = "IntakeBot.Webhook";
    public const string TimestampHeader = "X-IntakeBot-Timestamp";
    public const string SignatureHeader = "X-IntakeBot-Signature";
    public const string EventIdHeader = "X-IntakeBot-Event-Id";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<SendResult> SendAsync(Uri url, string secret, WebhookNotification notification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentException.ThrowIfNullOrEmpty(secret);
        ArgumentNullException.ThrowIfNull(notification);
        var body = JsonSerializer.Serialize(
            new
            {
                @event = notification.Event,
                eventId = notification.EventId,
                reference = notification.Reference,
                organisationId = notification.OrganisationId,
                kind = notification.Kind,
                status = notification.Status,
                createdAt = notification.CreatedAt,
                url = notification.CaseUrl?.AbsoluteUri,
            },
            Json);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(TimestampHeader, timestamp);
        request.Headers.Add(SignatureHeader, "sha256=" + Sign(secret, timestamp, body));
        request.Headers.Add(EventIdHeader, $"intakebot.{notification.EventId.ToString(CultureInfo.InvariantCulture)}.{DeliveryTargets.Webhook}");

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.WebhookTimeout);
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            return response.IsSuccessStatusCode
                ? SendResult.Ok
                : SendResult.Failed("webhook " + ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendResult.Failed("webhook timeout");
        }
        catch (HttpRequestException exception)
        {
            return SendResult.Failed(exception.StatusCode is { } status and not HttpStatusCode.OK
                ? "webhook " + ((int)status).ToString(CultureInfo.InvariantCulture)
                : "webhook connection failed");
        }
    }

    /// <summary>Lower-case hex HMAC-SHA256 of "&lt;timestamp&gt;.&lt;body&gt;" (UTF-8) keyed with the secret (UTF-8).</summary>
    public static string Sign(string secret, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + body)));
}

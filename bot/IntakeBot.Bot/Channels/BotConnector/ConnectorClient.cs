using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Bot.Channels.BotConnector;

/// <summary>Calls the Bot Connector REST API at an activity's service URL.</summary>
/// <remarks>
/// Without a token provider (local emulator mode) requests carry no Authorization header. A 401 from the connector
/// drops the cached token and the request is tried once more with a fresh one.
/// </remarks>
internal sealed class ConnectorClient(HttpClient http, ConnectorTokenProvider? tokens, TransientRetry retry)
{
    private const string JsonMediaType = "application/json";

    /// <summary>Posts <paramref name="activity"/>: as a reply when it has a <c>replyToId</c>, else to the conversation.</summary>
    public async Task<ResourceResponse> SendAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var path = ConversationPath(conversationId) + "/activities";
        if (!string.IsNullOrEmpty(activity.ReplyToId))
        {
            path += "/" + Uri.EscapeDataString(activity.ReplyToId);
        }

        return await SendJsonAsync(HttpMethod.Post, new Uri(serviceUrl, path), activity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces the activity with <c>activity.Id</c>.</summary>
    public Task<ResourceResponse> UpdateAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(activity.Id);
        var path = ConversationPath(conversationId) + "/activities/" + Uri.EscapeDataString(activity.Id);
        return SendJsonAsync(HttpMethod.Put, new Uri(serviceUrl, path), activity, cancellationToken);
    }

    /// <summary>Deletes an activity.</summary>
    public async Task DeleteAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var path = ConversationPath(conversationId) + "/activities/" + Uri.EscapeDataString(activityId);
        using var response = await CallAsync(HttpMethod.Delete, new Uri(serviceUrl, path), null, cancellationToken).ConfigureAwait(false);
    }

    private static string ConversationPath(string conversationId) => "v3/conversations/" + Uri.EscapeDataString(conversationId);

    private async Task<ResourceResponse> SendJsonAsync(HttpMethod method, Uri uri, Activity activity, CancellationToken cancellationToken)
    {
        var json = Encoding.UTF8.GetBytes(ActivitySerializer.Serialize(activity));
        using var response = await CallAsync(method, uri, json, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return new ResourceResponse(ReadId(body));
    }

    private async Task<HttpResponseMessage> CallAsync(HttpMethod method, Uri uri, byte[]? json, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var token = tokens is null ? null : await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            var response = await retry.SendAsync(ct => http.SendAsync(Request(method, uri, json, token), ct), cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            var status = response.StatusCode;
            var operation = response.Headers.TryGetValues("X-Correlating-OperationId", out var ids) ? ids.FirstOrDefault() : null;
            response.Dispose();
            if (status == HttpStatusCode.Unauthorized && token is not null && attempt == 1)
            {
                tokens!.Invalidate(token);
                continue;
            }

            throw new ConnectorDeliveryException(
                $"The connector answered {(int)status} to {method} {uri.GetLeftPart(UriPartial.Authority)} (operation {operation ?? "unknown"}).", (int)status);
        }
    }

    private static HttpRequestMessage Request(HttpMethod method, Uri uri, byte[]? json, string? token)
    {
        var request = new HttpRequestMessage(method, uri);
        if (json is not null)
        {
            request.Content = new ByteArrayContent(json);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(JsonMediaType) { CharSet = "utf-8" };
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    private static string ReadId(byte[] body)
    {
        if (body.Length == 0)
        {
            return string.Empty;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString() ?? string.Empty
                : string.Empty;
        }
        catch (JsonException)
        {
            return string.Empty;
        }
    }
}

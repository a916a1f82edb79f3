using System.Buffers.Text;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace IntakeBot.Bot.Tests.DirectLine;

/// <summary>Raw HTTP calls to the Direct Line API, with the credential given per call.</summary>
internal sealed class DirectLineClient(HttpClient http)
{
    public HttpClient Http => http;

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? credential, string? json = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (credential is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostAsync(string path, string? credential, string? json = null) => SendAsync(HttpMethod.Post, path, credential, json);

    public Task<HttpResponseMessage> GetAsync(string path, string? credential) => SendAsync(HttpMethod.Get, path, credential);

    /// <summary>Starts a conversation with the secret; returns its id and token.</summary>
    public async Task<(string ConversationId, string Token)> StartAsync(string? userId = null)
    {
        var body = userId is null ? null : $$$"""{"user":{"id":"{{{userId}}}"}}""";
        using var response = await PostAsync("/v3/directline/conversations", DirectLineHost.Secret, body);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        using var json = await ReadJsonAsync(response);
        return (json.RootElement.GetProperty("conversationId").GetString()!, json.RootElement.GetProperty("token").GetString()!);
    }

    /// <summary>Starts a conversation with the secret; returns its id, token and WebSocket address.</summary>
    public async Task<(string ConversationId, string Token, string StreamUrl)> StartWithStreamAsync()
    {
        using var response = await PostAsync("/v3/directline/conversations", DirectLineHost.Secret);
        using var json = await ReadJsonAsync(response);
        return (
            json.RootElement.GetProperty("conversationId").GetString()!,
            json.RootElement.GetProperty("token").GetString()!,
            json.RootElement.GetProperty("streamUrl").GetString()!);
    }

    /// <summary>Posts a message and returns the activity id.</summary>
    public async Task<string> SayAsync(string conversationId, string token, string text, string? clientActivityId = null)
    {
        var channelData = clientActivityId is null ? string.Empty : $$""","channelData":{"clientActivityID":"{{clientActivityId}}"}""";
        using var response = await PostAsync($"/v3/directline/conversations/{conversationId}/activities", token, $$"""{"type":"message","text":"{{text}}","from":{"id":"ignored"}{{channelData}}}""");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        using var json = await ReadJsonAsync(response);
        return json.RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>GET activities: the activities and the watermark.</summary>
    public async Task<(List<JsonElement> Activities, string Watermark)> PollAsync(string conversationId, string token, string? watermark = null)
    {
        var query = watermark is null ? string.Empty : $"?watermark={watermark}";
        using var response = await GetAsync($"/v3/directline/conversations/{conversationId}/activities{query}", token);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        using var json = await ReadJsonAsync(response);
        var activities = json.RootElement.GetProperty("activities").EnumerateArray().Select(activity => activity.Clone()).ToList();
        return (activities, json.RootElement.GetProperty("watermark").GetString()!);
    }

    public static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync());

    /// <summary>Asserts the documented ErrorResponse shape and returns the code.</summary>
    public static async Task<string> ErrorCodeAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);
        var error = json.RootElement.GetProperty("error");
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        return error.GetProperty("code").GetString()!;
    }

    /// <summary>The JWT payload of a token.</summary>
    public static JsonElement Claims(string token)
    {
        using var json = JsonDocument.Parse(Base64Url.DecodeFromChars(token.Split('.')[1]));
        return json.RootElement.Clone();
    }
}

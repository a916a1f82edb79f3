using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace IntakeBot.ScaleOut.Tests.Support;

/// <summary>The Direct Line calls Web Chat makes, against one bot instance.</summary>
internal sealed class DirectLineClient(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };

    public Uri BaseAddress => baseAddress;

    /// <summary>Starts a conversation with the secret; returns its id and token.</summary>
    public async Task<(string ConversationId, string Token)> StartAsync(string secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("conversationId").GetString()!, json.RootElement.GetProperty("token").GetString()!);
    }

    /// <summary>Posts one activity (JSON) and expects 200; returns after the bot's replies are in the log.</summary>
    public async Task PostAsync(string conversationId, string token, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Every activity of the conversation so far, in order (all pages).</summary>
    public async Task<List<JsonElement>> ActivitiesAsync(string conversationId, string token)
    {
        var activities = new List<JsonElement>();
        string? watermark = null;
        while (true)
        {
            var query = watermark is null ? string.Empty : "?watermark=" + Uri.EscapeDataString(watermark);
            using var request = new HttpRequestMessage(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities{query}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await _http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var page = json.RootElement.GetProperty("activities").EnumerateArray().Select(activity => activity.Clone()).ToList();
            if (page.Count == 0)
            {
                return activities;
            }

            activities.AddRange(page);
            watermark = json.RootElement.GetProperty("watermark").GetString();
        }
    }

    /// <summary>A staff API GET with an API key.</summary>
    public async Task<(HttpStatusCode Status, string Body)> StaffGetAsync(string path, string apiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + apiKey);
        using var response = await _http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => _http.Dispose();
}

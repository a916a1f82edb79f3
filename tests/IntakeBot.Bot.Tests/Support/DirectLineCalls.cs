using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace IntakeBot.Bot.Tests.Support;

/// <summary>The three Direct Line calls the end-to-end tests make, as Web Chat makes them.</summary>
internal static class DirectLineCalls
{
    /// <summary>Starts a conversation with the host's secret; returns its id and token.</summary>
    public static async Task<(string ConversationId, string Token)> StartAsync(HttpClient http, string secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("conversationId").GetString()!, json.RootElement.GetProperty("token").GetString()!);
    }

    /// <summary>Posts one activity (JSON) and expects 200.</summary>
    public static async Task PostAsync(HttpClient http, string conversationId, string token, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Every activity of the conversation so far (first page), in order.</summary>
    public static async Task<List<JsonElement>> ActivitiesAsync(HttpClient http, string conversationId, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. json.RootElement.GetProperty("activities").EnumerateArray().Select(a => a.Clone())];
    }
}

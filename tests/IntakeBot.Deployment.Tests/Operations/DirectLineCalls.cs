using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace IntakeBot.Deployment.Tests.Operations;

/// <summary>The few Direct Line calls these tests need.</summary>
internal static class DirectLineCalls
{
    public static async Task<(string ConversationId, string Token, string StreamUrl)> StartAsync(HttpClient http)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", OperationsHost.DirectLineSecret);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        return (root.GetProperty("conversationId").GetString()!, root.GetProperty("token").GetString()!, root.GetProperty("streamUrl").GetString()!);
    }

    public static async Task<HttpResponseMessage> SayAsync(HttpClient http, string conversationId, string token, string text)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Content = new StringContent(JsonSerializer.Serialize(new { type = "message", text, from = new { id = "user1" } }), Encoding.UTF8, "application/json");
        return await http.SendAsync(request);
    }
}

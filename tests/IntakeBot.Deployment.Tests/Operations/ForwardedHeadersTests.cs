using System.Net.Http.Headers;
using System.Text.Json;
using IntakeBot.Dialogs.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Deployment.Tests.Operations;

/// <summary>Behind nginx (a loopback proxy) the app sees the scheme the user used, so the stream URL is wss://.</summary>
public sealed class ForwardedHeadersTests
{
    [Fact]
    public async Task ForwardedProto_FromLoopbackProxy_IsBelieved()
    {
        Assert.StartsWith("wss://", await StreamUrlAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForwardedProto_FromAnUnknownProxy_IsIgnored()
    {
        Assert.StartsWith("ws://", await StreamUrlAsync(("Hosting:KnownProxies:0", "10.9.9.9")), StringComparison.Ordinal);
    }

    private static async Task<string> StreamUrlAsync(params (string Key, string Value)[] settings)
    {
        await using var host = new OperationsHost(services => services.AddSingleton<IBot>(new SlowBot()), settings: settings);
        using var http = new HttpClient { BaseAddress = host.StartKestrel() };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", OperationsHost.DirectLineSecret);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("streamUrl").GetString()!;
    }
}

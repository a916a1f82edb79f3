using System.Net;
using System.Text.Json;
using IntakeBot.Dialogs.State;
using IntakeBot.Intake.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Deployment.Tests.Operations;

public sealed class ReadinessTests
{
    [Fact]
    public async Task Readyz_ReportsContentStateAndDatabase_AsJson()
    {
        using var host = new OperationsHost();
        using var http = host.CreateClient();

        using var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        var checks = json.RootElement.GetProperty("checks");
        Assert.Equal(["content", "database", "state"], checks.EnumerateObject().Select(check => check.Name).Order(StringComparer.Ordinal));
        Assert.All(checks.EnumerateObject(), check => Assert.Equal("Healthy", check.Value.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Readyz_WhenStateStorageFails_Is503_AndLeaksNoErrorText()
    {
        using var host = new OperationsHost(services => services.AddSingleton<IStorage>(new FailingStorage()));
        using var http = host.CreateClient();

        using var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", json.RootElement.GetProperty("checks").GetProperty("state").GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("content").GetProperty("status").GetString());
        Assert.DoesNotContain("geheim", body, StringComparison.Ordinal);
        Assert.DoesNotContain("db.example.org", body, StringComparison.Ordinal);
        Assert.Equal("ok", await http.GetStringAsync(new Uri("/healthz", UriKind.Relative)));
    }

    [Fact]
    public async Task Readyz_WhenTheCaseDatabaseFails_Is503()
    {
        using var host = new OperationsHost(services => services.AddSingleton<ICaseStore>(new FakeCaseStore(fail: true)));
        using var http = host.CreateClient();

        using var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.DoesNotContain("database is down", json.RootElement.GetRawText(), StringComparison.Ordinal);
    }
}

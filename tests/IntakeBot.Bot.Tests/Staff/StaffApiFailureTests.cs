using System.Net;
using IntakeBot.Intake.Cases;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Bot.Tests.Staff;

public sealed class StaffApiFailureTests : IDisposable
{
    private readonly StaffApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("/api/staff/cases/KL-7F3K-9Q")]
    [InlineData("/api/staff/cases?conversationId=abc")]
    public async Task AFailingStore_Gives503_WithAProblem_AndNoInternals(string url)
    {
        using var factory = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<ICaseStore, FailingCaseStore>()));
        var key = (await _factory.Keys.CreateAsync("kracht-den-haag", null)).Secret;
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("/secret/path", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }
}

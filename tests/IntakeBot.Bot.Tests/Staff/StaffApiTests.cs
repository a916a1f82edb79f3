using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntakeBot.Bot.Operations;
using IntakeBot.Content.Model;
using IntakeBot.Storage.Sqlite;
using IntakeBot.Testing;

namespace IntakeBot.Bot.Tests.Staff;

public sealed class StaffApiTests(StaffApiFactory factory) : IClassFixture<StaffApiFactory>
{
    private readonly StaffCases _cases = new(seed: 11);

    [Fact]
    public async Task GetByReference_ReturnsTheContract_FieldByField()
    {
        var key = await KeyAsync("kracht-den-haag");
        if (await factory.Cases.GetAsync("KL-7F3K-9Q") is null)
        {
            await factory.Cases.CreateAsync(StaffCases.Fixture());
        }

        using var client = factory.ClientWithKey(key);
        using var response = await client.GetAsync("/api/staff/cases/KL-7F3K-9Q");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var expected = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "tests", "IntakeBot.Bot.Tests", "Staff", "Fixtures", "staff-case.json")));
        using var actual = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        JsonAssert.Same(expected.RootElement, actual.RootElement);
    }

    [Theory]
    [InlineData("kl-7f3k-9q")]
    [InlineData("KL7F3K9Q")]
    [InlineData("kl 7f3k 9q")]
    public async Task GetByReference_AcceptsAnySpelling(string typed)
    {
        var key = await KeyAsync("zorgkracht12");
        var created = _cases.Next("zorgkracht12", "spelling");
        await factory.Cases.CreateAsync(created);
        var spelled = typed.Replace("7f3k", created.Reference[3..7], StringComparison.OrdinalIgnoreCase)
            .Replace("9q", created.Reference[8..], StringComparison.OrdinalIgnoreCase)
            .Replace("kl", "sg", StringComparison.OrdinalIgnoreCase);

        using var client = factory.ClientWithKey(key);
        var body = await client.GetFromJsonAsync<JsonElement>("/api/staff/cases/" + Uri.EscapeDataString(spelled));

        Assert.Equal(created.Reference, body.GetProperty("reference").GetString());
        Assert.Equal("signaal", body.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task ByConversation_ReturnsTheKeysOrganisationsCases_OldestFirst()
    {
        var key = await KeyAsync("blijf-groep");
        var conversation = "gesprek-" + Guid.NewGuid().ToString("N");
        var later = _cases.Next("blijf-groep", conversation, Kind.Compliment, minutes: 3);
        var earlier = _cases.Next("blijf-groep", conversation, Kind.Klacht, minutes: 1);
        var otherOrganisation = _cases.Next("zorgkracht12", conversation, Kind.Idee, minutes: 2);
        foreach (var c in new[] { later, otherOrganisation, earlier })
        {
            await factory.Cases.CreateAsync(c);
        }

        using var client = factory.ClientWithKey(key);
        var body = await client.GetFromJsonAsync<JsonElement>("/api/staff/cases?conversationId=" + conversation);

        Assert.Equal([earlier.Reference, later.Reference], body.EnumerateArray().Select(c => c.GetProperty("reference").GetString()));
        Assert.Equal(["klacht", "compliment"], body.EnumerateArray().Select(c => c.GetProperty("kind").GetString()));
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/staff/cases?conversationId=bestaat-niet")).GetArrayLength());
    }

    [Fact]
    public async Task AnotherOrganisationsCase_IsNotFound_NotForbidden()
    {
        var theirs = _cases.Next("veilig-thuis-hollands-midden", "geheim-" + Guid.NewGuid().ToString("N"));
        await factory.Cases.CreateAsync(theirs);
        var ownKey = await KeyAsync("veilig-thuis-hollands-midden");
        var otherKey = await KeyAsync("cjg-westelijke-mijnstreek");

        using var own = factory.ClientWithKey(ownKey);
        using var other = factory.ClientWithKey(otherKey);
        using var unknown = await other.GetAsync("/api/staff/cases/KL-3333-33");
        using var foreign = await other.GetAsync("/api/staff/cases/" + theirs.Reference);
        var foreignList = await other.GetFromJsonAsync<JsonElement>("/api/staff/cases?conversationId=" + theirs.ConversationId);

        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync("/api/staff/cases/" + theirs.Reference)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", foreign.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("veilig", await foreign.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, foreignList.GetArrayLength());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("ApiKey ")]
    [InlineData("ApiKey ikb_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("ApiKey ikb_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZ")]
    [InlineData("ApiKey niet-een-sleutel 😀 מה")]
    [InlineData("Bearer eyJhbGciOiJIUzI1NiJ9")]
    [InlineData("Basic YWRtaW46YWRtaW4=")]
    public async Task MissingOrBadKey_Is401_WithAProblem(string? authorization)
    {
        using var client = factory.CreateClient();
        if (authorization is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await client.GetAsync("/api/staff/cases/KL-7F3K-9Q");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("ApiKey", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(401, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task RevokedKey_Is401()
    {
        var created = await factory.Keys.CreateAsync("kracht-den-haag", "weg");
        using var client = factory.ClientWithKey(created.Secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/staff/cases?conversationId=x")).StatusCode);

        await factory.Keys.RevokeAsync(created.Key.Id);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/staff/cases?conversationId=x")).StatusCode);
    }

    [Fact]
    public async Task XApiKeyHeader_AndAnyCaseOfTheScheme_Work()
    {
        var key = await KeyAsync("kracht-den-haag");
        using var header = factory.CreateClient();
        header.DefaultRequestHeaders.Add("X-Api-Key", key);
        using var lower = factory.CreateClient();
        lower.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "apikey " + key);

        Assert.Equal(HttpStatusCode.OK, (await header.GetAsync("/api/staff/cases?conversationId=x")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lower.GetAsync("/api/staff/cases?conversationId=x")).StatusCode);
    }

    [Theory]
    [InlineData("/api/staff/cases/niet-een-referentie")]
    [InlineData("/api/staff/cases/KL-0000-00")] // 0 is not in the reference alphabet
    [InlineData("/api/staff/cases/%F0%9F%98%80%D7%9E%D7%94")] // emoji and Hebrew
    [InlineData("/api/staff/cases/%27%3B%20DROP%20TABLE%20cases%3B--")]
    [InlineData("/api/staff/cases")]
    [InlineData("/api/staff/cases?conversationId=")]
    [InlineData("/api/staff/cases?conversationId=%20%20")]
    public async Task BadInput_Is400_WithAProblem_AndNoInternals(string url)
    {
        var key = await KeyAsync("kracht-den-haag");
        using var client = factory.ClientWithKey(key);

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()));
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHugeConversationId_Is400()
    {
        var key = await KeyAsync("kracht-den-haag");
        using var client = factory.ClientWithKey(key);

        using var response = await client.GetAsync("/api/staff/cases?conversationId=" + new string('x', 4000));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Host_RegistersTheSqliteStores_OnTheConfiguredFile()
    {
        await factory.Cases.CreateAsync(_cases.Next("blijf-groep", "bestand"));

        // The host counts cases for its metrics around the configured store.
        Assert.IsType<SqliteCaseStore>(Assert.IsType<MeteredCaseStore>(factory.Cases).Inner);
        Assert.IsType<SqliteApiKeyStore>(factory.Keys);
        Assert.True(File.Exists(factory.DatabasePath));
    }

    private async Task<string> KeyAsync(string organisationId) => (await factory.Keys.CreateAsync(organisationId, "test")).Secret;
}

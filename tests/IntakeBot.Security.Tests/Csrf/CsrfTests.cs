using System.Net;
using IntakeBot.Bot.Staff.Identity;
using IntakeBot.Bot.Tests.Staff.Web;
using IntakeBot.Security.Tests.Support;
using IntakeBot.Storage.ApiKeys;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Security.Tests.Csrf;

/// <summary>
/// Catalogue item 4, cross-site request forgery: every state-changing staff form (each POST handler read from the
/// endpoint table) refuses a post without a valid antiforgery token, including sign-in (login CSRF); the staff API
/// ignores the staff cookie, sends no CORS grant to other sites, and takes API keys from headers only, never from the
/// query string. The cookies' SameSite=Strict and HttpOnly flags are asserted by the Bot tests'
/// SignInTests.RightPassword_SignsIn_WithAStrictHttpOnlyCookie_AndOpensTheRegister.
/// </summary>
public sealed class CsrfTests(StaffWebFactory factory) : IClassFixture<StaffWebFactory>
{
    [Fact]
    public async Task EveryStaffFormPost_WithoutAValidAntiforgeryToken_IsRejected()
    {
        var own = await StaffWebCases.AddAsync(factory, StaffWebCases.Kracht);
        using var admin = await factory.SignedInAsync(StaffWebCases.Kracht, StaffRoles.Admin);
        using var other = await factory.SignedInAsync(StaffWebCases.Kracht, StaffRoles.Admin);
        var foreignToken = await other.TokenAsync("/staff");
        var posts = (await StaffEndpoints.AllAsync(factory.Services)).Where(e => e.Method == "POST").ToList();
        var failures = new List<string>();

        foreach (var post in posts)
        {
            var path = post.PathFor(own.Reference);
            using var none = await admin.PostWithoutTokenAsync(path, Form(own.Reference));
            using var stolen = await admin.PostWithoutTokenAsync(path, [.. Form(own.Reference), new("__RequestVerificationToken", foreignToken)]);
            using var garbage = await admin.PostWithoutTokenAsync(path, [.. Form(own.Reference), new("__RequestVerificationToken", "CfDJ8-forged")]);
            foreach (var (kind, response) in new[] { ("no token", none), ("another member's token", stolen), ("a forged token", garbage) })
            {
                if (response.StatusCode != HttpStatusCode.BadRequest)
                {
                    failures.Add($"{post} with {kind}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(posts.Count >= 10, "Too few POST handlers found: " + string.Join(", ", posts));
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(own.Status, (await factory.RecordAsync(own.Reference)).Case.Status);
    }

    [Fact]
    public async Task SignIn_WithoutAToken_IsRejected_SoNoSiteCanSignAVisitorIntoItsAccount()
    {
        var email = await factory.CreateUserAsync(StaffWebCases.Kracht, StaffRoles.Officer);
        using var client = factory.NewClient();

        using var response = await client.PostWithoutTokenAsync("/staff/signin", [new("email", email), new("password", StaffWebFactory.Password)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/staff")).StatusCode);
    }

    [Theory]
    [InlineData("/api/staff/register")]
    [InlineData("/api/staff/cases?conversationId=x")]
    public async Task StaffCookie_DoesNotOpenTheStaffApi(string path)
    {
        using var officer = await factory.SignedInAsync(StaffWebCases.Kracht, StaffRoles.Admin);

        using var response = await officer.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/staff/register")]
    [InlineData("/staff")]
    [InlineData("/staff/signin")]
    public async Task AnotherSite_GetsNoCorsGrant(string path)
    {
        using var client = factory.CreateClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, path);
        preflight.Headers.Add("Origin", "https://evil.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "x-api-key");
        using var get = new HttpRequestMessage(HttpMethod.Get, path);
        get.Headers.Add("Origin", "https://evil.example");

        using var preflightResponse = await client.SendAsync(preflight);
        using var getResponse = await client.SendAsync(get);

        Assert.False(preflightResponse.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(getResponse.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(getResponse.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Theory]
    [InlineData("apiKey")]
    [InlineData("api_key")]
    [InlineData("key")]
    [InlineData("X-Api-Key")]
    [InlineData("access_token")]
    public async Task ApiKey_InTheQueryString_IsNotAccepted(string parameter)
    {
        var key = await factory.Services.GetRequiredService<IApiKeyStore>().CreateAsync(StaffWebCases.Kracht, "csrf-" + parameter);
        using var client = factory.CreateClient();

        using var inQuery = await client.GetAsync($"/api/staff/register?{parameter}={Uri.EscapeDataString(key.Secret)}");
        using var inHeader = new HttpRequestMessage(HttpMethod.Get, "/api/staff/register") { Headers = { { "X-Api-Key", key.Secret } } };
        using var headerResponse = await client.SendAsync(inHeader);

        Assert.Equal(HttpStatusCode.Unauthorized, inQuery.StatusCode);
        Assert.Equal(HttpStatusCode.OK, headerResponse.StatusCode);
    }

    private static List<KeyValuePair<string, string>> Form(string reference) =>
    [
        new("status", "afgehandeld"), new("outcome", "gegrond"), new("nature", "bejegening"), new("assignee", ""),
        new("text", "Notitie"), new("confirmation", reference), new("email", "nieuw@kracht-den-haag.example.org"),
        new("name", "Nieuw"), new("role", StaffRoles.Officer), new("code", "123456"),
    ];
}

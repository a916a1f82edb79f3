using System.Net;
using IntakeBot.Bot.Staff.Identity;
using IntakeBot.Casework.Audit;

namespace IntakeBot.Bot.Tests.Staff.Web;

public sealed class SignInTests(StaffWebFactory factory) : IClassFixture<StaffWebFactory>
{
    [Fact]
    public async Task AnonymousVisitor_IsSentToTheSignInPage()
    {
        using var client = factory.NewClient();

        using var response = await client.GetAsync("/staff");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/staff/signin", response.Headers.Location!.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RightPassword_SignsIn_WithAStrictHttpOnlyCookie_AndOpensTheRegister()
    {
        var email = await factory.CreateUserAsync(StaffWebCases.Kracht, StaffRoles.Officer);
        using var client = factory.NewClient();

        using var response = await client.SignInAsync(email, StaffWebFactory.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/staff", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("intakebot.staff=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var page = await client.GetPageAsync("/staff");
        Assert.Contains("<h1>Zaken</h1>", page, StringComparison.Ordinal);
        Assert.Contains(await factory.AuditAsync(), e => e.Action == AuditActions.SignIn && e.OrganisationId == StaffWebCases.Kracht);
    }

    [Fact]
    public async Task WrongPassword_IsRefused_WithoutSayingWhetherTheAccountExists()
    {
        var email = await factory.CreateUserAsync(StaffWebCases.Kracht, StaffRoles.Officer);
        using var client = factory.NewClient();

        using var wrong = await client.SignInAsync(email, "Verkeerd-Wachtwoord-1!");
        using var unknown = await client.SignInAsync("niemand@example.org", "Verkeerd-Wachtwoord-1!");

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(Message(await wrong.Content.ReadAsStringAsync()), Message(await unknown.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task FiveFailures_LockTheAccount_SoTheRightPasswordNoLongerWorks()
    {
        var email = await factory.CreateUserAsync(StaffWebCases.Kracht, StaffRoles.Officer);
        using var client = factory.NewClient();
        for (var i = 0; i < 5; i++)
        {
            using var failed = await client.SignInAsync(email, "Verkeerd-Wachtwoord-" + i + "!");
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        using var response = await client.SignInAsync(email, StaffWebFactory.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task FourFailures_DoNotLock()
    {
        var email = await factory.CreateUserAsync(StaffWebCases.Kracht, StaffRoles.Officer);
        using var client = factory.NewClient();
        for (var i = 0; i < 4; i++)
        {
            using var failed = await client.SignInAsync(email, "Verkeerd-Wachtwoord-" + i + "!");
        }

        using var response = await client.SignInAsync(email, StaffWebFactory.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        using var client = await factory.SignedInAsync(StaffWebCases.Kracht, StaffRoles.Officer);

        using var response = await client.PostFormAsync("/staff/signout", [], tokenFrom: "/staff");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/staff")).StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/staff")]
    [InlineData("/\\evil.example")]
    [InlineData("/staff//evil.example")]
    public async Task ForeignReturnUrl_GoesToTheRegisterInstead(string returnUrl)
    {
        var email = await factory.CreateUserAsync(StaffWebCases.Kracht, StaffRoles.Officer);
        using var client = factory.NewClient();

        using var response = await client.PostFormAsync("/staff/signin", [new("email", email), new("password", StaffWebFactory.Password), new("returnUrl", returnUrl)]);

        Assert.Equal("/staff", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task StaffPages_HaveAStrictPolicy_WithoutScript()
    {
        using var client = factory.NewClient();

        using var response = await client.GetAsync("/staff/signin");

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    private static string Message(string html) =>
        html[html.IndexOf("id=\"signin-error\"", StringComparison.Ordinal)..html.IndexOf("</p>", html.IndexOf("id=\"signin-error\"", StringComparison.Ordinal), StringComparison.Ordinal)];
}

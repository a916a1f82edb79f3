using System.Net;
using System.Text.RegularExpressions;
using IntakeBot.Bot.Staff.Identity;

namespace IntakeBot.Bot.Tests.Staff.Web;

public sealed partial class TwoFactorTests(StaffWebFactory factory) : IClassFixture<StaffWebFactory>
{
    [Fact]
    public async Task EnablingTotp_ShowsRecoveryCodes_AndTheNextSignInAsksForACode()
    {
        var email = await factory.CreateUserAsync(StaffWebCases.Kracht, StaffRoles.Officer);
        using var client = factory.NewClient();
        await client.SignInAsync(email, StaffWebFactory.Password);
        var account = await client.GetPageAsync("/staff/account");
        var key = SharedKey().Match(account).Groups[1].Value;
        Assert.Contains("otpauth://totp/", account, StringComparison.Ordinal);

        using var wrong = await client.PostFormAsync("/staff/account?handler=enable", [new("code", "000000")], tokenFrom: "/staff/account");
        using var enabled = await client.PostFormAsync("/staff/account?handler=enable", [new("code", Totp.Code(key, DateTimeOffset.UtcNow))], tokenFrom: "/staff/account");
        var enabledPage = await enabled.Content.ReadAsStringAsync();
        await client.PostFormAsync("/staff/signout", [], tokenFrom: "/staff");
        using var password = await client.SignInAsync(email, StaffWebFactory.Password);
        using var badCode = await client.PostFormAsync("/staff/signin/code", [new("code", "123456")]);
        using var goodCode = await client.PostFormAsync("/staff/signin/code", [new("code", Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30)))]);

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal(10, RecoveryCode().Matches(enabledPage).Count);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/staff/signin/code", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, badCode.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, goodCode.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task RecoveryCode_SignsInOnce()
    {
        var email = await factory.CreateUserAsync(StaffWebCases.Blijf, StaffRoles.Admin);
        using var client = factory.NewClient();
        await client.SignInAsync(email, StaffWebFactory.Password);
        var key = SharedKey().Match(await client.GetPageAsync("/staff/account")).Groups[1].Value;
        using var enabled = await client.PostFormAsync("/staff/account?handler=enable", [new("code", Totp.Code(key, DateTimeOffset.UtcNow))], tokenFrom: "/staff/account");
        var recovery = RecoveryCode().Match(await enabled.Content.ReadAsStringAsync()).Groups[1].Value;
        await client.PostFormAsync("/staff/signout", [], tokenFrom: "/staff");

        await client.SignInAsync(email, StaffWebFactory.Password);
        using var first = await client.PostFormAsync("/staff/signin/code", [new("code", recovery), new("recovery", "true")]);
        await client.PostFormAsync("/staff/signout", [], tokenFrom: "/staff");
        await client.SignInAsync(email, StaffWebFactory.Password);
        using var second = await client.PostFormAsync("/staff/signin/code", [new("code", recovery), new("recovery", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
    }

    [Fact]
    public async Task CodePage_WithoutAPassword_GoesBackToSignIn()
    {
        using var client = factory.NewClient();

        using var response = await client.GetAsync("/staff/signin/code");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [GeneratedRegex("id=\"shared-key\">([a-z2-7 ]+)</code>")]
    private static partial Regex SharedKey();

    [GeneratedRegex("<li>([0-9A-Z]{5}-[0-9A-Z]{5})</li>")]
    private static partial Regex RecoveryCode();
}

using System.Net;
using System.Text.RegularExpressions;
using IntakeBot.Bot.Staff.Identity;
using IntakeBot.Bot.Tests.Staff.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Security.Tests.Lockout;

/// <summary>
/// Catalogue item 7, brute force on staff sign-in: five failures lock the account for 15 minutes, during which even
/// the right password fails; afterwards it works again; a locked account, a wrong password and an unknown e-mail get
/// the same answer, so nobody learns which addresses exist. Also in the Bot tests' SignInTests:
/// FiveFailures_LockTheAccount_SoTheRightPasswordNoLongerWorks, FourFailures_DoNotLock and
/// WrongPassword_IsRefused_WithoutSayingWhetherTheAccountExists. Here "15 minutes later" is made by moving the stored
/// lockout end; <see cref="LockoutClockTests"/> proves the same on a fake clock (lockout runs on the injected
/// TimeProvider). The per-IP sign-in rate limit is in the Fuzz tests' RateLimitTests.StaffSignIn_PerIp_Is429_WithTheStaffText.
/// </summary>
public sealed partial class BruteForceLockoutTests(StaffWebFactory factory) : IClassFixture<StaffWebFactory>
{
    [Fact]
    public async Task FiveFailures_LockFor15Minutes_ThenTheRightPasswordWorksAgain()
    {
        var email = await factory.CreateUserAsync(StaffWebCases.Kracht, StaffRoles.Officer);
        using var client = factory.NewClient();
        var before = DateTimeOffset.UtcNow;
        await FailFiveTimesAsync(client, email);
        var after = DateTimeOffset.UtcNow;

        var end = await LockoutEndAsync(email);
        Assert.InRange(end, before.AddMinutes(15), after.AddMinutes(15));

        await MoveLockoutEndAsync(email, DateTimeOffset.UtcNow.AddMinutes(1)); // 14 of the 15 minutes have passed
        using var stillLocked = await client.SignInAsync(email, StaffWebFactory.Password);
        await MoveLockoutEndAsync(email, DateTimeOffset.UtcNow.AddSeconds(-1)); // the 15 minutes are over
        using var open = await client.SignInAsync(email, StaffWebFactory.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, stillLocked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
    }

    [Fact]
    public async Task LockedAccount_WrongPassword_AndUnknownEmail_GetTheSameAnswer()
    {
        var email = await factory.CreateUserAsync(StaffWebCases.Kracht, StaffRoles.Officer);
        var other = await factory.CreateUserAsync(StaffWebCases.Kracht, StaffRoles.Officer);
        using var client = factory.NewClient();
        await FailFiveTimesAsync(client, email);
        await FailFiveTimesAsync(client, "niemand-" + Guid.NewGuid().ToString("N") + "@example.org");

        using var locked = await client.SignInAsync(email, StaffWebFactory.Password);
        using var wrong = await client.SignInAsync(other, "Verkeerd-Wachtwoord-9!");
        using var unknown = await client.SignInAsync("niemand@example.org", StaffWebFactory.Password);

        var answers = new[] { locked, wrong, unknown };
        Assert.All(answers, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        var messages = await Task.WhenAll(answers.Select(async r => Message(await r.Content.ReadAsStringAsync())));
        Assert.Single(messages.Distinct(StringComparer.Ordinal));
        Assert.NotEqual(string.Empty, messages[0]);
    }

    private static async Task FailFiveTimesAsync(StaffClient client, string email)
    {
        for (var i = 0; i < 5; i++)
        {
            using var failed = await client.SignInAsync(email, "Verkeerd-Wachtwoord-" + i + "!");
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }
    }

    private async Task<DateTimeOffset> LockoutEndAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        return (await users.GetLockoutEndDateAsync((await users.FindByEmailAsync(email))!)) ?? DateTimeOffset.MinValue;
    }

    private async Task MoveLockoutEndAsync(string email, DateTimeOffset end)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        Assert.True((await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(email))!, end)).Succeeded);
    }

    // The visible error message, without the antiforgery token and the typed e-mail, which differ by design.
    private static string Message(string html) => ErrorPattern().Match(html).Value;

    [GeneratedRegex("<p[^>]*role=\"alert\"[^>]*>.*?</p>", RegexOptions.Singleline)]
    private static partial Regex ErrorPattern();
}

using System.Net;
using System.Text.RegularExpressions;
using IntakeBot.Bot.Staff.Identity;
using IntakeBot.Bot.Tests.Staff.Web;
using IntakeBot.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Bot.Tests.Staff.Identity;

/// <summary>
/// Two-factor codes are checked on the host's injected clock (<see cref="StaffAuthenticatorTokenProvider"/>), within
/// one 30-second step of it, and each code is accepted once. The clock is a day behind the machine's, so a check on
/// the system clock would refuse every code below.
/// </summary>
public sealed partial class StaffAuthenticatorClockTests(StaffWebFactory factory) : IClassFixture<StaffWebFactory>
{
    [Fact]
    public async Task Codes_FollowTheInjectedClock_AllowOneStepOfDrift_AndWorkOnce()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow.AddDays(-1));
        await using var host = factory.OnClock(clock);
        var email = await StaffWebFactory.CreateUserOnAsync(host, "code");
        using var client = StaffWebFactory.ClientOf(host);
        await client.SignInAsync(email, StaffWebFactory.Password);
        var key = SharedKey().Match(await client.GetPageAsync("/staff/account")).Groups[1].Value;
        var enabledAt = clock.GetUtcNow();

        using var enabled = await client.PostFormAsync("/staff/account?handler=enable", [new("code", Totp.Code(key, enabledAt))], tokenFrom: "/staff/account");
        await client.PostFormAsync("/staff/signout", [], tokenFrom: "/staff");
        clock.Advance(TimeSpan.FromSeconds(90));
        await client.SignInAsync(email, StaffWebFactory.Password);
        using var replayed = await client.PostFormAsync("/staff/signin/code", [new("code", Totp.Code(key, enabledAt))]);
        using var tooEarly = await client.PostFormAsync("/staff/signin/code", [new("code", Totp.Code(key, clock.GetUtcNow().AddSeconds(60)))]);
        using var systemClock = await client.PostFormAsync("/staff/signin/code", [new("code", Totp.Code(key, DateTimeOffset.UtcNow))]);
        using var oneStepBehind = await client.PostFormAsync("/staff/signin/code", [new("code", Totp.Code(key, clock.GetUtcNow().AddSeconds(-30)))]);
        await client.PostFormAsync("/staff/signout", [], tokenFrom: "/staff");
        await client.SignInAsync(email, StaffWebFactory.Password);
        using var again = await client.PostFormAsync("/staff/signin/code", [new("code", Totp.Code(key, clock.GetUtcNow().AddSeconds(-30)))]);
        using var current = await client.PostFormAsync("/staff/signin/code", [new("code", Totp.Code(key, clock.GetUtcNow()))]);

        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, tooEarly.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, systemClock.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, oneStepBehind.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, current.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task TheHostsOnlyTokenProvider_IsTheAuthenticatorOnTheInjectedClock()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var tokens = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().Options.Tokens;

        Assert.Equal(StaffAuthenticatorTokenProvider.ProviderName, tokens.AuthenticatorTokenProvider);
        var provider = Assert.Single(tokens.ProviderMap);
        Assert.Equal(StaffAuthenticatorTokenProvider.ProviderName, provider.Key);
        Assert.Equal(typeof(StaffAuthenticatorTokenProvider), provider.Value.ProviderType);
    }

    [GeneratedRegex("id=\"shared-key\">([a-z2-7 ]+)</code>")]
    private static partial Regex SharedKey();
}

using System.Net;
using IntakeBot.Bot.Staff.Identity;
using IntakeBot.Bot.Tests.Staff.Web;
using IntakeBot.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Security.Tests.Lockout;

/// <summary>
/// Catalogue item 7, brute-force lockout, on the host's clock: the 15-minute staff lockout is set and lifted by the
/// injected <see cref="TimeProvider"/> (<see cref="StaffUserManager"/>), so it ends when that clock says so, which a
/// test proves by moving a fake clock instead of waiting or editing the stored lockout end.
/// </summary>
public sealed class LockoutClockTests(StaffWebFactory factory) : IClassFixture<StaffWebFactory>
{
    [Fact]
    public async Task FiveFailures_LockUntil15MinutesLaterOnTheInjectedClock_ThenTheRightPasswordWorks()
    {
        // A day behind the machine's clock: on the system clock this lockout would already be over at once.
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow.AddDays(-1));
        await using var host = factory.OnClock(clock);
        var email = await StaffWebFactory.CreateUserOnAsync(host, "klok");
        using var client = StaffWebFactory.ClientOf(host);
        var lockedAt = clock.GetUtcNow();

        for (var i = 0; i < 5; i++)
        {
            using var failed = await client.SignInAsync(email, "Verkeerd-Wachtwoord-" + i + "!");
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        Assert.Equal(lockedAt.AddMinutes(15), await LockoutEndAsync(host, email));
        using var atOnce = await client.SignInAsync(email, StaffWebFactory.Password);
        clock.Advance(TimeSpan.FromMinutes(14));
        using var after14Minutes = await client.SignInAsync(email, StaffWebFactory.Password);
        clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        using var after15Minutes = await client.SignInAsync(email, StaffWebFactory.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, atOnce.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after14Minutes.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after15Minutes.StatusCode);
    }

    [Fact]
    public async Task TheHostsUserManager_IsTheOneOnTheInjectedClock()
    {
        await using var scope = factory.Services.CreateAsyncScope();

        Assert.IsType<StaffUserManager>(scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>());
        Assert.IsType<StaffUserManager>(scope.ServiceProvider.GetRequiredService<SignInManager<StaffUser>>().UserManager);
    }

    private static async Task<DateTimeOffset?> LockoutEndAsync(WebApplicationFactory<Program> host, string email)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        return await users.GetLockoutEndDateAsync((await users.FindByEmailAsync(email))!);
    }
}

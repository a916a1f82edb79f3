using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace IntakeBot.Bot.Staff.Identity;

/// <summary>
/// Checks the six-digit codes of a staff member's authenticator app on the injected <see cref="TimeProvider"/>.
/// It replaces Identity's <c>AuthenticatorTokenProvider</c>, which reads the system clock and accepts a code again
/// as long as it is current: here a code is accepted for the step before, the current step and the step after (so a
/// clock that is up to 30 seconds off still works), and only once: after a code was accepted, codes of that step
/// and of earlier steps are refused, so a code seen over someone's shoulder or in a proxy log cannot be used again.
/// </summary>
/// <remarks>
/// The last accepted step is kept as an Identity user token, saved with the user's concurrency stamp: of two
/// sign-ins with the same code at the same moment, one fails.
/// </remarks>
internal sealed class StaffAuthenticatorTokenProvider(TimeProvider time) : IUserTwoFactorTokenProvider<StaffUser>
{
    /// <summary>The name under which the provider is registered and set as Identity's authenticator provider.</summary>
    public const string ProviderName = "StaffAuthenticator";

    /// <summary>Where the last accepted step is stored (Identity's user tokens).</summary>
    public const string LoginProvider = "[StaffAuthenticator]";

    /// <summary>The user token that holds the last accepted step.</summary>
    public const string LastStepToken = "LastTimestep";

    /// <summary>How many steps before and after the current one are accepted.</summary>
    public const int Drift = 1;

    /// <inheritdoc />
    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<StaffUser> manager, StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user).ConfigureAwait(false));
    }

    /// <summary>Nothing: the codes come from the staff member's app, never from the server.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<StaffUser> manager, StaffUser user) => Task.FromResult(string.Empty);

    /// <inheritdoc />
    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<StaffUser> manager, StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        if (token is not { Length: 6 } || !token.All(char.IsAsciiDigit)
            || await manager.GetAuthenticatorKeyAsync(user).ConfigureAwait(false) is not { } text
            || StaffAuthenticatorCodes.DecodeKey(text) is not { } key)
        {
            return false;
        }

        var now = StaffAuthenticatorCodes.TimestepAt(time.GetUtcNow());
        var last = await LastStepAsync(manager, user).ConfigureAwait(false);
        var given = Encoding.ASCII.GetBytes(token);
        long? matched = null;
        for (var step = now - Drift; step <= now + Drift; step++)
        {
            // Every step is compared, in constant time, so the timing does not tell which one matched.
            if (CryptographicOperations.FixedTimeEquals(given, Encoding.ASCII.GetBytes(StaffAuthenticatorCodes.Code(key, step))) && step > last)
            {
                matched ??= step;
            }
        }

        if (matched is not { } accepted)
        {
            return false;
        }

        var saved = await manager.SetAuthenticationTokenAsync(user, LoginProvider, LastStepToken, accepted.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        return saved.Succeeded;
    }

    private static async Task<long> LastStepAsync(UserManager<StaffUser> manager, StaffUser user) =>
        long.TryParse(await manager.GetAuthenticationTokenAsync(user, LoginProvider, LastStepToken).ConfigureAwait(false), NumberStyles.None, CultureInfo.InvariantCulture, out var last)
            ? last
            : long.MinValue;
}

using IntakeBot.Bot.Staff.Identity;

namespace IntakeBot.Bot.Tests.Staff.Web;

/// <summary>
/// The code an authenticator app shows at a moment, from the shared key the account page shows. It uses the host's
/// own RFC 6238 code (<see cref="StaffAuthenticatorCodes"/>), which <c>StaffAuthenticatorCodesTests</c> holds to the
/// RFC's test vectors and Base32 as Identity writes it.
/// </summary>
internal static class Totp
{
    public static string Code(string base32Key, DateTimeOffset at) =>
        StaffAuthenticatorCodes.Code(
            StaffAuthenticatorCodes.DecodeKey(base32Key) ?? throw new ArgumentException("The shared key is not Base32.", nameof(base32Key)),
            StaffAuthenticatorCodes.TimestepAt(at));
}

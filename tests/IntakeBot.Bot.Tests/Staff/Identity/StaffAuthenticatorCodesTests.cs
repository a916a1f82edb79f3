using System.Text;
using IntakeBot.Bot.Staff.Identity;

namespace IntakeBot.Bot.Tests.Staff.Identity;

public sealed class StaffAuthenticatorCodesTests
{
    // RFC 6238, appendix B (SHA-1, key "12345678901234567890"): the eight-digit values, of which apps show the last six.
    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1111111111L, "050471")]
    [InlineData(1234567890L, "005924")]
    [InlineData(2000000000L, "279037")]
    [InlineData(20000000000L, "353130")]
    public void Codes_MatchTheRfc6238TestVectors(long unixSeconds, string expected)
    {
        var key = Encoding.ASCII.GetBytes("12345678901234567890");
        var step = StaffAuthenticatorCodes.TimestepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));

        Assert.Equal(expected, StaffAuthenticatorCodes.Code(key, step));
    }

    [Fact]
    public void DecodeKey_ReadsBase32AsIdentityAndAppsWriteIt()
    {
        // "12345678901234567890" in Base32, also in the lower-case groups of four that the account page shows.
        const string Upper = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
        var expected = Encoding.ASCII.GetBytes("12345678901234567890");

        Assert.Equal(expected, StaffAuthenticatorCodes.DecodeKey(Upper));
        Assert.Equal(expected, StaffAuthenticatorCodes.DecodeKey("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));
        Assert.Equal(expected, StaffAuthenticatorCodes.DecodeKey(Upper + "===="));
    }

    [Theory]
    [InlineData("GEZDGNBVGY3TQOJ1")]
    [InlineData("GEZDGNBV-GY3TQOJQ")]
    [InlineData("")]
    [InlineData("   ")]
    public void DecodeKey_RefusesTextThatIsNotBase32(string text)
    {
        Assert.Null(StaffAuthenticatorCodes.DecodeKey(text));
    }
}

using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;
using IntakeBot.Intake.Conversation;

namespace IntakeBot.Intake.Tests;

/// <summary>The withdraw check accepts the e-mail address or phone number of the case in any usual spelling, nothing else.</summary>
public sealed class WithdrawalCheckTests
{
    private static readonly IntakeCase Case = new(
        "KL-7F3K-9Q", "kracht-den-haag", Kind.Klacht, CaseStatus.Nieuw, DateTimeOffset.UnixEpoch, "test", "c1", "nl", [],
        new Dictionary<string, string> { ["email"] = "sanne@example.nl", ["phone"] = "+31612345678" });

    [Theory]
    [InlineData("sanne@example.nl", true)]
    [InlineData("  SANNE@Example.NL ", true)]
    [InlineData("0612345678", true)]
    [InlineData("06 12 34 56 78", true)]
    [InlineData("+31 6 12345678", true)]
    [InlineData("0031612345678", true)]
    [InlineData("0612345679", false)]
    [InlineData("anne@example.nl", false)]
    [InlineData("12345678", false)]
    [InlineData("", false)]
    public void The_check_matches_only_the_cases_own_contact(string given, bool matches)
    {
        Assert.Equal(matches, Withdrawal.Matches(Case, given));
    }
}

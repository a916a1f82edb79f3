using FsCheck;
using IntakeBot.Testing;

namespace IntakeBot.Fuzz.Tests.Support;

/// <summary>How many cases a property runs: the short count always, the long one with INTAKEBOT_LONG_TESTS=1.</summary>
internal static class FuzzRuns
{
    /// <summary>A QuickThrowOnFailure config with <paramref name="shortCount"/> or <paramref name="longCount"/> cases.</summary>
    public static Config Cases(int shortCount, int longCount) =>
        Config.QuickThrowOnFailure.WithMaxTest(LongTests.Enabled ? longCount : shortCount).WithQuietOnSuccess(true);
}

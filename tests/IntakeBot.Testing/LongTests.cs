namespace IntakeBot.Testing;

/// <summary>
/// Whether the long versions of the crash, concurrency and fuzz tests run (<c>INTAKEBOT_LONG_TESTS=1</c>, set by
/// <c>./run-tests.sh --long</c>). Without it each such test runs its short version, which CI always runs.
/// </summary>
public static class LongTests
{
    /// <summary>The environment variable that switches the long versions on.</summary>
    public const string EnvironmentVariable = "INTAKEBOT_LONG_TESTS";

    /// <summary>True when <see cref="EnvironmentVariable"/> is "1".</summary>
    public static bool Enabled => Environment.GetEnvironmentVariable(EnvironmentVariable) == "1";
}

namespace IntakeBot.Testing.Processes;

/// <summary>How <see cref="BotProcess"/> starts the host.</summary>
/// <param name="DataFolder">
/// The caller's folder for the host's data: the working directory of the process and, unless
/// <see cref="Settings"/> says otherwise, the folder of the SQLite file (<c>intakebot.db</c>), the Data Protection keys
/// (<c>keys/</c>) and the generated Direct Line secret (<c>directline-secret</c>). It is kept across restarts and never
/// deleted by <see cref="BotProcess"/>.
/// </param>
public sealed record BotProcessOptions(string DataFolder)
{
    /// <summary>
    /// Configuration passed as command-line <c>--Key=Value</c> pairs (keys with ':' as in appsettings, e.g.
    /// <c>Storage:Provider</c>). They win over the defaults <see cref="BotProcess"/> sets and over environment variables.
    /// </summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Extra environment variables for the process (e.g. <c>DirectLine__Secret</c>, to keep a secret out of the
    /// process's command line). The test process's own environment is inherited.
    /// </summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>ASP.NET Core's environment name. Default <c>Production</c>, the way the host is deployed.</summary>
    public string EnvironmentName { get; init; } = "Production";

    /// <summary>How long to wait for <c>/readyz</c> after each start. Default 2 minutes (a busy CI machine).</summary>
    public TimeSpan ReadyTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How long <see cref="BotProcess.StopAsync"/> waits after SIGTERM before it kills. Default 30 seconds.</summary>
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The host's IntakeBot.Bot.dll. Default: bot/IntakeBot.Bot/bin/&lt;the build configuration of IntakeBot.Testing, i.e.
    /// of the test run&gt;/net10.0/IntakeBot.Bot.dll in the repository.
    /// </summary>
    public string? HostPath { get; init; }

    /// <summary>How many output lines are kept (the oldest are dropped beyond it). Default 20,000.</summary>
    public int MaxOutputLines { get; init; } = 20_000;
}

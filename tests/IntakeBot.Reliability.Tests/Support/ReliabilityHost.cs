using System.Security.Cryptography;
using IntakeBot.Testing.Processes;

namespace IntakeBot.Reliability.Tests.Support;

/// <summary>A <see cref="BotProcess"/> with a known Direct Line secret and its data in a temporary folder, and clients for it.</summary>
internal sealed class ReliabilityHost : IAsyncDisposable
{
    private readonly TemporaryFolder _folder;

    private ReliabilityHost(TemporaryFolder folder, BotProcess bot, string secret, IReadOnlyList<string> storageArguments)
    {
        _folder = folder;
        StorageArguments = storageArguments;
        Bot = bot;
        Http = new HttpClient { BaseAddress = bot.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        DirectLine = new DirectLineClient(Http, secret);
    }

    public BotProcess Bot { get; }

    public HttpClient Http { get; }

    public DirectLineClient DirectLine { get; }

    /// <summary>The storage settings as <c>--Key=Value</c>, for the host's admin commands.</summary>
    public IReadOnlyList<string> StorageArguments { get; }

    /// <summary>Starts the host on SQLite, or with <paramref name="settings"/> added (e.g. PostgreSQL).</summary>
    public static async Task<ReliabilityHost> StartAsync(params (string Key, string Value)[] settings)
    {
        var folder = new TemporaryFolder("intakebot-reliability-");
        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var all = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["DirectLine:Secret"] = secret,
            ["Logging:LogLevel:Default"] = "Warning",
            // Every simulated person posts from 127.0.0.1, and the long versions send thousands of requests a minute:
            // the rate limits (proven in IntakeBot.Fuzz.Tests) would answer 429 and test the limiter instead of recovery.
            ["Limits:Enabled"] = "false",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        try
        {
            var bot = await BotProcess.StartAsync(new BotProcessOptions(folder.Path) { Settings = all });
            all["Storage:SqlitePath"] = bot.SqlitePath;
            var storage = all.Where(setting => setting.Key.StartsWith("Storage:", StringComparison.OrdinalIgnoreCase)).Select(setting => $"--{setting.Key}={setting.Value}").ToList();
            return new ReliabilityHost(folder, bot, secret, storage);
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Bot.DisposeAsync();
        _folder.Dispose();
    }
}

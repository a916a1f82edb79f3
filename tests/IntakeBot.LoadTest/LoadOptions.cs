using System.Globalization;

namespace IntakeBot.LoadTest;

/// <summary>The command line of the load tool. Every option has a default; bad values give a clear error.</summary>
internal sealed record LoadOptions(
    Uri? Url,
    string Mode,
    int Users,
    TimeSpan Duration,
    TimeSpan Warmup,
    int? ServerPid,
    string? Secret,
    string Storage,
    string? PostgresConnectionString,
    int IdleConversations,
    bool Stream,
    int? Rate = null)
{
    public const string Usage = """
        IntakeBot load tool: synthetic users run whole intakes and the tool reports turns/s, latency and server memory.

          --url URL          a running host (default: start bot/IntakeBot.Bot's Release build on a free port)
          --mode M           directline (default) or connector (POST /api/messages, deliveryMode expectReplies;
                             the started host runs in Development so the emulator mode accepts it)
          --users N          concurrent conversations (default 200)
          --duration S       seconds of measured load (default 30)
          --warmup S         seconds of unmeasured load first (default 5)
          --server-pid P     read peak memory of this process (with --url)
          --secret S         Direct Line secret of the host at --url
          --storage S        sqlite (default) or postgres, for a started host
          --postgres CS      PostgreSQL connection string for --storage postgres
          --idle N           also measure server memory per idle conversation with N extra conversations (default 0)
          --stream           directline: read replies from the WebSocket stream instead of polling
          --rate R           open loop: offer R turns/s in total, spread evenly over the users (each sends every
                             users/R seconds); latency counts from the scheduled send time, so a slow server cannot
                             hide its queueing (no coordinated omission). Default: closed loop, no think time
        """;

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions(null, "directline", 200, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(5), null, null, "sqlite", null, 0, false);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--stream")
            {
                options = options with { Stream = true };
                continue;
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{name} needs a value.");
            }

            var value = args[++i];
            options = name switch
            {
                "--url" => options with { Url = Uri.TryCreate(value, UriKind.Absolute, out var url) ? url : throw new ArgumentException($"--url: '{value}' is not an absolute URL.") },
                "--mode" => options with { Mode = value is "directline" or "connector" ? value : throw new ArgumentException("--mode is directline or connector.") },
                "--users" => options with { Users = Positive(name, value, 10_000) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Positive(name, value, 86_400)) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(Positive(name, value, 3_600, allowZero: true)) },
                "--server-pid" => options with { ServerPid = Positive(name, value, int.MaxValue) },
                "--secret" => options with { Secret = value },
                "--storage" => options with { Storage = value is "sqlite" or "postgres" ? value : throw new ArgumentException("--storage is sqlite or postgres.") },
                "--postgres" => options with { PostgresConnectionString = value },
                "--idle" => options with { IdleConversations = Positive(name, value, 1_000_000, allowZero: true) },
                "--rate" => options with { Rate = Positive(name, value, 1_000_000) },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }

        if (options.Url is not null && options.Mode == "directline" && options.Secret is null)
        {
            throw new ArgumentException("--url with --mode directline needs --secret (the host's Direct Line secret).");
        }

        if (options.Storage == "postgres" && options.PostgresConnectionString is null && options.Url is null)
        {
            throw new ArgumentException("--storage postgres needs --postgres <connection string>.");
        }

        return options;
    }

    private static int Positive(string name, string value, int max, bool allowZero = false) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= max && (n > 0 || allowZero)
            ? n
            : throw new ArgumentException($"{name}: '{value}' must be a whole number from {(allowZero ? 0 : 1)} to {max}.");
}

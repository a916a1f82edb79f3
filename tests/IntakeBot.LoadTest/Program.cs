using System.Diagnostics;
using System.Globalization;
using Bogus;
using IntakeBot.LoadTest;

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

ServerProcess? server = null;
try
{
    if (options.Url is null)
    {
        Console.Error.WriteLine("Starting the host (Release build)…");
        server = await ServerProcess.StartAsync(options, stop.Token);
    }

    var baseUrl = options.Url ?? server!.Url;
    var pid = options.ServerPid ?? server?.Pid;
    using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Users + 16, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
    using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
    ITurnDriver driver = options.Mode == "connector"
        ? new ConnectorDriver(http, baseUrl)
        : new DirectLineDriver(http, baseUrl, options.Secret ?? server!.Secret, options.Stream);

    var results = new LoadResults();
    using var end = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
    var counter = 0;
    var start = Stopwatch.GetTimestamp();
    var users = Enumerable.Range(0, options.Users).Select(user => Task.Run(() => RunUserAsync(new Pacer(options.Rate, options.Users, user, start), end.Token))).ToArray();

    await Task.Delay(options.Warmup, stop.Token);
    var cpu = new CpuWindow(pid);
    results.Recording = true;
    var clock = Stopwatch.StartNew();
    await Task.Delay(options.Duration, stop.Token);
    results.Recording = false;
    var measured = clock.Elapsed;
    cpu.Stop();
    end.Cancel();
    await Task.WhenAll(users);

    string? idle = null;
    if (options.IdleConversations > 0 && pid is { } serverPid)
    {
        idle = await MeasureIdleAsync(serverPid);
    }

    Console.WriteLine(results.Report(options, measured, pid is { } p ? MemorySampler.Peak(p) : null, idle, cpu));
    return 0;

    async Task RunUserAsync(Pacer pacer, CancellationToken cancellationToken)
    {
        var faker = new Faker("nl");
        while (!cancellationToken.IsCancellationRequested)
        {
            var number = Interlocked.Increment(ref counter);
            try
            {
                await using var session = await driver.StartAsync(number, cancellationToken);
                IReadOnlyList<string> last = [];
                foreach (var text in IntakeScripts.For(number, faker))
                {
                    var started = await pacer.NextAsync(cancellationToken);
                    last = await session.SendAsync(text, cancellationToken);
                    results.Turn(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }

                if (last.Any(IntakeScripts.IsSubmitted))
                {
                    results.Completed();
                }
            }
            catch (LoadTurnException exception)
            {
                results.Error(exception.Reason);
            }
            catch (HttpRequestException exception)
            {
                results.Error("http: " + exception.HttpRequestError.ToString());
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (TaskCanceledException)
            {
                results.Error("http timeout");
            }
        }
    }

    async Task<string> MeasureIdleAsync(int serverPid)
    {
        // Idle conversations: started and answered once, then left. The state lives in storage, so the server should
        // hold little per conversation. RSS also moves with costs that are not per conversation (SQLite page caches
        // filling, the GC growing and trimming its heap), so it is sampled after each fifth of the conversations and the
        // least-squares slope of RSS over the number started is the cost of one more idle conversation.
        const int Steps = 5;
        await Task.Delay(TimeSpan.FromSeconds(3));
        var sessions = new List<IConversationSession>();
        var points = new List<(double Conversations, double Rss)> { (0, MemorySampler.Resident(serverPid) ?? 0) };
        var started = 0;
        for (var step = 1; step <= Steps; step++)
        {
            var count = (options.IdleConversations * step / Steps) - started;
            await StartIdleAsync(started, count, sessions);
            started += count;
            await Task.Delay(TimeSpan.FromSeconds(3));
            points.Add((started, MemorySampler.Resident(serverPid) ?? 0));
        }

        foreach (var session in sessions)
        {
            await session.DisposeAsync();
        }

        var meanX = points.Average(p => p.Conversations);
        var meanY = points.Average(p => p.Rss);
        var slope = points.Sum(p => (p.Conversations - meanX) * (p.Rss - meanY)) / points.Sum(p => (p.Conversations - meanX) * (p.Conversations - meanX));
        var samples = string.Join(" → ", points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Rss / 1048576.0:0}")));
        var growth = (points[^1].Rss - points[0].Rss) / options.IdleConversations;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"idle: {options.IdleConversations} conversations, RSS MB after each fifth {samples}; slope ≈ {slope / 1024:0.00} KB per idle conversation, total growth ≈ {growth / 1024:0.00} KB per conversation");
    }

    async Task StartIdleAsync(int first, int count, List<IConversationSession> sessions)
    {
        using var gate = new SemaphoreSlim(32);
        var tasks = Enumerable.Range(first, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var session = await driver.StartAsync(1_000_000 + i, CancellationToken.None);
                await session.SendAsync("hoi", CancellationToken.None);
                lock (sessions)
                {
                    sessions.Add(session);
                }
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(tasks);
    }
}
catch (InvalidOperationException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 1;
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    Console.Error.WriteLine("Stopped.");
    return 130;
}
finally
{
    if (server is not null)
    {
        await server.DisposeAsync();
    }
}

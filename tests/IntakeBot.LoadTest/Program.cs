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
        // hold little per conversation; RSS also counts garbage not yet collected, so this is an upper bound.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var before = MemorySampler.Resident(serverPid) ?? 0;
        var faker = new Faker("nl");
        var sessions = new List<IConversationSession>();
        using var gate = new SemaphoreSlim(32);
        var tasks = Enumerable.Range(0, options.IdleConversations).Select(async i =>
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
        await Task.Delay(TimeSpan.FromSeconds(5));
        var after = MemorySampler.Resident(serverPid) ?? 0;
        foreach (var session in sessions)
        {
            await session.DisposeAsync();
        }

        var perConversation = (after - before) / (double)options.IdleConversations;
        return string.Create(CultureInfo.InvariantCulture, $"idle: {options.IdleConversations} conversations, RSS {before / 1048576.0:0} MB → {after / 1048576.0:0} MB, ≈ {Math.Max(0, perConversation) / 1024:0.0} KB per idle conversation (upper bound)");
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

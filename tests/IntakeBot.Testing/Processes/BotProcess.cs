using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Reflection;

namespace IntakeBot.Testing.Processes;

/// <summary>
/// The built host (IntakeBot.Bot.dll, run with <c>dotnet</c>) as a real process on a free 127.0.0.1 port, for tests that
/// need what an in-process host cannot give: a SIGKILL, a restart on the same data, two instances.
/// </summary>
/// <remarks>
/// <para>
/// Configuration goes on the command line as <c>--Key=Value</c> (<see cref="BotProcessOptions.Settings"/>), after
/// <c>--urls http://127.0.0.1:&lt;port&gt;</c>. Defaults, each overridable: <c>Storage:SqlitePath</c> =
/// <c>&lt;DataFolder&gt;/intakebot.db</c> and <c>Logging:LogLevel:Microsoft.AspNetCore</c> = <c>Warning</c> (no two lines
/// per request). For PostgreSQL pass <c>Storage:Provider=postgres</c> and <c>Storage:PostgresConnectionString</c>.
/// </para>
/// <para>
/// The Direct Line secret: the host takes <c>DirectLine:Secret</c> (and the list <c>DirectLine:Secrets:0</c>, ...) from
/// its configuration; pass one in <see cref="BotProcessOptions.Settings"/> (<c>["DirectLine:Secret"] = secret</c>, at
/// least 32 characters, e.g. <c>Convert.ToHexString(RandomNumberGenerator.GetBytes(32))</c>) or, to keep it off the
/// command line, in <see cref="BotProcessOptions.Environment"/> as <c>DirectLine__Secret</c>. Without one the host
/// generates a secret and keeps it in <c>directline-secret</c> next to the SQLite file (see DirectLineSecretSource in
/// the host; <c>DirectLine:GeneratedSecretPath</c> moves it), so <see cref="GeneratedDirectLineSecret"/> reads it after
/// the start, and it stays the same across restarts. Clients then call the Direct Line API with
/// <c>Authorization: Bearer &lt;secret&gt;</c> (or a token from <c>POST /v3/directline/tokens/generate</c>).
/// </para>
/// <para>
/// The host must be built first: give the test project a ProjectReference to bot/IntakeBot.Bot with
/// <c>ReferenceOutputAssembly=false</c>. Disposing always leaves no process behind, and the test process's exit kills
/// it too.
/// </para>
/// </remarks>
public sealed class BotProcess : IAsyncDisposable
{
    private const string DefaultLogLevelKey = "Logging:LogLevel:Microsoft.AspNetCore";

    private readonly BotProcessOptions _options;
    private readonly string _hostPath;
    private readonly Lock _gate = new();
    private Process? _process;
    private bool _disposed;

    private BotProcess(BotProcessOptions options, string hostPath, int port)
    {
        _options = options;
        _hostPath = hostPath;
        Port = port;
        BaseAddress = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));
        Output = new ProcessOutput(options.MaxOutputLines);
        AppDomain.CurrentDomain.ProcessExit += OnTestProcessExit;
    }

    /// <summary>The host's address, <c>http://127.0.0.1:&lt;port&gt;/</c>; the same after <see cref="RestartAsync"/>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The port, kept across restarts.</summary>
    public int Port { get; }

    /// <summary>The data folder given in the options.</summary>
    public string DataFolder => _options.DataFolder;

    /// <summary>The SQLite file the host uses (the <c>Storage:SqlitePath</c> setting, or its default under the data folder).</summary>
    public string SqlitePath => _options.Settings.TryGetValue("Storage:SqlitePath", out var path) ? Path.GetFullPath(path, DataFolder) : Path.Combine(DataFolder, "intakebot.db");

    /// <summary>The process id of the current (or last) start.</summary>
    /// <exception cref="InvalidOperationException">The host was never started.</exception>
    public int Pid => Current().Id;

    /// <summary>Whether the current process is still alive.</summary>
    public bool IsRunning
    {
        get
        {
            var process = _process;
            return process is not null && !process.HasExited;
        }
    }

    /// <summary>Every start's stdout and stderr, with a "test" line at each start, kill and stop.</summary>
    public ProcessOutput Output { get; }

    /// <summary>The secret the host generated when none was configured (see the remarks); null before it exists.</summary>
    public string? GeneratedDirectLineSecret
    {
        get
        {
            var path = _options.Settings.TryGetValue("DirectLine:GeneratedSecretPath", out var configured)
                ? Path.GetFullPath(configured, DataFolder)
                : Path.Combine(Path.GetDirectoryName(SqlitePath)!, "directline-secret");
            return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
        }
    }

    /// <summary>Starts the host on a free port and waits until <c>/readyz</c> answers 200.</summary>
    /// <exception cref="FileNotFoundException">The host is not built.</exception>
    /// <exception cref="InvalidOperationException">The host exited or was not ready in time; the message holds its output.</exception>
    public static async Task<BotProcess> StartAsync(BotProcessOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(options.DataFolder);
        var hostPath = options.HostPath ?? DefaultHostPath();
        if (!File.Exists(hostPath))
        {
            throw new FileNotFoundException($"The host is not built at {hostPath}. Build it first (a ProjectReference to bot/IntakeBot.Bot with ReferenceOutputAssembly=false does it).", hostPath);
        }

        var bot = new BotProcess(options, hostPath, FreePort.Next());
        try
        {
            await bot.LaunchAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await bot.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return bot;
    }

    /// <summary>The default host path: the host's build output for the configuration this assembly was built in.</summary>
    public static string DefaultHostPath()
    {
        var configuration = typeof(BotProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration;
        return Path.Combine(RepositoryPaths.Root, "bot", "IntakeBot.Bot", "bin", string.IsNullOrEmpty(configuration) ? "Debug" : configuration, "net10.0", "IntakeBot.Bot.dll");
    }

    /// <summary>SIGKILL, no grace (the whole process tree), then waits until the process is gone. Nothing if it is not running.</summary>
    public void Kill()
    {
        var process = _process;
        if (process is null || process.HasExited)
        {
            return;
        }

        Output.Add("test", $"SIGKILL {process.Id}");
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }

        process.WaitForExit();
    }

    /// <summary>
    /// Graceful stop: SIGTERM (the host then finishes the requests in flight, within Hosting:ShutdownTimeout) and waits
    /// for the exit; after <see cref="BotProcessOptions.StopTimeout"/> it kills. Nothing if it is not running.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        var process = _process;
        if (process is null || process.HasExited)
        {
            return;
        }

        Output.Add("test", $"SIGTERM {process.Id}");
        if (OperatingSystem.IsWindows())
        {
            // Windows has no SIGTERM for another console process; a kill is the nearest.
            Kill();
            return;
        }

        await SendTerminateAsync(process.Id, cancellationToken).ConfigureAwait(false);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.StopTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Output.Add("test", $"no exit {_options.StopTimeout} after SIGTERM; killing");
            Kill();
        }
    }

    /// <summary>
    /// Starts the host again on the same port and data folder (stopping it gracefully first if it still runs) and waits
    /// for <c>/readyz</c>. Use after <see cref="Kill"/> to see what survives a crash.
    /// </summary>
    /// <exception cref="InvalidOperationException">The host exited or was not ready in time; the message holds its output.</exception>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await StopAsync(cancellationToken).ConfigureAwait(false);
        await LaunchAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Kills the process if it still runs (no grace: tests are over) and releases it.</summary>
    public ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return ValueTask.CompletedTask;
        }

        _disposed = true;
        AppDomain.CurrentDomain.ProcessExit -= OnTestProcessExit;
        Kill();
        _process?.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task LaunchAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(DotnetPath())
        {
            WorkingDirectory = DataFolder,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
        };
        foreach (var argument in Arguments())
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = _options.EnvironmentName;
        start.Environment["DOTNET_ENVIRONMENT"] = _options.EnvironmentName;
        start.Environment.Remove("ASPNETCORE_URLS");
        foreach (var (key, value) in _options.Environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Capture("out", e.Data);
        process.ErrorDataReceived += (_, e) => Capture("err", e.Data);
        lock (_gate)
        {
            _process?.Dispose();
            _process = process;
        }

        if (!process.Start())
        {
            throw new InvalidOperationException($"{start.FileName} did not start.");
        }

        Output.Add("test", $"started {process.Id} on {BaseAddress}");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitReadyAsync(process, cancellationToken).ConfigureAwait(false);
    }

    private List<string> Arguments()
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:SqlitePath"] = Path.Combine(DataFolder, "intakebot.db"),
            [DefaultLogLevelKey] = "Warning",
        };
        foreach (var (key, value) in _options.Settings)
        {
            settings[key] = value;
        }

        var arguments = new List<string> { _hostPath, "--urls", BaseAddress.GetLeftPart(UriPartial.Authority) };
        arguments.AddRange(settings.Select(setting => $"--{setting.Key}={setting.Value}"));
        return arguments;
    }

    private async Task WaitReadyAsync(Process process, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        var last = "no answer yet";
        while (watch.Elapsed < _options.ReadyTimeout)
        {
            if (process.HasExited)
            {
                throw Failure($"The host exited with code {process.ExitCode} while starting.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("readyz", UriKind.Relative), cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)}";
            }
            catch (HttpRequestException exception)
            {
                last = exception.GetType().Name;
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                last = "timeout";
            }

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }

        Kill();
        throw Failure($"The host did not answer 200 on /readyz within {_options.ReadyTimeout} (last: {last}).");
    }

    private InvalidOperationException Failure(string message) =>
        new($"{message} Host: {_hostPath}, data: {DataFolder}, address: {BaseAddress}.{System.Environment.NewLine}Output:{System.Environment.NewLine}{Output.Tail(200)}");

    private void Capture(string source, string? line)
    {
        if (line is not null)
        {
            Output.Add(source, line);
        }
    }

    private Process Current() => _process ?? throw new InvalidOperationException("The host was never started.");

    private void OnTestProcessExit(object? sender, EventArgs e) => Kill();

    private static async Task SendTerminateAsync(int pid, CancellationToken cancellationToken)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", pid.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("kill did not start.");
        await kill.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string DotnetPath() =>
        System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}

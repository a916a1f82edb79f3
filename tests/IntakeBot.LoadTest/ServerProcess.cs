using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace IntakeBot.LoadTest;

/// <summary>
/// Starts the host's Release build (bot/IntakeBot.Bot/bin/Release/net10.0) on a free loopback port with its data in a
/// temporary folder, waits for /healthz, and kills it (with its data) when disposed.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private ServerProcess(Process process, string folder, Uri url, string secret)
    {
        _process = process;
        _folder = folder;
        Url = url;
        Secret = secret;
    }

    public Uri Url { get; }

    public string Secret { get; }

    public int Pid => _process.Id;

    public static async Task<ServerProcess> StartAsync(LoadOptions options, CancellationToken cancellationToken)
    {
        var dll = Path.Combine(RepositoryRoot(), "bot", "IntakeBot.Bot", "bin", "Release", "net10.0", "IntakeBot.Bot.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"No Release build of the host at {dll}. Run: dotnet build -c Release bot/IntakeBot.Bot");
        }

        var folder = Directory.CreateTempSubdirectory("intakebot-load-").FullName;
        var port = FreePort();
        var url = new Uri($"http://127.0.0.1:{port}/");
        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = folder,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_URLS"] = url.ToString().TrimEnd('/');
        start.Environment["ASPNETCORE_ENVIRONMENT"] = options.Mode == "connector" ? "Development" : "Production";
        start.Environment["DirectLine__Secret"] = secret;
        start.Environment["DirectLine__SessionPermitLimit"] = "1000000";
        // 200 synthetic users from one IP are a script hammering by design: lift the request limits (Limits section).
        start.Environment["Limits__Enabled"] = "false";
        start.Environment["Storage__SqlitePath"] = Path.Combine(folder, "data", "intakebot.db");
        start.Environment["Storage__Provider"] = options.Storage;
        if (options.PostgresConnectionString is { } postgres)
        {
            start.Environment["Storage__PostgresConnectionString"] = postgres;
        }

        // The host logs at its defaults (Information; ASP.NET Core's per-request lines at Warning), as in production.
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                Console.Error.WriteLine("[server] " + line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, folder, url, secret);
        try
        {
            await server.WaitHealthyAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task WaitHealthyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode} while starting.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(Url, "healthz"), cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(250, cancellationToken).ConfigureAwait(false);
        }

        throw new InvalidOperationException("The host did not answer /healthz within 3 minutes.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "IntakeBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the load tool from inside the repository (IntakeBot.sln not found above it).");
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace IntakeBot.Testing.Postgres;

/// <summary>
/// A throwaway PostgreSQL cluster from the binaries of Debian's <c>postgresql</c> package: a data folder under the temp
/// folder, trust authentication, listening on 127.0.0.1 only, durability switched off (tests never need it).
/// initdb refuses to run as root, so as root the server runs as the <c>postgres</c> user.
/// </summary>
internal sealed class PostgresCluster
{
    private const string PackageRoot = "/usr/lib/postgresql";
    private readonly string _bin;
    private readonly string _folder;
    private readonly bool _asPostgresUser;

    private PostgresCluster(string bin, string folder, bool asPostgresUser, int port)
    {
        _bin = bin;
        _folder = folder;
        _asPostgresUser = asPostgresUser;
        Port = port;
    }

    public int Port { get; }

    public string AdminConnectionString => string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres");

    /// <exception cref="InvalidOperationException">PostgreSQL is not installed, or the cluster did not start; the message says what to do.</exception>
    public static PostgresCluster Start()
    {
        var bin = FindBinaries();
        var asPostgresUser = string.Equals(Environment.UserName, "root", StringComparison.Ordinal);
        var folder = Directory.CreateTempSubdirectory("intakebot-pg-").FullName;
        try
        {
            if (asPostgresUser)
            {
                Run("chown", ["postgres:postgres", folder]);
            }

            var cluster = new PostgresCluster(bin, folder, asPostgresUser, FreePort());
            cluster.RunTool("initdb", ["-D", cluster.DataFolder, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"]);
            cluster.RunTool("pg_ctl", ["start", "-w", "-t", "60", "-D", cluster.DataFolder, "-l", Path.Combine(folder, "server.log"), "-o", cluster.ServerOptions()]);
            cluster.StartWatchdog();
            return cluster;
        }
        catch
        {
            TryDelete(folder);
            throw;
        }
    }

    /// <summary>
    /// The test host may be killed before its exit handlers finish (or at all), so a small shell in its own session
    /// waits for this process to end, then stops the server and deletes the folder.
    /// </summary>
    private void StartWatchdog()
    {
        var stop = _asPostgresUser ? $"runuser -u postgres -- {_bin}/pg_ctl" : $"{_bin}/pg_ctl";
        var script = string.Create(
            CultureInfo.InvariantCulture,
            $"exec </dev/null >/dev/null 2>&1; while kill -0 {Environment.ProcessId}; do sleep 1; done; {stop} stop -m immediate -D {DataFolder}; rm -rf {_folder}");
        var start = new ProcessStartInfo("setsid", ["sh", "-c", script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var watchdog = Process.Start(start);
    }

    /// <summary>Stops the server at once (the data is thrown away) and deletes the folder. Never throws.</summary>
    public void Stop()
    {
        try
        {
            RunTool("pg_ctl", ["stop", "-w", "-m", "immediate", "-D", DataFolder]);
        }
        catch (InvalidOperationException)
        {
            // Already gone: nothing to stop.
        }

        TryDelete(_folder);
    }

    private string DataFolder => Path.Combine(_folder, "data");

    private string ServerOptions() => string.Create(
        CultureInfo.InvariantCulture,
        $"-c listen_addresses=127.0.0.1 -p {Port} -k {_folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300");

    private static string FindBinaries()
    {
        var versions = Directory.Exists(PackageRoot)
            ? Directory.GetDirectories(PackageRoot)
                .Where(folder => File.Exists(Path.Combine(folder, "bin", "initdb")) && File.Exists(Path.Combine(folder, "bin", "pg_ctl")))
                .OrderByDescending(folder => int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : 0)
                .ToList()
            : [];
        return versions.Count > 0
            ? Path.Combine(versions[0], "bin")
            : throw new InvalidOperationException(
                $"PostgreSQL is not installed: no initdb and pg_ctl under {PackageRoot}/*/bin. The PostgreSQL tests need it: install Debian's package " +
                $"(apt-get install postgresql; ./run-tests.sh does this), or set {PostgresTestServer.EnvironmentVariable} to an admin connection string of a server to use.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void RunTool(string tool, IReadOnlyList<string> arguments)
    {
        var path = Path.Combine(_bin, tool);
        if (_asPostgresUser)
        {
            Run("runuser", ["-u", "postgres", "--", path, .. arguments]);
        }
        else
        {
            Run(path, arguments);
        }
    }

    private static void Run(string file, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}: {error.Result}{output.Result}");
        }
    }

    private static void TryDelete(string folder)
    {
        // The server may still be removing its socket and pid file for a moment after pg_ctl returns.
        for (var attempt = 0; attempt < 5 && Directory.Exists(folder); attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(100);
            }
        }
    }
}

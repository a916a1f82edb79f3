using System.Net;
using System.Net.Sockets;
using IntakeBot.Testing;

namespace IntakeBot.Bot.Tests.DirectLine;

/// <summary>Microsoft's own client, botframework-directlinejs under Node, against the real host on a loopback port.</summary>
public sealed class DirectLineCompatibilityTests : IDisposable
{
    private readonly DirectLineHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task DirectLineJs_StartsAConversation_AndExchangesMessages_OverWebSocketAndPolling()
    {
        var port = FreePort();
        _host.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        _host.StartServer();
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "directline-compat");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "botframework-directlinejs")))
        {
            var (installed, installOutput) = await NodeProcess.RunAsync("npm", folder, "ci", "--no-audit", "--no-fund");
            Assert.True(installed == 0, $"npm ci failed in {folder}:\n{installOutput}");
        }

        var (exitCode, output) = await NodeProcess.RunAsync("node", folder, "compat.js", $"http://127.0.0.1:{port}", DirectLineHost.Secret);

        Assert.True(exitCode == 0, $"directline-compat failed (exit {exitCode}):\n{output}");
        Assert.Contains("websocket OK", output, StringComparison.Ordinal);
        Assert.Contains("polling OK", output, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Net;
using System.Net.Sockets;

namespace IntakeBot.Testing.Processes;

/// <summary>Free TCP ports on the loopback interface.</summary>
public static class FreePort
{
    /// <summary>
    /// A port that was free a moment ago (the operating system's pick). Another process could take it before the caller
    /// binds it; that is rare enough for tests, and the start then fails with a clear error.
    /// </summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Net;
using System.Net.Sockets;
using System.Text;

namespace IntakeBot.Testing.Smtp;

/// <summary>
/// A tiny SMTP server on 127.0.0.1 for tests: EHLO/HELO, MAIL FROM, RCPT TO, DATA, RSET, NOOP and QUIT, no TLS and no
/// AUTH. It collects every message. <see cref="RejectMailWith"/> and <see cref="RejectDataWith"/> force a reply such as
/// "451 4.3.0 Try again later"; <see cref="Silent"/> makes it hang; <see cref="StopAsync"/> closes the port (connection refused) and
/// <see cref="StartAsync"/> on the same port brings it back.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<SmtpTestMessage> _messages = [];
    private TcpListener? _listener;
    private CancellationTokenSource? _stop;
    private Task? _accepting;
    private int _connections;

    private SmtpTestServer()
    {
    }

    /// <summary>The port (chosen by the system at the first start).</summary>
    public int Port { get; private set; }

    /// <summary>A forced reply to MAIL FROM, or null to accept.</summary>
    public string? RejectMailWith { get; set; }

    /// <summary>A forced reply to RCPT TO, or null to accept.</summary>
    public string? RejectRecipientWith { get; set; }

    /// <summary>A forced reply after the DATA, or null to accept.</summary>
    public string? RejectDataWith { get; set; }

    /// <summary>When true, new connections are accepted and then never answered (a hung server).</summary>
    public bool Silent { get; set; }

    /// <summary>How many connections were accepted.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>The messages received so far.</summary>
    public IReadOnlyList<SmtpTestMessage> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>Starts a server on a free loopback port.</summary>
    public static async Task<SmtpTestServer> StartNewAsync()
    {
        var server = new SmtpTestServer();
        await server.StartAsync().ConfigureAwait(false);
        return server;
    }

    /// <summary>Listens (again) on <see cref="Port"/>, or on a free port the first time.</summary>
    public Task StartAsync()
    {
        var listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _listener = listener;
        _stop = new CancellationTokenSource();
        _accepting = AcceptAsync(listener, _stop.Token);
        return Task.CompletedTask;
    }

    /// <summary>Stops listening; new connections are refused until <see cref="StartAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (_listener is null)
        {
            return;
        }

        await _stop!.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        try
        {
            await _accepting!.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
        _listener = null;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private async Task AcceptAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            Interlocked.Increment(ref _connections);
            _ = Task.Run(() => ServeAsync(client, cancellationToken), CancellationToken.None);
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken cancellationToken)
    {
        using var _ = client;
        try
        {
            if (Silent)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }

            var stream = client.GetStream();
            using var reader = new StreamReader(stream, new UTF8Encoding(false), false, 4096, leaveOpen: true);
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 4096, leaveOpen: true) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 localhost IntakeBot test SMTP").ConfigureAwait(false);
            string? from = null;
            var recipients = new List<string>();
            while (!cancellationToken.IsCancellationRequested && await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                var verb = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-localhost\r\n250-8BITMIME\r\n250 SMTPUTF8").ConfigureAwait(false);
                        break;
                    case "HELO":
                        await writer.WriteLineAsync("250 localhost").ConfigureAwait(false);
                        break;
                    case "MAIL":
                        from = Address(line);
                        recipients.Clear();
                        await writer.WriteLineAsync(RejectMailWith ?? "250 OK").ConfigureAwait(false);
                        break;
                    case "RCPT":
                        if (RejectRecipientWith is { } rejectRecipient)
                        {
                            await writer.WriteLineAsync(rejectRecipient).ConfigureAwait(false);
                            break;
                        }

                        recipients.Add(Address(line));
                        await writer.WriteLineAsync("250 OK").ConfigureAwait(false);
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>").ConfigureAwait(false);
                        var data = await ReadDataAsync(reader, cancellationToken).ConfigureAwait(false);
                        if (RejectDataWith is { } rejectData)
                        {
                            await writer.WriteLineAsync(rejectData).ConfigureAwait(false);
                            break;
                        }

                        lock (_gate)
                        {
                            _messages.Add(new SmtpTestMessage(from ?? string.Empty, [.. recipients], data));
                        }

                        await writer.WriteLineAsync("250 OK queued").ConfigureAwait(false);
                        break;
                    case "RSET":
                    case "NOOP":
                        await writer.WriteLineAsync("250 OK").ConfigureAwait(false);
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 Bye").ConfigureAwait(false);
                        return;
                    default:
                        await writer.WriteLineAsync("502 Command not implemented").ConfigureAwait(false);
                        break;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // The client went away or the server stops: nothing to collect.
        }
    }

    private static async Task<string> ReadDataAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line && line != ".")
        {
            data.Append(line.StartsWith("..", StringComparison.Ordinal) ? line[1..] : line).Append("\r\n");
        }

        return data.ToString();
    }

    private static string Address(string line)
    {
        var open = line.IndexOf('<', StringComparison.Ordinal);
        var close = line.IndexOf('>', StringComparison.Ordinal);
        return open >= 0 && close > open ? line[(open + 1)..close] : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}

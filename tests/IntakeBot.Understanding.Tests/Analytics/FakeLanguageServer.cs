using System.Net;
using System.Net.Sockets;
using System.Text;

namespace IntakeBot.Understanding.Tests.Analytics;

/// <summary>
/// A local stand-in for Azure AI Language on 127.0.0.1: replays queued responses in order (the last one
/// repeats) and records every request it receives.
/// </summary>
internal sealed class FakeLanguageServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Queue<(int Status, string Body)> _responses = new();
    private readonly Task _loop;
    private (int Status, string Body) _last = (500, "{}");

    public FakeLanguageServer()
    {
        var port = FreePort();
        Endpoint = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Endpoint.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Endpoint { get; }

    public List<(string Method, string PathAndQuery, string? Key, string Body)> Requests { get; } = [];

    public FakeLanguageServer Reply(int status, string body)
    {
        lock (_responses)
        {
            _responses.Enqueue((status, body));
        }

        return this;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (HttpListenerException)
        {
            // Stopping the listener ends the pending GetContextAsync.
        }
        catch (ObjectDisposedException)
        {
            // Same, on some platforms.
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            (int Status, string Body) response;
            lock (_responses)
            {
                Requests.Add((context.Request.HttpMethod, context.Request.Url!.PathAndQuery, context.Request.Headers["Ocp-Apim-Subscription-Key"], body));
                response = _responses.Count > 0 ? _last = _responses.Dequeue() : _last;
            }

            var bytes = Encoding.UTF8.GetBytes(response.Body);
            context.Response.StatusCode = response.Status;
            context.Response.ContentType = "application/json";
            if (response.Status == 429)
            {
                context.Response.Headers["Retry-After"] = "0";
            }

            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}

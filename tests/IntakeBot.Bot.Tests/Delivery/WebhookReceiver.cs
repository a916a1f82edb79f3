using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IntakeBot.Bot.Tests.Delivery;

/// <summary>
/// A webhook receiver as an organisation would write one: Kestrel on 127.0.0.1, verifying
/// <c>X-IntakeBot-Signature</c> with its own copy of the secret (constant-time compare, timestamp within 5 minutes of
/// <see cref="Now"/>). A bad signature gets 401. <see cref="Replies"/> queues the status codes to answer valid calls with.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _secret;

    private WebhookReceiver(WebApplication app, string secret)
    {
        _app = app;
        _secret = secret;
    }

    public ConcurrentQueue<int> Replies { get; } = new();

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    public Func<DateTimeOffset> Now { get; set; } = () => DateTimeOffset.UtcNow;

    public Uri Url => new(_app.Urls.First() + "/hooks/intakebot");

    public static async Task<WebhookReceiver> StartAsync(string secret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, secret);
        app.MapPost("/hooks/intakebot", receiver.HandleAsync);
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> HandleAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var timestamp = request.Headers["X-IntakeBot-Timestamp"].ToString();
        var signature = request.Headers["X-IntakeBot-Signature"].ToString();
        var valid = Verify(_secret, timestamp, body, signature, Now());
        Received.Enqueue(new ReceivedWebhook(body, timestamp, signature, request.Headers["X-IntakeBot-Event-Id"].ToString(), valid));
        if (!valid)
        {
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        return Results.StatusCode(Replies.TryDequeue(out var status) ? status : StatusCodes.Status204NoContent);
    }

    /// <summary>The verification the README shows receivers.</summary>
    public static bool Verify(string secret, string timestamp, string body, string signatureHeader, DateTimeOffset now)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs(now.ToUnixTimeSeconds() - seconds) > 300
            || !signatureHeader.StartsWith("sha256=", StringComparison.Ordinal))
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + body));
        byte[] given;
        try
        {
            given = Convert.FromHexString(signatureHeader["sha256=".Length..]);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}

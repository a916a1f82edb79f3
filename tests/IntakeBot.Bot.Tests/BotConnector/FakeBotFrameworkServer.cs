using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntakeBot.Bot.Tests.BotConnector;

/// <summary>
/// A real HTTP server on 127.0.0.1 playing Azure's parts: the OpenID metadata and JWKS, the token endpoint and a
/// Bot Connector that records what it receives and can be told to fail first.
/// </summary>
internal sealed class FakeBotFrameworkServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<TestSigningKey> _published = [];
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _failures = new();
    private readonly ConcurrentQueue<RecordedRequest> _connectorRequests = new();
    private int _metadataFetches;
    private int _keyFetches;
    private int _tokenRequests;

    private FakeBotFrameworkServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    public string MetadataUrl => BaseUrl + "/v1/.well-known/openidconfiguration";

    public string TokenEndpoint => BaseUrl + "/botframework.com/oauth2/v2.0/token";

    /// <summary>The service URL of conversations on this fake connector.</summary>
    public string ServiceUrl => BaseUrl + "/teams/";

    public int MetadataFetches => Volatile.Read(ref _metadataFetches);

    public int KeyFetches => Volatile.Read(ref _keyFetches);

    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    public IReadOnlyList<RecordedRequest> ConnectorRequests => [.. _connectorRequests];

    public static async Task<FakeBotFrameworkServer> StartAsync(params TestSigningKey[] keys)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeBotFrameworkServer(app);
        server._published.AddRange(keys);
        server.Map();
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return server;
    }

    public void Publish(TestSigningKey key)
    {
        lock (_published)
        {
            _published.Add(key);
        }
    }

    /// <summary>The next connector calls answer with these statuses (and Retry-After headers) before succeeding.</summary>
    public void FailNext(int status, string? retryAfter = null) => _failures.Enqueue((status, retryAfter));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Map()
    {
        _app.MapGet("/v1/.well-known/openidconfiguration", () =>
        {
            Interlocked.Increment(ref _metadataFetches);
            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = TestTokens.Issuer,
                ["authorization_endpoint"] = BaseUrl + "/v1/authorize",
                ["jwks_uri"] = BaseUrl + "/v1/.well-known/keys",
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
            });
        });
        _app.MapGet("/v1/.well-known/keys", () =>
        {
            Interlocked.Increment(ref _keyFetches);
            lock (_published)
            {
                return Results.Json(new { keys = _published.Select(k => k.ToJwk()).ToList() });
            }
        });
        _app.MapPost("/botframework.com/oauth2/v2.0/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            var number = Interlocked.Increment(ref _tokenRequests);
            return form["grant_type"] == "client_credentials" && form["client_id"] == TestTokens.AppId && form["client_secret"] == "geheim"
                && form["scope"] == "https://api.botframework.com/.default"
                ? Results.Json(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = $"outbound-token-{number}" })
                : Results.BadRequest();
        });
        _app.Map("/teams/{**rest}", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            _connectorRequests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path.Value!, context.Request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null, body));
            if (_failures.TryDequeue(out var failure))
            {
                if (failure.RetryAfter is not null)
                {
                    context.Response.Headers.RetryAfter = failure.RetryAfter;
                }

                return Results.StatusCode(failure.Status);
            }

            return Results.Json(new { id = $"reply-{_connectorRequests.Count}" });
        });
    }
}

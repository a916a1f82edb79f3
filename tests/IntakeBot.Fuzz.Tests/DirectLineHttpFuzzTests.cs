using FsCheck;
using FsCheck.Fluent;
using IntakeBot.Fuzz.Tests.Support;

namespace IntakeBot.Fuzz.Tests;

/// <summary>
/// Generated requests against every Direct Line endpoint of the real host with the real intake bot (start, reconnect,
/// post, poll, upload, stream without an upgrade, tokens, the page's session endpoints, unknown paths): odd
/// watermarks, wrong and missing ids and credentials, wrong content types and hostile bodies. Never a 5xx, never a
/// stack trace, errors in the Direct Line shape, and afterwards a normal conversation still works.
/// </summary>
public sealed class DirectLineHttpFuzzTests : IDisposable
{
    private static readonly string[] Endpoints =
        ["start", "reconnect", "post", "post", "post", "poll", "upload", "stream", "generate", "refresh", "session", "session/refresh", "unknown"];

    private static readonly string[] Credentials = ["token", "token", "secret", "other-token", "none", "garbage", "empty", "jwt-like"];

    private readonly FuzzHost _host = FuzzHost.WithoutRateLimits();
    private readonly DirectLineCalls _calls;
    private (string ConversationId, string Token) _conversation;
    private (string ConversationId, string Token) _other;

    public DirectLineHttpFuzzTests()
    {
        _calls = new DirectLineCalls(_host.CreateClient());
        _conversation = _calls.Start();
        _other = _calls.Start();
    }

    public void Dispose() => _host.Dispose();

    private static Gen<FuzzRequest> Requests { get; } =
        from endpoint in Gen.Elements(Endpoints)
        from credential in Gen.Elements(Credentials)
        from conversation in Gen.Frequency((3, Gen.Constant("own")), (1, Gen.Constant("other")), (2, HostileInputs.Id))
        from body in Gen.Frequency((4, HostileInputs.Body), (1, Gen.Constant(Array.Empty<byte>())))
        from contentType in Gen.Frequency((3, Gen.Constant<string?>("application/json")), (2, Gen.Elements(HostileInputs.ContentTypes).Select(type => (string?)type)), (1, Gen.Constant<string?>(null)))
        from watermark in Gen.Elements(HostileInputs.Watermarks)
        from origin in Gen.Elements<string?>(null, FuzzHost.TrustedOrigin, "https://evil.example", "null", "not a url")
        select new FuzzRequest(endpoint, credential, conversation, body, contentType, watermark, origin);

    [Fact]
    public void AnyRequest_IsAnsweredWithoutA5xx_InTheErrorShape_AndTheServerStaysHealthy()
    {
        Prop.ForAll(Requests.ToArbitrary(), request =>
        {
            using var response = Send(request);
            var (status, body) = ErrorBodies.AssertWellFormed(response, request.ToString());
            if (status == System.Net.HttpStatusCode.Forbidden && body.Contains("ConversationEnded", StringComparison.Ordinal))
            {
                // The fuzzer ended the conversation (endOfConversation): go on in a fresh one.
                _conversation = _calls.Start();
            }
        }).Check(FuzzRuns.Cases(150, 5_000));

        _calls.AssertANormalConversationWorks();
    }

    private HttpResponseMessage Send(FuzzRequest request)
    {
        var conversationId = request.ConversationId switch
        {
            "own" => _conversation.ConversationId,
            "other" => _other.ConversationId,
            // TestServer itself throws on %00 in a path (Kestrel answers 400 before the app): leave it out here.
            var id => id.Replace("%00", "0", StringComparison.Ordinal),
        };
        var credential = request.Credential switch
        {
            "token" => _conversation.Token,
            "secret" => FuzzHost.Secret,
            "other-token" => _other.Token,
            "garbage" => "garbage😀",
            "empty" => string.Empty,
            "jwt-like" => "eyJhbGciOiJub25lIn0.eyJjb252IjoieCJ9.",
            _ => null,
        };
        var conversation = $"/v3/directline/conversations/{conversationId}";
        var watermark = Uri.EscapeDataString(request.Watermark).Replace("%00", "0", StringComparison.Ordinal);
        var (method, path) = request.Endpoint switch
        {
            "start" => (HttpMethod.Post, "/v3/directline/conversations"),
            "reconnect" => (HttpMethod.Get, $"{conversation}?watermark={watermark}"),
            "post" => (HttpMethod.Post, $"{conversation}/activities"),
            "poll" => (HttpMethod.Get, $"{conversation}/activities?watermark={watermark}"),
            "upload" => (HttpMethod.Post, $"{conversation}/upload?userId={watermark}"),
            "stream" => (HttpMethod.Get, $"{conversation}/stream?watermark={watermark}"),
            "generate" => (HttpMethod.Post, "/v3/directline/tokens/generate"),
            "refresh" => (HttpMethod.Post, "/v3/directline/tokens/refresh"),
            "session" => (HttpMethod.Post, "/api/directline/session"),
            "session/refresh" => (HttpMethod.Post, "/api/directline/session/refresh"),
            _ => (HttpMethod.Put, $"{conversation}/{watermark}"),
        };

        var message = new HttpRequestMessage(method, path);
        if (method != HttpMethod.Get)
        {
            message.Content = Content(request);
        }

        if (credential is not null)
        {
            message.Headers.TryAddWithoutValidation("Authorization", "Bearer " + credential);
        }

        if (request.Origin is not null)
        {
            message.Headers.TryAddWithoutValidation("Origin", request.Origin);
        }

        using (message)
        {
            return _calls.Http.SendAsync(message).GetAwaiter().GetResult();
        }
    }

    private static HttpContent Content(FuzzRequest request)
    {
        if (request.Endpoint == "upload" && request.Body.Length % 2 == 0)
        {
            // Half of the uploads are multipart forms with an activity part and a file part of a hostile type.
            var form = new MultipartFormDataContent
            {
                { Part(request.Body, "application/vnd.microsoft.activity"), "activity", "blob" },
                { Part(request.Body, request.ContentType ?? "application/octet-stream"), "file", "bestand😀\u202E.png" },
            };
            return form;
        }

        var content = new ByteArrayContent(request.Body);
        if (request.ContentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
        }

        return content;
    }

    private static ByteArrayContent Part(byte[] bytes, string contentType)
    {
        var part = new ByteArrayContent(bytes);
        part.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return part;
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Bot.Tests.DirectLine;

public sealed class DirectLineUploadTests : IDisposable
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
    private readonly DirectLineHost _host = new(("DirectLine:MaxUploadBytes", "1024"), ("DirectLine:MaxUploadFiles", "2"));
    private readonly DirectLineClient _client;

    public DirectLineUploadTests() => _client = new DirectLineClient(_host.CreateClient());

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Upload_Multipart_BecomesOneActivityWithAttachments_ServedBackToTheTokenOnly()
    {
        var (conversationId, token) = await _client.StartAsync("u-up");
        using var form = new MultipartFormDataContent
        {
            { Part(Encoding.UTF8.GetBytes("""{"type":"message","text":"mijn brief","channelData":{"clientActivityID":"c-up"}}"""), "application/vnd.microsoft.activity"), "activity", "blob" },
            { Part(Png, "image/png"), "file", "foto.png" },
            { Part("hallo"u8.ToArray(), "text/plain"), "file", "../../brief.txt" },
        };

        using var response = await SendAsync(conversationId, token, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = await DirectLineClient.ReadJsonAsync(response);
        var id = json.RootElement.GetProperty("id").GetString();
        var message = Assert.Single(_host.Bot.ReceivedOfType(ActivityTypes.Message));
        Assert.Equal(id, message.Id);
        Assert.Equal("mijn brief", message.Text);
        Assert.Equal("u-up", message.From!.Id);
        Assert.Equal(["foto.png", "brief.txt"], message.Attachments!.Select(attachment => attachment.Name));
        Assert.Equal(["image/png", "text/plain"], message.Attachments!.Select(attachment => attachment.ContentType));

        var url = message.Attachments![0].ContentUrl!;
        using var withToken = await _client.GetAsync(url, token);
        using var withQuery = await _client.GetAsync($"{url}?t={token}", null);
        using var anonymous = await _client.GetAsync(url, null);
        var (_, otherToken) = await _client.StartAsync("u-other");
        using var otherConversation = await _client.GetAsync(url, otherToken);
        Assert.Equal(Png, await withToken.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", withToken.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.OK, withQuery.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherConversation.StatusCode);
    }

    [Fact]
    public async Task Upload_RawBody_WithContentDisposition_Works()
    {
        var (conversationId, token) = await _client.StartAsync();
        var content = Part(Png, "image/png");
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { Name = "file", FileName = "scan.png" };

        using var response = await SendAsync(conversationId, token, content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("scan.png", Assert.Single(Assert.Single(_host.Bot.ReceivedOfType(ActivityTypes.Message)).Attachments!).Name);
    }

    [Fact]
    public async Task Upload_TooLarge_Is413()
    {
        var (conversationId, token) = await _client.StartAsync();
        using var form = new MultipartFormDataContent { { Part(new byte[2000], "image/png"), "file", "groot.png" } };

        using var response = await SendAsync(conversationId, token, form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("MessageSizeTooBig", await DirectLineClient.ErrorCodeAsync(response));
        Assert.Empty(_host.Bot.ReceivedOfType(ActivityTypes.Message));
    }

    [Fact]
    public async Task Upload_OfAForbiddenType_Is415()
    {
        var (conversationId, token) = await _client.StartAsync();
        using var form = new MultipartFormDataContent { { Part("<script>"u8.ToArray(), "text/html"), "file", "x.html" } };

        using var response = await SendAsync(conversationId, token, form);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("BadArgument", await DirectLineClient.ErrorCodeAsync(response));
    }

    [Fact]
    public async Task Upload_OfTooManyFiles_OrNone_Is400()
    {
        var (conversationId, token) = await _client.StartAsync();
        using var many = new MultipartFormDataContent();
        for (var i = 0; i < 3; i++)
        {
            many.Add(Part(Png, "image/png"), "file", $"f{i}.png");
        }

        using var tooMany = await SendAsync(conversationId, token, many);
        using var none = await SendAsync(conversationId, token, new MultipartFormDataContent { { new StringContent("x"), "field" } });

        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal("MissingProperty", await DirectLineClient.ErrorCodeAsync(none));
    }

    [Fact]
    public async Task Upload_AfterTheEnd_IsRefused()
    {
        var (conversationId, token) = await _client.StartAsync();
        using var end = await _client.PostAsync($"/v3/directline/conversations/{conversationId}/activities", token, """{"type":"endOfConversation"}""");
        using var form = new MultipartFormDataContent { { Part(Png, "image/png"), "file", "laat.png" } };

        using var response = await SendAsync(conversationId, token, form);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("ConversationEnded", await DirectLineClient.ErrorCodeAsync(response));
    }

    private static ByteArrayContent Part(byte[] bytes, string contentType) =>
        new(bytes) { Headers = { ContentType = new MediaTypeHeaderValue(contentType) } };

    private Task<HttpResponseMessage> SendAsync(string conversationId, string token, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/upload?userId=someone") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return _client.Http.SendAsync(request);
    }
}

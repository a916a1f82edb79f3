using System.Text;

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>URLs the server hands out, built from the request (scheme, host and path base as the client sees them).</summary>
internal static class DirectLineUrls
{
    public const string Base = "/v3/directline";

    /// <summary>The service URL put on activities sent to the bot.</summary>
    public static string ServiceUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{Base}/";

    /// <summary>The WebSocket URL of the conversation, pre-authorised with <paramref name="token"/>.</summary>
    public static string StreamUrl(HttpRequest request, string conversationId, string token, string? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var url = new StringBuilder()
            .Append(scheme).Append("://").Append(request.Host).Append(request.PathBase).Append(Base)
            .Append("/conversations/").Append(Uri.EscapeDataString(conversationId)).Append("/stream?t=").Append(Uri.EscapeDataString(token));
        if (!string.IsNullOrEmpty(watermark))
        {
            url.Append("&watermark=").Append(Uri.EscapeDataString(watermark));
        }

        return url.ToString();
    }

    /// <summary>Where an uploaded file is served (the conversation's token is needed to read it).</summary>
    public static string FileUrl(HttpRequest request, string conversationId, string fileId) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}{Base}/conversations/{Uri.EscapeDataString(conversationId)}/files/{fileId}";
}

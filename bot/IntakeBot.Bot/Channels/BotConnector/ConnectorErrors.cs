namespace IntakeBot.Bot.Channels.BotConnector;

/// <summary>Writes refusals in the Bot Framework error shape <c>{"error":{"code","message"}}</c>.</summary>
internal static class ConnectorErrors
{
    public static Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ErrorResponse(new ErrorBody(code, message)), context.RequestAborted);
    }

    private sealed record ErrorResponse(ErrorBody Error);

    private sealed record ErrorBody(string Code, string Message);
}

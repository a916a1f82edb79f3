namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>Turns an unexpected failure into a 500 ErrorResponse (logged), never a stack trace.</summary>
internal static partial class DirectLineFailureFilter
{
    public static async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        try
        {
            return await next(invocation).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException && !invocation.HttpContext.Response.HasStarted)
        {
            var logger = invocation.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("IntakeBot.DirectLine");
            LogFailed(logger, error, invocation.HttpContext.Request.Path);
            return DirectLineErrors.Result(StatusCodes.Status500InternalServerError, "ServiceError", "The Direct Line server failed; try again.");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Direct Line: {Path} failed.")]
    private static partial void LogFailed(ILogger logger, Exception error, string path);
}

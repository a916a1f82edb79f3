namespace IntakeBot.Bot.Operations;

/// <summary>
/// Gives every request a correlation id, in the log scope ("CorrelationId") and in the response header
/// <c>X-Correlation-Id</c>: the caller's <c>X-Correlation-Id</c> when it is sane, else the trace id of a W3C
/// <c>traceparent</c>, else a new one.
/// </summary>
internal sealed class CorrelationIdMiddleware(RequestDelegate next, ILogger<CorrelationIdMiddleware> logger)
{
    public const string HeaderName = "X-Correlation-Id";

    public const string ScopeKey = "CorrelationId";

    private const int MaxLength = 64;

    public async Task InvokeAsync(HttpContext context)
    {
        var id = FromHeader(context.Request.Headers[HeaderName].ToString())
            ?? FromTraceParent(context.Request.Headers["traceparent"].ToString())
            ?? Guid.NewGuid().ToString("N");
        context.Response.Headers[HeaderName] = id;
        using (logger.BeginScope(new Dictionary<string, object> { [ScopeKey] = id }))
        {
            await next(context).ConfigureAwait(false);
        }
    }

    // Only short ids of safe characters are echoed, so a header cannot inject text into logs or responses.
    internal static string? FromHeader(string value) =>
        value.Length is > 0 and <= MaxLength && value.All(IsSafe) ? value : null;

    // traceparent = version "-" trace-id (32 hex) "-" parent-id (16 hex) "-" flags (2 hex).
    internal static string? FromTraceParent(string value)
    {
        if (value.Length != 55 || value[2] != '-' || value[35] != '-' || value[52] != '-')
        {
            return null;
        }

        var traceId = value.Substring(3, 32);
        return traceId.All(char.IsAsciiHexDigitLower) && traceId.Any(c => c != '0') ? traceId : null;
    }

    private static bool IsSafe(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':';
}

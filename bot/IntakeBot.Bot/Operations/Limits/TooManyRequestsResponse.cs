using System.Globalization;
using System.Threading.RateLimiting;
using IntakeBot.Bot.Channels.DirectLine;
using IntakeBot.Bot.Staff;
using Microsoft.AspNetCore.RateLimiting;

namespace IntakeBot.Bot.Operations.Limits;

/// <summary>
/// The 429 answer, with <c>Retry-After</c> in seconds and the body each area documents: the Direct Line / Bot
/// Framework ErrorResponse <c>{"error":{"code":"TooManyRequests","message"}}</c>, a problem+json for the staff API,
/// and the staff text <c>staff.signin.too_many</c> for the sign-in forms.
/// </summary>
internal static partial class TooManyRequestsResponse
{
    public static async ValueTask WriteAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var area = LimitedAreas.Of(context.Request);
        var options = context.RequestServices.GetRequiredService<RequestLimitOptions>();
        var seconds = RetryAfterSeconds(rejected.Lease, area, options);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        LogRejected(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("IntakeBot.Limits"), area);
        var message = $"Too many requests from this client; try again in {seconds} seconds.";
        switch (area)
        {
            case LimitedArea.StaffApi:
                await TypedResults.Problem(message, statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests").ExecuteAsync(context).ConfigureAwait(false);
                break;
            case LimitedArea.StaffSignIn when context.RequestServices.GetService<StaffTexts>() is { } texts:
                response.ContentType = "text/plain; charset=utf-8";
                var text = string.Join("\n\n", texts.Languages.Order(StringComparer.Ordinal).OrderBy(language => language != StaffTexts.Dutch)
                    .Select(language => texts.Get("staff.signin.too_many", language)));
                await response.WriteAsync(text, cancellationToken).ConfigureAwait(false);
                break;
            default:
                await response.WriteAsJsonAsync(new DirectLineErrorResponse(new DirectLineErrorBody(DirectLineErrors.TooManyRequests, message)), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private static int RetryAfterSeconds(RateLimitLease lease, LimitedArea area, RequestLimitOptions options)
    {
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero)
        {
            return Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        }

        var window = RequestLimiters.RuleFor(area, options)?.SafeWindow ?? TimeSpan.FromMinutes(1);
        return Math.Max(1, (int)Math.Ceiling(window.TotalSeconds));
    }

    // The area only: never the address or the token.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limit reached in {Area}; answered 429.")]
    private static partial void LogRejected(ILogger logger, LimitedArea area);
}

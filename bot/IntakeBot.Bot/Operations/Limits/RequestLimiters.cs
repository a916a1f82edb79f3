using System.Threading.RateLimiting;

namespace IntakeBot.Bot.Operations.Limits;

/// <summary>
/// The global limiter: a fixed window per client address for each <see cref="LimitedArea"/>, chained with a fixed
/// window per Direct Line token. Requests outside the limited areas are never counted.
/// </summary>
internal static class RequestLimiters
{
    // Real tokens are a few hundred characters; a longer header must not become a large key.
    private const int MaxTokenKeyLength = 1024;

    public static PartitionedRateLimiter<HttpContext> Create(RequestLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return PartitionedRateLimiter.CreateChained(ByAddress(options), ByToken(options.DirectLinePerToken));
    }

    public static RateLimitRule? RuleFor(LimitedArea area, RequestLimitOptions options) => area switch
    {
        LimitedArea.DirectLine => options.DirectLinePerIp,
        LimitedArea.Messages => options.MessagesPerIp,
        LimitedArea.StaffSignIn => options.StaffSignInPerIp,
        LimitedArea.StaffApi => options.StaffApiPerIp,
        _ => null,
    };

    private static PartitionedRateLimiter<HttpContext> ByAddress(RequestLimitOptions options) =>
        PartitionedRateLimiter.Create<HttpContext, (LimitedArea Area, string Key)>(context =>
        {
            var area = LimitedAreas.Of(context.Request);
            return RuleFor(area, options) is { IsOn: true } rule
                ? RateLimitPartition.GetFixedWindowLimiter((area, ClientKeys.Address(context)), _ => Window(rule))
                : RateLimitPartition.GetNoLimiter((LimitedArea.None, string.Empty));
        });

    private static PartitionedRateLimiter<HttpContext> ByToken(RateLimitRule rule) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (!rule.IsOn || LimitedAreas.Of(context.Request) != LimitedArea.DirectLine || ClientKeys.Token(context.Request) is not { } token)
            {
                return RateLimitPartition.GetNoLimiter(string.Empty);
            }

            var key = token.Length > MaxTokenKeyLength ? token[..MaxTokenKeyLength] : token;
            return RateLimitPartition.GetFixedWindowLimiter(key, _ => Window(rule));
        });

    private static FixedWindowRateLimiterOptions Window(RateLimitRule rule) => new()
    {
        PermitLimit = rule.PermitLimit,
        Window = rule.SafeWindow,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}

namespace IntakeBot.Bot.Operations.Limits;

/// <summary>Which <see cref="LimitedArea"/> a request belongs to, by path (before routing, so unknown paths count too).</summary>
internal static class LimitedAreas
{
    public static LimitedArea Of(HttpRequest request)
    {
        var path = request.Path;
        if (path.StartsWithSegments("/v3/directline", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/api/directline", StringComparison.OrdinalIgnoreCase))
        {
            return LimitedArea.DirectLine;
        }

        if (path.StartsWithSegments("/api/messages", StringComparison.OrdinalIgnoreCase))
        {
            return LimitedArea.Messages;
        }

        if (path.StartsWithSegments("/api/staff", StringComparison.OrdinalIgnoreCase))
        {
            return LimitedArea.StaffApi;
        }

        return HttpMethods.IsPost(request.Method) && path.StartsWithSegments("/staff/signin", StringComparison.OrdinalIgnoreCase)
            ? LimitedArea.StaffSignIn
            : LimitedArea.None;
    }
}

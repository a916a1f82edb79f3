namespace IntakeBot.Bot.Staff.Web;

/// <summary>
/// Headers of every /staff response. Stricter than the widget's: no script at all (the pages work without JavaScript),
/// styles only from this host, forms only to this host, never in a frame, never cached.
/// </summary>
internal static class StaffSecurityHeaders
{
    public const string Policy =
        "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'none'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XFrameOptions = "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
    }
}

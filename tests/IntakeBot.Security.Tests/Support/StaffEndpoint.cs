namespace IntakeBot.Security.Tests.Support;

/// <summary>
/// One way to call a staff endpoint: the HTTP method, the route pattern as written (e.g. <c>/staff/cases/{reference}</c>)
/// and, for a Razor page, the handler name (null for the default handler).
/// </summary>
internal sealed record StaffEndpoint(string Method, string Pattern, string? Handler, bool IsPage)
{
    /// <summary>True when the route names a case.</summary>
    public bool NamesACase => Pattern.Contains("{reference}", StringComparison.Ordinal);

    /// <summary>The path for <paramref name="reference"/>, with <c>?handler=</c> for a named page handler.</summary>
    public string PathFor(string reference) =>
        Pattern.Replace("{reference}", reference, StringComparison.Ordinal) + (Handler is null ? "" : "?handler=" + Handler);

    /// <summary>A readable name, e.g. <c>POST /staff/cases/{reference}?handler=note</c>.</summary>
    public override string ToString() => Method + " " + PathFor("{reference}");
}

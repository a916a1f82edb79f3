namespace IntakeBot.Security.Tests.Xss;

/// <summary>Markup attacks as a person (or a staff member) could type them: script, HTML, attribute breaking, javascript: URLs, SVG.</summary>
internal static class XssPayloads
{
    public static readonly IReadOnlyList<string> All =
    [
        "<script>alert('x1')</script>",
        "\"><img src=x onerror=alert('x2')>",
        "' onmouseover='alert(3)' x='",
        "javascript:alert('x4')",
        "<svg/onload=alert('x5')>",
        "<a href=\"javascript:alert('x6')\">klik hier</a>",
        "</textarea></title><script>alert(7)</script>",
        "<iframe src=javascript:alert(8)></iframe>",
        "<math><mi xlink:href=\"javascript:alert(9)\">x</mi></math>",
        "<style>@import 'http://evil.example/x.css';</style><base href=\"http://evil.example/\">",
    ];

    /// <summary>All payloads in one text.</summary>
    public static string Joined => string.Join(" ", All);
}

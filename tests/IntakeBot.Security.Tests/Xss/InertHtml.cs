using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace IntakeBot.Security.Tests.Xss;

/// <summary>
/// Checks that a page with attack data is as harmless as the same page with plain data: no more elements of the
/// dangerous kinds, no event-handler attributes, no script URLs.
/// </summary>
internal static class InertHtml
{
    private static readonly string[] DangerousTags = ["script", "svg", "iframe", "img", "object", "embed", "math", "style", "link", "base", "meta", "form", "a"];
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "srcdoc"];

    /// <summary>What is wrong with <paramref name="html"/> compared with <paramref name="baseline"/> (empty when inert).</summary>
    public static IReadOnlyList<string> Problems(string html, string baseline)
    {
        var parser = new HtmlParser();
        using var page = parser.ParseDocument(html);
        using var plain = parser.ParseDocument(baseline);
        var problems = new List<string>();
        foreach (var tag in DangerousTags)
        {
            var count = page.GetElementsByTagName(tag).Length;
            var expected = plain.GetElementsByTagName(tag).Length;
            if (count > expected)
            {
                problems.Add($"{count - expected} extra <{tag}> element(s)");
            }
        }

        foreach (var element in page.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"event handler {attribute.Name} on <{element.LocalName}>");
                }

                if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase) && IsScriptUrl(attribute.Value))
                {
                    problems.Add($"script URL in {attribute.Name} of <{element.LocalName}>");
                }
            }
        }

        problems.AddRange(page.QuerySelectorAll("script").Where(s => s.TextContent.Trim().Length > 0).Select(s => "inline script: " + Cut(s.TextContent)));
        return problems;
    }

    private static bool IsScriptUrl(string value)
    {
        var squeezed = new string([.. value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]).ToLowerInvariant();
        return squeezed.StartsWith("javascript:", StringComparison.Ordinal) || squeezed.StartsWith("vbscript:", StringComparison.Ordinal)
            || squeezed.StartsWith("data:text/html", StringComparison.Ordinal);
    }

    private static string Cut(string text) => text.Length > 60 ? text[..60] : text;
}

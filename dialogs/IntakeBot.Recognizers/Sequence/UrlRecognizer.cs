namespace IntakeBot.Recognizers.Sequence;

/// <summary>
/// Finds web addresses: with a scheme (http, https, ftp), with "www.", or bare ("bit.ly", "jeugdstem.nl") when the
/// top-level domain is a known one. Addresses next to '@' (e-mail) are not URLs; "7.am" is a time, not a host.
/// </summary>
/// <remarks>
/// A hand-written scanner, linear in the input. Type name <c>url</c>; resolution <c>value</c> is the text as written.
/// </remarks>
public static class UrlRecognizer
{
    /// <summary>The type name of results, as in Recognizers-Text.</summary>
    public const string TypeName = "url";

    private static readonly string[] Schemes = ["http", "https", "ftp"];

    /// <summary>Country domains that are also everyday Dutch or English words: "boos.nu" is a missing space, not a
    /// site. Bare hosts ending in these are refused; with a scheme or "www." they still count.</summary>
    private static readonly HashSet<string> WordLikeTlds = new(
        ["al", "an", "as", "at", "de", "do", "er", "ga", "in", "is", "it", "je", "me", "na", "nu", "om", "so", "to"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds all URLs in <paramref name="text"/>, left to right.</summary>
    public static IReadOnlyList<ModelResult> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var results = new List<ModelResult>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!CharClass.IsAsciiLetterOrDigit(c) || (i > 0 && IsGlue(text[i - 1]) && !(text[i - 1] == '.' && StartsWithScheme(text, i))))
            {
                i++;
                continue;
            }

            var next = TryAt(text, i, results);
            i = next > i ? next : i + 1;
        }

        return results;
    }

    /// <summary>Tries a URL starting at <paramref name="start"/>; returns where scanning continues.</summary>
    private static int TryAt(string text, int start, List<ModelResult> results)
    {
        var wordEnd = start;
        while (wordEnd < text.Length && CharClass.IsAsciiLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        if (wordEnd + 2 < text.Length && text[wordEnd] == ':' && text[wordEnd + 1] == '/' && text[wordEnd + 2] == '/')
        {
            var scheme = text[start..wordEnd];
            var known = Array.Exists(Schemes, s => string.Equals(scheme, s, StringComparison.OrdinalIgnoreCase));
            var hostStart = wordEnd + 3;
            var end = known ? MatchHostAndPath(text, hostStart, hasScheme: true) : -1;
            if (end > 0)
            {
                Add(text, start, end, results);
                return end;
            }

            // An unknown or broken scheme spoils the whole token: "httt://abc.com" is not "abc.com".
            return SkipToken(text, hostStart);
        }

        var bareEnd = MatchHostAndPath(text, start, hasScheme: false);
        if (bareEnd > 0)
        {
            Add(text, start, bareEnd, results);
            return bareEnd;
        }

        return SkipToken(text, start);
    }

    private static int MatchHostAndPath(string text, int hostStart, bool hasScheme)
    {
        var hostEnd = hostStart;
        while (hostEnd < text.Length && (CharClass.IsAsciiLetterOrDigit(text[hostEnd]) || text[hostEnd] is '.' or '-'))
        {
            hostEnd++;
        }

        if (hostEnd < text.Length && text[hostEnd] is '@' or '_')
        {
            return -1;
        }

        var trimmed = hostEnd;
        while (trimmed > hostStart && text[trimmed - 1] == '.')
        {
            trimmed--;
        }

        var host = text.AsSpan(hostStart, trimmed - hostStart);
        if (!IsAcceptableHost(host, hasScheme))
        {
            return -1;
        }

        if (trimmed < hostEnd)
        {
            return trimmed;
        }

        return PathEnd(text, hostEnd);
    }

    private static bool IsAcceptableHost(ReadOnlySpan<char> host, bool hasScheme)
    {
        if (hasScheme)
        {
            return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
                || HostRules.IsIPv4(host)
                || HostRules.IsDomainName(host, requireKnownTld: true);
        }

        var tld = host[(host.LastIndexOf('.') + 1)..].ToString();
        var www = host.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        return HostRules.IsDomainName(host, requireKnownTld: true) && !LooksLikeTime(host) && (www || !WordLikeTlds.Contains(tld));
    }

    /// <summary>"7.am", "11.pm": an hour with a dot, not a host.</summary>
    private static bool LooksLikeTime(ReadOnlySpan<char> host)
    {
        var dot = host.IndexOf('.');
        var suffix = host[(dot + 1)..];
        return dot is 1 or 2
            && (suffix.Equals("am", StringComparison.OrdinalIgnoreCase) || suffix.Equals("pm", StringComparison.OrdinalIgnoreCase))
            && int.TryParse(host[..dot], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var hour)
            && hour is >= 1 and <= 12;
    }

    /// <summary>Port, path, query and fragment; trailing sentence punctuation is left out.</summary>
    private static int PathEnd(string text, int from)
    {
        var end = from;
        if (end + 1 < text.Length && text[end] == ':' && CharClass.IsAsciiDigit(text[end + 1]))
        {
            end++;
            while (end < text.Length && CharClass.IsAsciiDigit(text[end]))
            {
                end++;
            }
        }

        if (end >= text.Length || text[end] is not ('/' or '?' or '#'))
        {
            return end;
        }

        while (end < text.Length && IsPathChar(text[end]))
        {
            end++;
        }

        while (end > from && text[end - 1] is '.' or ',' or '!' or '?' or ':' or ';' or ')' or '(')
        {
            end--;
        }

        return end;
    }

    private static bool IsPathChar(char c) =>
        CharClass.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or ':' or '/' or '?' or '#' or '@' or '!' or '$' or '&' or '(' or ')' or '*' or '+' or ',' or ';' or '=' or '%';

    /// <summary>A character that makes the following letters part of an earlier token.</summary>
    private static bool IsGlue(char c) => CharClass.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '@' or '/' or '.';

    /// <summary>"May 5th.https://t.co/…": a scheme may follow a dot without a space.</summary>
    private static bool StartsWithScheme(string text, int i)
    {
        foreach (var scheme in Schemes)
        {
            var rest = text.AsSpan(i);
            if (rest.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && rest[scheme.Length..].StartsWith("://", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipToken(string text, int from)
    {
        var end = from;
        while (end < text.Length && (CharClass.IsAsciiLetterOrDigit(text[end]) || text[end] is '-' or '_'))
        {
            end++;
        }

        return end;
    }

    private static void Add(string text, int start, int end, List<ModelResult> results) =>
        results.Add(CharClass.Result(text, start, end, TypeName, new Dictionary<string, object?> { ["value"] = text[start..end] }));
}

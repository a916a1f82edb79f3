namespace IntakeBot.Recognizers.Sequence;

/// <summary>Checks on host names shared by the e-mail and URL recognizers.</summary>
internal static class HostRules
{
    /// <summary>Two or more dot-separated labels of letters, digits and hyphens; the last label letters only (2+).</summary>
    public static bool IsDomainName(ReadOnlySpan<char> host, bool requireKnownTld)
    {
        if (host.Length is 0 or > 253)
        {
            return false;
        }

        var labels = 0;
        var lastLabelStart = 0;
        var labelStart = 0;
        for (var i = 0; i <= host.Length; i++)
        {
            if (i < host.Length && host[i] != '.')
            {
                if (!CharClass.IsAsciiLetterOrDigit(host[i]) && host[i] != '-')
                {
                    return false;
                }

                continue;
            }

            var length = i - labelStart;
            if (length is 0 or > 63 || host[labelStart] == '-')
            {
                return false;
            }

            labels++;
            lastLabelStart = labelStart;
            labelStart = i + 1;
        }

        var tld = host[lastLabelStart..];
        if (labels < 2 || tld.Length < 2)
        {
            return false;
        }

        foreach (var c in tld)
        {
            if (!CharClass.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return !requireKnownTld || TopLevelDomains.IsKnown(tld);
    }

    public static bool IsIPv4(ReadOnlySpan<char> host)
    {
        var parts = 0;
        foreach (var range in host.Split('.'))
        {
            var part = host[range];
            if (part.Length is 0 or > 3 || !int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) || value > 255)
            {
                return false;
            }

            parts++;
        }

        return parts == 4;
    }
}

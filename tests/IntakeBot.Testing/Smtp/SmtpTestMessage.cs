using System.Text;

namespace IntakeBot.Testing.Smtp;

/// <summary>One message an <see cref="SmtpTestServer"/> received: the envelope and the raw DATA, with decoding helpers.</summary>
public sealed record SmtpTestMessage(string From, IReadOnlyList<string> Recipients, string Data)
{
    /// <summary>The unfolded value of the first header with this name, or null.</summary>
    public string? Header(string name)
    {
        var headerPart = Data.Split("\r\n\r\n", 2)[0];
        var unfolded = headerPart.Replace("\r\n ", " ", StringComparison.Ordinal).Replace("\r\n\t", " ", StringComparison.Ordinal);
        foreach (var line in unfolded.Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return line[(colon + 1)..].Trim();
            }
        }

        return null;
    }

    /// <summary>The subject with RFC 2047 encoded words decoded.</summary>
    public string Subject => MimeText.DecodeWords(Header("Subject") ?? string.Empty);

    /// <summary>The body, decoded from quoted-printable or base64 when the headers say so.</summary>
    public string Body
    {
        get
        {
            var parts = Data.Split("\r\n\r\n", 2);
            var raw = parts.Length == 2 ? parts[1] : string.Empty;
            return (Header("Content-Transfer-Encoding") ?? string.Empty).ToLowerInvariant() switch
            {
                "quoted-printable" => MimeText.DecodeQuotedPrintable(raw),
                "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(raw.Replace("\r\n", string.Empty, StringComparison.Ordinal))),
                _ => raw,
            };
        }
    }
}

using System.Text;

namespace IntakeBot.Testing.Smtp;

/// <summary>Just enough MIME decoding for tests: RFC 2047 encoded words (B and Q) and quoted-printable bodies (UTF-8).</summary>
internal static class MimeText
{
    public static string DecodeWords(string value)
    {
        var result = new StringBuilder();
        var i = 0;
        var lastWasWord = false;
        while (i < value.Length)
        {
            var start = value.IndexOf("=?", i, StringComparison.Ordinal);
            if (start < 0)
            {
                result.Append(value, i, value.Length - i);
                break;
            }

            var between = value[i..start];
            if (!(lastWasWord && string.IsNullOrWhiteSpace(between)))
            {
                result.Append(between);
            }

            var q1 = value.IndexOf('?', start + 2);
            var q2 = q1 < 0 ? -1 : value.IndexOf('?', q1 + 1);
            var end = q2 < 0 ? -1 : value.IndexOf("?=", q2 + 1, StringComparison.Ordinal);
            if (end < 0)
            {
                result.Append(value, start, value.Length - start);
                break;
            }

            var encoding = value[(q1 + 1)..q2];
            var text = value[(q2 + 1)..end];
            result.Append(encoding.Equals("B", StringComparison.OrdinalIgnoreCase)
                ? Encoding.UTF8.GetString(Convert.FromBase64String(text))
                : DecodeQuotedPrintable(text.Replace('_', ' ')));
            lastWasWord = true;
            i = end + 2;
        }

        return result.ToString();
    }

    public static string DecodeQuotedPrintable(string text)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '=' && i + 1 < text.Length && text[i + 1] == '\r')
            {
                i += 2;
                continue;
            }

            if (c == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
                continue;
            }

            bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }
}

using System.Globalization;
using System.Text;

namespace IntakeBot.Storage.Postgres;

/// <summary>
/// PostgreSQL text cannot hold U+0000 and the driver refuses unpaired surrogates, while SQLite keeps both. So that both
/// stores keep every string exactly, those characters are written as escapes introduced by U+E000 (a private-use
/// character that real ids and texts do not contain): U+E000 U+E000 is U+E000, U+E000 '0' is U+0000, and
/// U+E000 'x' followed by four hex digits is that lone surrogate. Any other string is stored unchanged.
/// </summary>
internal static class PostgresText
{
    private const char Escape = '\uE000';

    public static string Encode(string value)
    {
        var span = value.AsSpan();
        if (span.IndexOfAny('\0', Escape) < 0 && span.IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return value;
        }

        var encoded = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                encoded.Append(c).Append(value[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                encoded.Append(Escape).Append('x').Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                _ = c switch
                {
                    '\0' => encoded.Append(Escape).Append('0'),
                    Escape => encoded.Append(Escape).Append(Escape),
                    _ => encoded.Append(c),
                };
            }
        }

        return encoded.ToString();
    }

    /// <summary>The string <see cref="Encode"/> was given. Text written by others is returned as it is, escapes it does not know included.</summary>
    public static string Decode(string stored)
    {
        if (!stored.Contains(Escape, StringComparison.Ordinal))
        {
            return stored;
        }

        var decoded = new StringBuilder(stored.Length);
        for (var i = 0; i < stored.Length; i++)
        {
            var c = stored[i];
            var next = i + 1 < stored.Length ? stored[i + 1] : '\uFFFF';
            if (c != Escape)
            {
                decoded.Append(c);
            }
            else if (next is Escape or '0')
            {
                decoded.Append(next == '0' ? '\0' : Escape);
                i++;
            }
            else if (next == 'x' && i + 6 <= stored.Length && ushort.TryParse(stored.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit))
            {
                decoded.Append((char)unit);
                i += 5;
            }
            else
            {
                decoded.Append(c);
            }
        }

        return decoded.ToString();
    }
}

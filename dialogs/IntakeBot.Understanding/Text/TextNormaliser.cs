using System.Buffers;
using System.Text;

namespace IntakeBot.Understanding.Text;

/// <summary>
/// Turns a chat message into a canonical form: lower case, no accents, letter runs of at most two,
/// punctuation and emoji as spaces, and chat spellings replaced ("mn" becomes "mijn"). The output is
/// words separated by single spaces with one space before and after, so " phrase " finds whole words.
/// Works on caller-supplied buffers so the hot path allocates nothing.
/// </summary>
internal sealed class TextNormaliser
{
    /// <summary>Longer messages are cut here: intake messages are short, and this bounds the work per message.</summary>
    public const int MaxInputLength = 2000;

    private static readonly char[] FoldTable = BuildFoldTable();

    private readonly Dictionary<string, string> _spellings;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _growth;

    public TextNormaliser(IReadOnlyDictionary<string, string> spellings)
    {
        _spellings = new Dictionary<string, string>(StringComparer.Ordinal);
        _growth = 1;
        foreach (var (from, to) in spellings)
        {
            var key = Fold(from).Trim();
            var value = Fold(to).Trim();
            if (key.Length == 0 || key.Contains(' ', StringComparison.Ordinal) || value.Length == 0)
            {
                continue;
            }

            _spellings[key] = value;
            _growth = Math.Max(_growth, ((value.Length + 1) / (key.Length + 1)) + 1);
        }

        _lookup = _spellings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The buffer size <see cref="Normalise(ReadOnlySpan{char}, Span{char}, Span{char})"/> needs for its output.</summary>
    public int OutputCapacity(int inputLength) => ((Math.Min(inputLength, MaxInputLength) + 1) * _growth) + 2;

    /// <summary>The scratch buffer size it needs.</summary>
    public static int ScratchCapacity(int inputLength) => Math.Min(inputLength, MaxInputLength) + 2;

    /// <summary>Normalises <paramref name="text"/> into <paramref name="destination"/> and returns the length written.</summary>
    public int Normalise(ReadOnlySpan<char> text, Span<char> destination, Span<char> scratch)
    {
        var folded = FoldInto(text[..Math.Min(text.Length, MaxInputLength)], scratch);
        var words = scratch[..folded];
        var length = 0;
        destination[length++] = ' ';
        while (!words.IsEmpty)
        {
            var end = words.IndexOf(' ');
            var word = end < 0 ? words : words[..end];
            words = end < 0 ? [] : words[(end + 1)..];
            if (word.IsEmpty)
            {
                continue;
            }

            ReadOnlySpan<char> replaced = _lookup.TryGetValue(word, out var value) ? value : word;
            replaced.CopyTo(destination[length..]);
            length += replaced.Length;
            destination[length++] = ' ';
        }

        return length;
    }

    /// <summary>Allocating convenience for load time and tests.</summary>
    public string Normalise(string? text)
    {
        var input = (text ?? "").AsSpan();
        var output = ArrayPool<char>.Shared.Rent(OutputCapacity(input.Length));
        var scratch = ArrayPool<char>.Shared.Rent(ScratchCapacity(input.Length));
        try
        {
            return new string(output, 0, Normalise(input, output, scratch));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(output);
            ArrayPool<char>.Shared.Return(scratch);
        }
    }

    private static string Fold(string text)
    {
        var buffer = new char[ScratchCapacity(text.Length)];
        return new string(buffer, 0, FoldInto(text.AsSpan(0, Math.Min(text.Length, MaxInputLength)), buffer));
    }

    private static int FoldInto(ReadOnlySpan<char> text, Span<char> output)
    {
        var length = 0;
        var previous = ' ';
        var run = 0;
        foreach (var c in text)
        {
            var f = c < FoldTable.Length ? FoldTable[c]
                : c == '\u2019' ? '\''
                : char.IsSurrogate(c) || !char.IsLetterOrDigit(c) ? ' '
                : char.ToLowerInvariant(c);
            if (f == '\'')
            {
                // Dropped, so "m'n" and "don't" join up into "mn" and "dont".
                continue;
            }

            if (f == ' ')
            {
                if (previous != ' ')
                {
                    output[length++] = ' ';
                    previous = ' ';
                }

                continue;
            }

            if (f == previous && f is >= 'a' and <= 'z')
            {
                if (++run >= 2)
                {
                    continue;
                }
            }
            else
            {
                run = 0;
            }

            output[length++] = f;
            previous = f;
        }

        if (length > 0 && output[length - 1] == ' ')
        {
            length--;
        }

        return length;
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[0x250];
        for (var c = 0; c < table.Length; c++)
        {
            var ch = (char)c;
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                table[c] = ch;
            }
            else if (ch is >= 'A' and <= 'Z')
            {
                table[c] = (char)(ch + 32);
            }
            else if (ch == '\'')
            {
                table[c] = '\'';
            }
            else if (c >= 0x80 && char.IsLetter(ch))
            {
                var baseChar = ch.ToString().Normalize(NormalizationForm.FormD)[0];
                table[c] = char.ToLowerInvariant(char.IsLetter(baseChar) ? baseChar : ch);
            }
            else
            {
                table[c] = ' ';
            }
        }

        return table;
    }
}

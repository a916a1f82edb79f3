using IntakeBot.Dialogs.Text;

namespace IntakeBot.Dialogs.Interruptions;

/// <summary>
/// The words (per command, in every language) that interrupt a question. A message interrupts when, folded
/// (case, accents, punctuation), it is exactly one of the words: "stop!" does, "ik wil niet stoppen met school" does not.
/// </summary>
public sealed class InterruptionWords
{
    private readonly Dictionary<string, string> _commandByWord = new(StringComparer.Ordinal);

    /// <summary>Creates the table from command id to words.</summary>
    /// <exception cref="ArgumentException">A word belongs to two commands.</exception>
    public InterruptionWords(IReadOnlyDictionary<string, IReadOnlyList<string>> wordsByCommand)
    {
        ArgumentNullException.ThrowIfNull(wordsByCommand);
        foreach (var (command, words) in wordsByCommand)
        {
            foreach (var word in words)
            {
                var key = TextNormalizer.Normalize(word);
                if (key.Length == 0)
                {
                    continue;
                }

                if (_commandByWord.TryGetValue(key, out var other) && other != command)
                {
                    throw new ArgumentException($"The interruption word '{word}' belongs to both '{other}' and '{command}'.", nameof(wordsByCommand));
                }

                _commandByWord[key] = command;
            }
        }
    }

    /// <summary>The command ids in the table.</summary>
    public IEnumerable<string> Commands => _commandByWord.Values.Distinct();

    /// <summary>The command the whole message means, or <c>null</c>.</summary>
    public string? Match(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > TextNormalizer.MaxLength)
        {
            return null;
        }

        return _commandByWord.GetValueOrDefault(TextNormalizer.Normalize(text));
    }
}

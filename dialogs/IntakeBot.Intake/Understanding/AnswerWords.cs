using System.Collections.Frozen;
using IntakeBot.Content.Model;
using IntakeBot.Content.Routing;
using IntakeBot.Dialogs.Text;

namespace IntakeBot.Intake.Understanding;

/// <summary>
/// The answer words of content/vocabulary.yaml, folded once. Lists match in both languages: a Dutch speaker
/// who types "skip" is understood too.
/// </summary>
public sealed class AnswerWords
{
    public const string Done = "done";
    public const string Skip = "skip";
    public const string DontKnow = "dont_know";
    public const string Keep = "keep";
    public const string Delete = "delete";
    public const string Continue = "continue";
    public const string Later = "later";
    public const string Call = "call";
    public const string Change = "change";
    public const string UnknownOrganisation = "unknown_organisation";
    public const string Difference = "difference";
    public const string NewMessage = "new_message";

    private readonly FrozenDictionary<string, string[]> _words;
    private readonly FrozenDictionary<string, string[]> _fields;
    private readonly FrozenDictionary<FaqTopic, string[]> _faq;

    public AnswerWords(Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _words = Fold(vocabulary.Words);
        _fields = Fold(vocabulary.Fields);
        _faq = Fold(vocabulary.Faq).ToFrozenDictionary(p => Enum.Parse<FaqTopic>(p.Key, ignoreCase: true), p => p.Value);
    }

    /// <summary>The folded words of a list, as synonyms for a button.</summary>
    public IReadOnlyList<string> Synonyms(string list) => _words.TryGetValue(list, out var words) ? words : [];

    /// <summary>True when the whole message is one of the words of <paramref name="list"/>.</summary>
    public bool Is(string list, string? text)
    {
        var folded = TextNormalizer.Normalize(text);
        return folded.Length > 0 && _words.TryGetValue(list, out var words) && words.Contains(folded, StringComparer.Ordinal);
    }

    /// <summary>True when the message contains one of the words of <paramref name="list"/> as whole words.</summary>
    public bool Contains(string list, string? text) =>
        _words.TryGetValue(list, out var words) && ContainsAny(Pad(text), words);

    /// <summary>The fields the message points at ("wijzig mijn telefoonnummer" → phone), in the order given.</summary>
    public IReadOnlyList<string> FieldsIn(string? text, IEnumerable<string> candidates)
    {
        var padded = Pad(text);
        return [.. candidates.Where(f => _fields.TryGetValue(f, out var words) && ContainsAny(padded, words))];
    }

    /// <summary>The question topic the message is about, or null.</summary>
    public FaqTopic? TopicOf(string? text)
    {
        var padded = Pad(text);
        foreach (var (topic, words) in _faq)
        {
            if (ContainsAny(padded, words))
            {
                return topic;
            }
        }

        return null;
    }

    private static string Pad(string? text) => " " + TextNormalizer.Normalize(text) + " ";

    private static bool ContainsAny(string padded, string[] words) =>
        words.Any(w => padded.Contains(" " + w + " ", StringComparison.Ordinal));

    private static FrozenDictionary<string, string[]> Fold(IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> lists) =>
        lists.ToFrozenDictionary(
            l => l.Key,
            l => l.Value.Values.SelectMany(w => w).Select(TextNormalizer.Normalize).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToArray(),
            StringComparer.Ordinal);
}

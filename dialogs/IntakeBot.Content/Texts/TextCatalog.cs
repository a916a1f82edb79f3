using System.Collections.Frozen;
using IntakeBot.Content.Model;

namespace IntakeBot.Content.Texts;

/// <summary>All texts by language and key (content/texts/&lt;language&gt;.yaml).</summary>
public sealed class TextCatalog
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, TextEntry>> _byLanguage;

    internal TextCatalog(IReadOnlyDictionary<string, IReadOnlyDictionary<string, TextEntry>> byLanguage)
    {
        _byLanguage = byLanguage.ToFrozenDictionary(
            l => l.Key,
            l => l.Value.ToFrozenDictionary(StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    /// <summary>The languages present, e.g. "nl" and "en".</summary>
    public IReadOnlyCollection<string> Languages => _byLanguage.Keys;

    /// <summary>All keys of a language.</summary>
    public IReadOnlyCollection<string> Keys(string language) =>
        _byLanguage.TryGetValue(language, out var texts) ? texts.Keys : [];

    /// <summary>True when the key exists in the language.</summary>
    public bool Contains(string language, string key) =>
        _byLanguage.TryGetValue(language, out var texts) && texts.ContainsKey(key);

    /// <summary>The entry, or throws <see cref="KeyNotFoundException"/> naming language and key.</summary>
    public TextEntry Entry(string language, string key) =>
        _byLanguage.TryGetValue(language, out var texts) && texts.TryGetValue(key, out var entry)
            ? entry
            : throw new KeyNotFoundException($"Text '{key}' not found for language '{language}'.");

    /// <summary>The template text for a language, key and register (and the retry wording when asked).</summary>
    public string Get(string language, string key, Register register, bool retry = false) =>
        Entry(language, key).For(register, retry);
}

using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IntakeBot.Bot.Staff;

/// <summary>
/// The texts of the staff area, read from content/staff/&lt;area&gt;.&lt;language&gt;.yaml (flat maps key: text). Dutch
/// is the reference: every other language must have exactly the same keys. Loaded once at start-up; a problem stops
/// start-up with the file and the reason.
/// </summary>
public sealed class StaffTexts
{
    /// <summary>The reference language.</summary>
    public const string Dutch = "nl";

    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _byLanguage;

    private StaffTexts(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byLanguage) => _byLanguage = byLanguage;

    /// <summary>The languages found (always including Dutch).</summary>
    public IEnumerable<string> Languages => _byLanguage.Keys;

    /// <summary>The Dutch text for <paramref name="key"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such key: a programming error, named in the message.</exception>
    public string this[string key] => Get(key, Dutch);

    /// <summary>The text in <paramref name="language"/>, Dutch when the language is unknown.</summary>
    /// <exception cref="KeyNotFoundException">No such key.</exception>
    public string Get(string key, string? language)
    {
        var texts = language is not null && _byLanguage.TryGetValue(language, out var found) ? found : _byLanguage[Dutch];
        return texts.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"The staff text '{key}' is missing from content/staff.");
    }

    /// <summary>The Dutch text with {0}, {1}, ... filled in (invariant culture).</summary>
    public string Format(string key, params object?[] values) => string.Format(CultureInfo.InvariantCulture, this[key], values);

    /// <summary>Reads every content/staff/*.yaml under <paramref name="contentRoot"/>.</summary>
    /// <exception cref="InvalidDataException">A file is not a flat map, a key repeats, or a language misses keys of Dutch.</exception>
    public static StaffTexts Load(string contentRoot)
    {
        var folder = Path.Combine(contentRoot, "staff");
        var byLanguage = new SortedDictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.yaml") : [];
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var language = LanguageOf(file);
            if (!byLanguage.TryGetValue(language, out var texts))
            {
                texts = new Dictionary<string, string>(StringComparer.Ordinal);
                byLanguage[language] = texts;
            }

            foreach (var (key, text) in ReadFlatMap(file))
            {
                if (!texts.TryAdd(key, text))
                {
                    throw new InvalidDataException($"{file}: the key '{key}' is already defined in another content/staff file.");
                }
            }
        }

        if (!byLanguage.TryGetValue(Dutch, out var dutch))
        {
            throw new InvalidDataException($"{folder}: no Dutch staff texts (*.nl.yaml).");
        }

        foreach (var (language, texts) in byLanguage)
        {
            var missing = dutch.Keys.Where(key => !texts.ContainsKey(key)).Concat(texts.Keys.Where(key => !dutch.ContainsKey(key))).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidDataException($"{folder}: the '{language}' and 'nl' staff texts differ in these keys: {string.Join(", ", missing)}.");
            }
        }

        return new StaffTexts(byLanguage.ToDictionary(pair => pair.Key, pair => (IReadOnlyDictionary<string, string>)pair.Value, StringComparer.Ordinal));
    }

    private static string LanguageOf(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var dot = name.LastIndexOf('.');
        return dot > 0 && dot < name.Length - 1
            ? name[(dot + 1)..]
            : throw new InvalidDataException($"{file}: staff text files are named <area>.<language>.yaml, e.g. cases.nl.yaml.");
    }

    private static IEnumerable<KeyValuePair<string, string>> ReadFlatMap(string file)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(file);
            stream.Load(reader);
        }
        catch (YamlException exception)
        {
            throw new InvalidDataException($"{file}: not valid YAML ({exception.Message}).", exception);
        }

        if (stream.Documents.Count == 0)
        {
            yield break;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            throw new InvalidDataException($"{file}: expected a map of key: text.");
        }

        foreach (var (keyNode, valueNode) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key } || valueNode is not YamlScalarNode { Value: { } text })
            {
                throw new InvalidDataException($"{file}: every entry must be key: text (line {keyNode.Start.Line}).");
            }

            yield return new KeyValuePair<string, string>(key, text);
        }
    }
}

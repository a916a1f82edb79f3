using System.Text.Json.Nodes;

namespace IntakeBot.Content.Loading;

/// <summary>
/// Reads content/widget/&lt;language&gt;.yaml: the labels of the chat pages. Dutch is required, and every other
/// language has exactly the Dutch keys, so a page never shows a missing label.
/// </summary>
internal static class WidgetTextsReader
{
    private const string Folder = "widget";
    private const string ReferenceLanguage = "nl";

    public static Dictionary<string, IReadOnlyDictionary<string, string>> Read(ContentFileReader reader)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in reader.Files(Folder, "*.yaml"))
        {
            if (reader.ReadNode(path, "widget") is not JsonObject root)
            {
                continue;
            }

            var language = (string)root["language"]!;
            if (language != Path.GetFileNameWithoutExtension(path))
            {
                reader.Problems.Add(new(reader.Relative(path), "/language", $"language '{language}' must equal the file name"));
                continue;
            }

            result[language] = root["texts"]!.AsObject().ToDictionary(p => p.Key, p => (string)p.Value!, StringComparer.Ordinal);
            files[language] = reader.Relative(path);
        }

        if (!result.TryGetValue(ReferenceLanguage, out var reference))
        {
            reader.Problems.Add(new(Folder, "", $"no {Folder}/{ReferenceLanguage}.yaml found"));
            return result;
        }

        foreach (var (language, texts) in result)
        {
            foreach (var key in reference.Keys.Where(k => !texts.ContainsKey(k)).Order(StringComparer.Ordinal))
            {
                reader.Problems.Add(new(files[language], "/texts", $"text '{key}' is missing (it is in {ReferenceLanguage}.yaml)"));
            }

            foreach (var key in texts.Keys.Where(k => !reference.ContainsKey(k)).Order(StringComparer.Ordinal))
            {
                reader.Problems.Add(new(files[language], "/texts/" + key, $"text '{key}' is not in {ReferenceLanguage}.yaml"));
            }
        }

        return result;
    }
}

using System.Text.Json.Nodes;
using IntakeBot.Content.Model;
using IntakeBot.Content.Texts;
using IntakeBot.Content.Validation;

namespace IntakeBot.Content.Loading;

/// <summary>
/// Loads and validates the content folder at start-up: every file against its JSON Schema in content/schemas,
/// then the cross-references. Any problem stops start-up with a <see cref="ContentValidationException"/>
/// that lists file, path and reason for every problem found.
/// </summary>
public static class ContentLoader
{
    /// <summary>Loads the content folder (the one holding organisations/, texts/, contacts.yaml ...).</summary>
    /// <exception cref="ContentValidationException">The content is invalid.</exception>
    public static ContentCatalog Load(string contentRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRoot);
        if (!Directory.Exists(contentRoot))
        {
            throw new ContentValidationException([new ContentProblem(contentRoot, "", "content folder not found")]);
        }

        var reader = new ContentFileReader(contentRoot);
        var organisations = new Dictionary<string, Organisation>(StringComparer.Ordinal);
        foreach (var path in reader.Files("organisations", "*.yaml"))
        {
            if (reader.Read<Organisation>(path, "organisation") is { } organisation)
            {
                var fileId = Path.GetFileNameWithoutExtension(path);
                if (organisation.Id != fileId)
                {
                    reader.Problems.Add(new(reader.Relative(path), "/id", $"id '{organisation.Id}' must equal the file name '{fileId}'"));
                }

                organisations[organisation.Id] = organisation;
            }
        }

        var contacts = reader.Read<ContactsFile>(Path.Combine(contentRoot, "contacts.yaml"), "contacts");
        var bezwaar = reader.Read<BezwaarRules>(Path.Combine(contentRoot, "bezwaar.yaml"), "bezwaar");
        var calendar = reader.Read<CalendarSettings>(Path.Combine(contentRoot, "calendar.yaml"), "calendar");
        var interruptions = reader.Read<Interruptions>(Path.Combine(contentRoot, "interruptions.yaml"), "interruptions");
        var vocabulary = reader.Read<Vocabulary>(Path.Combine(contentRoot, "vocabulary.yaml"), "vocabulary");
        var texts = ReadTexts(reader);
        var widgetTexts = WidgetTextsReader.Read(reader);

        if (reader.Problems.Count == 0)
        {
            CrossReferences.Check(organisations, contacts!, bezwaar!, texts, reader.Problems);
        }

        if (reader.Problems.Count > 0)
        {
            throw new ContentValidationException(reader.Problems);
        }

        return new ContentCatalog(
            organisations,
            contacts!.Contacts.ToDictionary(c => c.Id, StringComparer.Ordinal),
            contacts.CrisisOrder,
            bezwaar!,
            calendar!,
            new TextCatalog(texts),
            interruptions!,
            vocabulary!)
        {
            WidgetTexts = widgetTexts,
        };
    }

    private static Dictionary<string, IReadOnlyDictionary<string, TextEntry>> ReadTexts(ContentFileReader reader)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, TextEntry>>(StringComparer.Ordinal);
        foreach (var path in reader.Files("texts", "*.yaml"))
        {
            if (reader.ReadNode(path, "texts") is JsonObject root)
            {
                var language = (string)root["language"]!;
                if (language != Path.GetFileNameWithoutExtension(path))
                {
                    reader.Problems.Add(new(reader.Relative(path), "/language", $"language '{language}' must equal the file name"));
                }

                result[language] = TextsReader.Read(root["texts"]!.AsObject());
            }
        }

        if (result.Count == 0)
        {
            reader.Problems.Add(new("texts", "", "no texts/<language>.yaml found"));
        }

        return result;
    }
}

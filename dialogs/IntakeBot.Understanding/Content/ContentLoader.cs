using IntakeBot.Understanding.Classification;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace IntakeBot.Understanding.Content;

/// <summary>Reads the YAML files under <c>content/understanding</c>.</summary>
internal static class ContentLoader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static UnderstandingContent Load(string contentRoot)
    {
        var folder = Path.Combine(contentRoot, "understanding");
        if (!Directory.Exists(folder))
        {
            throw new ContentException($"Content folder not found: {folder}");
        }

        return new UnderstandingContent(
            LoadExamples(Path.Combine(folder, "examples")),
            Read<NormalisationDocument>(Path.Combine(folder, "normalisation.yaml")),
            Read<RulesDocument>(Path.Combine(folder, "rules.yaml")),
            Read<CrisisDocument>(Path.Combine(folder, "crisis.yaml")),
            Read<LanguageDocument>(Path.Combine(folder, "language.yaml")),
            Read<SentimentDocument>(Path.Combine(folder, "sentiment.yaml")));
    }

    /// <summary>Reads every <c>*.yaml</c> example file in a folder, in file-name order so training is deterministic.</summary>
    public static IReadOnlyList<TrainingExample> LoadExamples(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new ContentException($"Examples folder not found: {folder}");
        }

        var examples = new List<TrainingExample>();
        foreach (var file in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var document = Read<ExampleFileDocument>(file);
            if (string.IsNullOrWhiteSpace(document.Label))
            {
                throw new ContentException($"{file}: 'label' is missing.");
            }

            foreach (var (register, texts) in document.Examples.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                examples.AddRange(texts.Select(text => new TrainingExample(document.Label, register, text)));
            }
        }

        return examples;
    }

    private static T Read<T>(string path)
    {
        if (!File.Exists(path))
        {
            throw new ContentException($"Content file not found: {path}");
        }

        try
        {
            return Yaml.Deserialize<T>(File.ReadAllText(path)) ?? throw new ContentException($"{path} is empty.");
        }
        catch (YamlException e)
        {
            throw new ContentException($"{path}: {e.Message}", e);
        }
    }
}

using IntakeBot.Dialogs.Interruptions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace IntakeBot.Testing;

/// <summary>Content from the repository's content/ folder, for tests that must not write user-facing words in C#.</summary>
public static class ContentFixtures
{
    private static readonly Lazy<InterruptionWords> Words = new(LoadInterruptionWords);

    /// <summary>The interruption words of content/interruptions.yaml, all languages.</summary>
    public static InterruptionWords InterruptionWords => Words.Value;

    /// <summary>The words of one command in one language, as written in content/interruptions.yaml.</summary>
    public static IReadOnlyList<string> WordsFor(string command, string language) =>
        ReadFile().Commands[command][language];

    private static InterruptionWords LoadInterruptionWords()
    {
        var file = ReadFile();
        var table = file.Commands.ToDictionary(
            command => command.Key,
            command => (IReadOnlyList<string>)command.Value.Values.SelectMany(words => words).ToList());
        return new InterruptionWords(table);
    }

    private static InterruptionsFile ReadFile()
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        using var reader = File.OpenText(Path.Combine(RepositoryPaths.Content, "interruptions.yaml"));
        return deserializer.Deserialize<InterruptionsFile>(reader);
    }

    private sealed class InterruptionsFile
    {
        public Dictionary<string, Dictionary<string, List<string>>> Commands { get; set; } = [];
    }
}

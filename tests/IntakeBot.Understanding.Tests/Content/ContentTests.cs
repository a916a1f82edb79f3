using IntakeBot.Understanding.Content;

namespace IntakeBot.Understanding.Tests.Content;

public sealed class ContentTests
{
    private static readonly string[] Registers = ["formal-parent", "neutral", "youth-chat", "slang-typos"];
    private static readonly string[] HelpIds = ["112", "113", "veilig-thuis", "kindertelefoon", "centrum-seksueel-geweld"];

    [Fact]
    public void EveryLabelHasEnoughExamplesInEveryRegister()
    {
        var content = TestContent.Content;
        foreach (var label in content.Rules.Labels)
        {
            var examples = content.Examples.Where(e => e.Label == label).ToList();
            Assert.True(examples.Count >= 45, $"{label}: {examples.Count} examples");
            foreach (var register in Registers)
            {
                var count = examples.Count(e => e.Register == register);
                Assert.True(count >= 8, $"{label}/{register}: {count} examples");
            }
        }

        Assert.All(content.Examples, e => Assert.Contains(e.Register, Registers));
        Assert.All(content.Examples, e => Assert.Contains(e.Label, content.Rules.Labels));
    }

    [Fact]
    public void ExamplesAreUnique() =>
        Assert.Empty(TestContent.Content.Examples.GroupBy(e => e.Text.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key));

    [Fact]
    public void CrisisHelpUsesKnownIds()
    {
        var crisis = TestContent.Content.Crisis;

        Assert.Equal(
            ["immediate-danger", "running-away", "self-harm", "sexual-abuse", "suicide", "violence-at-home"],
            crisis.Categories.Keys.Order(StringComparer.Ordinal));
        Assert.All(crisis.Categories.Values.SelectMany(c => c.Help), id => Assert.Contains(id, HelpIds));
    }

    [Fact]
    public void AMissingFolderIsAClearError()
    {
        var error = Assert.Throws<ContentException>(() => UnderstandingContent.Load(Path.Combine(Path.GetTempPath(), "no-such-content-" + Guid.NewGuid())));

        Assert.Contains("not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedYamlIsAClearError()
    {
        var folder = Directory.CreateTempSubdirectory("understanding-test-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "broken.yaml"), "label: klacht\nexamples:\n  neutral: [unclosed\n");

            var error = Assert.Throws<ContentException>(() => IntakeBot.Understanding.Evaluation.ClassifierEvaluator.LoadTestSet(folder.FullName));

            Assert.Contains("broken.yaml", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

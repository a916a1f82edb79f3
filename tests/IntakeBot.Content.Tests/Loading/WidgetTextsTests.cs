using IntakeBot.Content.Loading;
using IntakeBot.Content.Tests.Support;

namespace IntakeBot.Content.Tests.Loading;

public sealed class WidgetTextsTests
{
    [Fact]
    public void The_shipped_widget_texts_have_the_same_keys_in_dutch_and_english()
    {
        var catalog = RepoContent.Catalog;

        Assert.Equal(["en", "nl"], catalog.WidgetTexts.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(catalog.WidgetTexts["nl"].Keys.Order(StringComparer.Ordinal), catalog.WidgetTexts["en"].Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Snel weg", catalog.WidgetTexts["nl"]["exit.button"]);
    }

    [Fact]
    public void A_widget_text_missing_in_english_is_reported_with_its_key()
    {
        using var content = RepoContent.Copy();
        content.Replace("widget/en.yaml", "  read.aloud: \"Read aloud\"\n", "");

        var problems = Problems(content);

        Assert.Contains(problems, p => p.File == "widget/en.yaml" && p.Reason.Contains("read.aloud", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_widget_text_fails_the_schema()
    {
        using var content = RepoContent.Copy();
        content.Replace("widget/nl.yaml", "exit.button: \"Snel weg\"", "exit.button: \"\"");

        var problems = Problems(content);

        Assert.Contains(problems, p => p.File == "widget/nl.yaml" && p.Path.Contains("exit.button", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_dutch_widget_texts_loading_fails()
    {
        using var content = RepoContent.Copy();
        File.Delete(content.PathOf("widget/nl.yaml"));

        var problems = Problems(content);

        Assert.Contains(problems, p => p.File == "widget" && p.Reason.Contains("nl.yaml", StringComparison.Ordinal));
    }

    private static IReadOnlyList<ContentProblem> Problems(TempContent content) =>
        Assert.Throws<ContentValidationException>(() => ContentLoader.Load(content.Root)).Problems;
}

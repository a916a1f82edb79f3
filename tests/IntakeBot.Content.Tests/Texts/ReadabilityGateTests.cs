using System.Globalization;
using IntakeBot.Content.Model;
using IntakeBot.Content.Tests.Support;
using Xunit.Abstractions;

namespace IntakeBot.Content.Tests.Texts;

/// <summary>
/// The readability gate for every Dutch text (both registers and retry wordings): Flesch-Douma at least 60 per text,
/// at least 70 on average, and no sentence longer than 15 words. LIX is reported alongside.
/// </summary>
public sealed class ReadabilityGateTests(ITestOutputHelper output)
{
    private const double MinimumPerText = 60;
    private const double MinimumAverage = 70;
    private const int MaximumSentenceWords = 15;

    [Fact]
    public void Every_dutch_text_passes_the_readability_gate()
    {
        var scored = DutchTexts().Select(t => (t.Key, t.Text, Score: Readability.Score(t.Text))).ToList();
        var failures = scored
            .Where(t => t.Score.FleschDouma < MinimumPerText || t.Score.LongestSentence > MaximumSentenceWords)
            .Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key}: Flesch-Douma {t.Score.FleschDouma:F1}, LIX {t.Score.Lix:F1}, longest sentence {t.Score.LongestSentence} words: \"{t.Text}\""))
            .ToList();
        var average = scored.Average(t => t.Score.FleschDouma);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scored.Count} texts, average Flesch-Douma {average:F1}, average LIX {scored.Average(t => t.Score.Lix):F1}"));

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(average >= MinimumAverage, string.Create(CultureInfo.InvariantCulture, $"average Flesch-Douma {average:F1} is below {MinimumAverage}"));
    }

    [Theory]
    [InlineData("Je krijgt uiterlijk dinsdag bericht.", 1)]
    [InlineData("Ik ben een bot. Ik ben geen mens.", 2)]
    [InlineData("Bel 112.\nBel 113.", 2)]
    public void Sentences_are_counted(string text, int sentences)
    {
        Assert.Equal(sentences, Readability.Score(text).Sentences);
    }

    [Theory]
    [InlineData("klacht", 1)]
    [InlineData("organisatie", 5)]
    [InlineData("beëindigen", 4)]
    [InlineData("vertrouwenspersoon", 5)]
    [InlineData("112", 1)]
    public void Syllables_are_vowel_groups(string word, int syllables)
    {
        Assert.Equal(syllables, Readability.Syllables(word));
    }

    [Fact]
    public void Hard_officialese_fails_and_plain_dutch_passes()
    {
        var hard = Readability.Score("Indien u derhalve bezwaar wenst te maken tegen de beschikking, dient u een gemotiveerd bezwaarschrift in te dienen bij het bestuursorgaan.");
        var plain = Readability.Score("Ben je het niet eens met de brief? Dan kan je dat laten weten.");

        Assert.True(hard.FleschDouma < MinimumPerText || hard.LongestSentence > MaximumSentenceWords);
        Assert.True(plain.FleschDouma >= MinimumAverage);
        Assert.True(hard.Lix > plain.Lix);
    }

    private static IEnumerable<(string Key, string Text)> DutchTexts()
    {
        var texts = RepoContent.Catalog.Texts;
        // Button labels ("choice.*") are one or two words, not prose: reading-ease formulas say nothing about them.
        foreach (var key in texts.Keys("nl").Where(k => !k.StartsWith("choice.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var entry = texts.Entry("nl", key);
            foreach (var register in new[] { Register.Je, Register.U })
            {
                yield return ($"{key} ({register})", entry.For(register));
                if (entry.RetryJe is not null)
                {
                    yield return ($"{key} ({register}, retry)", entry.For(register, retry: true));
                }
            }
        }
    }
}

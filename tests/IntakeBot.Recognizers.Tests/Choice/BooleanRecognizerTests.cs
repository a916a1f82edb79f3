using System.Globalization;
using IntakeBot.Recognizers.Choice;

namespace IntakeBot.Recognizers.Tests.Choice;

public sealed class BooleanRecognizerTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Theory]
    [InlineData("ja", true)]
    [InlineData("Jep", true)]
    [InlineData("jup", true)]
    [InlineData("ok", true)]
    [InlineData("oke", true)]
    [InlineData("Oké!", true)] // diacritic folded
    [InlineData("prima", true)]
    [InlineData("zeker", true)]
    [InlineData("jaaaaa", true)] // repeated letters folded
    [InlineData("\U0001F44D", true)]
    [InlineData("\U0001F44D\U0001F3FD", true)] // thumbs up with a skin tone
    [InlineData("nee", false)]
    [InlineData("neen", false)]
    [InlineData("nope", false)]
    [InlineData("liever niet", false)] // phrase beats single words
    [InlineData("neeeee", false)]
    [InlineData("\U0001F44E", false)]
    [InlineData("Ja. Ik zei nee", true)] // the first answer decides, as in Recognizers-Text
    public void Dutch_RecognizesInformalForms(string text, bool expected)
    {
        var result = BooleanRecognizer.Recognize(text, Dutch);

        Assert.NotNull(result);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("yeah", true)]
    [InlineData("nope", false)]
    [InlineData("no thanks", false)]
    public void English_RecognizesInformalForms(string text, bool expected)
    {
        Assert.Equal(expected, BooleanRecognizer.Recognize(text, English)?.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("vorig jaar")] // "ja" inside a word never counts
    [InlineData("misschien")]
    [InlineData("\u202Eja")] // only a right-to-left override before it: still a word, see below
    public void NoAnswer_ReturnsNullOrWholeWordOnly(string text)
    {
        var result = BooleanRecognizer.Recognize(text, Dutch);

        if (result is not null)
        {
            Assert.Equal("ja", result.Text);
        }
    }

    [Fact]
    public void Result_OffsetsPointIntoTheInput_EndInclusive()
    {
        var result = BooleanRecognizer.Recognize("Nou, liever niet eigenlijk", Dutch);

        Assert.NotNull(result);
        Assert.Equal("liever niet", result.Text);
        Assert.Equal(5, result.Start);
        Assert.Equal(15, result.End);
    }
}

using System.Globalization;
using IntakeBot.Recognizers.Choice;

namespace IntakeBot.Recognizers.Tests.Choice;

public sealed class BooleanRecognizerMoreTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    [Theory]
    [InlineData("uiteraard", true)]
    [InlineData("jaaa is goed hoor", true)]
    [InlineData("okidoki", true)]
    [InlineData("👌", true)]
    [InlineData("nee joh", false)]
    [InlineData("laat maar", false)]
    [InlineData("liever nie", false)]
    [InlineData("Ik ga niet akkoord", false)]
    public void Dutch_MoreChatForms(string text, bool expected) => Assert.Equal(expected, BooleanRecognizer.Recognize(text, Dutch)?.Value);

    [Fact]
    public void ModelResults_HaveRecognizersTextShape()
    {
        var result = Assert.Single(BooleanRecognizer.RecognizeModelResults("Nou, liever niet", Dutch));

        Assert.Equal("boolean", result.TypeName);
        Assert.Equal("liever niet", result.Text);
        Assert.Equal((5, 15), (result.Start, result.End));
        Assert.Equal(false, result.Resolution["value"]);
    }

    [Fact]
    public void ModelResults_EmptyWhenNoAnswer() => Assert.Empty(BooleanRecognizer.RecognizeModelResults("misschien", Dutch));
}

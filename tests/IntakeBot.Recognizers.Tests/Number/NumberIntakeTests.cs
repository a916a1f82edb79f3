using System.Globalization;
using IntakeBot.Recognizers.Number;

namespace IntakeBot.Recognizers.Tests.Number;

/// <summary>Numbers, ordinals and percentages as they come up in an intake, including choosing from a list.</summary>
public sealed class NumberIntakeTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    [Theory]
    [InlineData("ik heb drie kinderen", "drie", "3")]
    [InlineData("eenentwintig", "eenentwintig", "21")]
    [InlineData("al anderhalf jaar", "anderhalf", "1,5")]
    [InlineData("twee komma vijf", "twee komma vijf", "2,5")]
    [InlineData("het kost 1.234,5 euro", "1.234,5", "1234,5")]
    [InlineData("een half uur", "een half", "0,5")]
    [InlineData("ik ben zestien", "zestien", "16")]
    [InlineData("tweeëntwintig", "tweeëntwintig", "22")]
    [InlineData("min vijf", "min vijf", "-5")]
    [InlineData("twee derde", "twee derde", "0,666666666666667")]
    public void RecognisesNumbers(string input, string text, string value)
    {
        var result = Assert.Single(NumberRecognizer.Recognize(input, Dutch));

        Assert.Equal(text, result.Text);
        Assert.Equal("number", result.TypeName);
        Assert.Equal(value, result.Resolution["value"]);
        Assert.Equal(text, input.Substring(result.Start, result.End - result.Start + 1));
    }

    [Theory]
    [InlineData("ik heb een probleem")]
    [InlineData("een begeleider luistert niet")]
    [InlineData("en")]
    [InlineData("180ml")]
    public void ArticleAndUnitsAreNotNumbers(string input) => Assert.Empty(NumberRecognizer.Recognize(input, Dutch));

    [Theory]
    [InlineData("de eerste", "eerste", "1")]
    [InlineData("nummer 2", "nummer 2", "2")]
    [InlineData("nr. 3 graag", "nr. 3", "3")]
    [InlineData("3e", "3e", "3")]
    [InlineData("de tweede optie", "tweede", "2")]
    [InlineData("de vierde", "vierde", "4")]
    public void RecognisesOrdinalsForChoosing(string input, string text, string value)
    {
        var result = Assert.Single(OrdinalRecognizer.Recognize(input, Dutch));

        Assert.Equal(text, result.Text);
        Assert.Equal("ordinal", result.TypeName);
        Assert.Equal(value, result.Resolution["value"]);
    }

    [Fact]
    public void LastIsRelativeToTheEnd()
    {
        var result = Assert.Single(OrdinalRecognizer.Recognize("ik kies de laatste", Dutch));

        Assert.Equal("ordinal.relative", result.TypeName);
        Assert.Equal("end+0", result.Resolution["value"]);
    }

    [Theory]
    [InlineData("50 procent", "50%")]
    [InlineData("honderd procent zeker", "100%")]
    [InlineData("75%", "75%")]
    public void RecognisesPercentages(string input, string value) =>
        Assert.Equal(value, Assert.Single(PercentageRecognizer.Recognize(input, Dutch)).Resolution["value"]);
}

using System.Globalization;
using IntakeBot.Recognizers.Number;

namespace IntakeBot.Recognizers.Tests.Number;

/// <summary>The en-US fallback: digits with a decimal point and basic English number words.</summary>
public sealed class EnglishNumberTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Theory]
    [InlineData("I have three kids", "three", "3")]
    [InlineData("twenty-one", "twenty-one", "21")]
    [InlineData("three hundred and five", "three hundred and five", "305")]
    [InlineData("it costs 1,234.5 dollars", "1,234.5", "1234.5")]
    [InlineData("two thousand twenty", "two thousand twenty", "2020")]
    [InlineData("minus -3", "-3", "-3")]
    public void RecognisesEnglishNumbers(string input, string text, string value)
    {
        var result = Assert.Single(NumberRecognizer.Recognize(input, English));

        Assert.Equal(text, result.Text);
        Assert.Equal(value, result.Resolution["value"]);
    }

    [Theory]
    [InlineData("I have a problem")]
    [InlineData("180ml")]
    public void FindsNoNumber(string input) => Assert.Empty(NumberRecognizer.Recognize(input, English));
}

using IntakeBot.Recognizers.Sequence;

namespace IntakeBot.Recognizers.Tests.Sequence;

public sealed class PhoneNumberRecognizerTests
{
    [Theory]
    [InlineData("bel me op 0612 34 56 78", "0612 34 56 78", "+31612345678")]
    [InlineData("+31 6 12345678", "+31 6 12345678", "+31612345678")]
    [InlineData("mijn nummer: 06-12345678.", "06-12345678", "+31612345678")]
    [InlineData("0031612345678", "0031612345678", "+31612345678")]
    [InlineData("0031 6 1234 5678", "0031 6 1234 5678", "+31612345678")]
    [InlineData("+31 (0)6 12 34 56 78", "+31 (0)6 12 34 56 78", "+31612345678")]
    [InlineData("070-1234567", "070-1234567", "+31701234567")]
    [InlineData("(070) 123 45 67", "(070) 123 45 67", "+31701234567")]
    [InlineData("0348-123456 is thuis", "0348-123456", "+31348123456")]
    [InlineData("Jeugdstem: (088) 555 10 00", "(088) 555 10 00", "+31885551000")]
    [InlineData("113 zelfmoordpreventie 0800-0113", "0800-0113", "+318000113")]
    [InlineData("papa woont in belgie +32 470 12 34 56", "+32 470 12 34 56", "+32470123456")]
    [InlineData("06.12.34.56.78", "06.12.34.56.78", "+31612345678")]
    [InlineData("+31(0)6-12345678", "+31(0)6-12345678", "+31612345678")]
    [InlineData("06 - 12 34 56 78", "06 - 12 34 56 78", "+31612345678")]
    [InlineData("0031 (0) 70 123 45 67", "0031 (0) 70 123 45 67", "+31701234567")]
    [InlineData("(+31) 6-1234 5678", "(+31) 6-1234 5678", "+31612345678")]
    [InlineData("nummer +44 20 7946 0958", "+44 20 7946 0958", "+442079460958")]
    [InlineData("Veilig Thuis 0800-2000", "0800-2000", "+318002000")]
    public void Finds_DutchAndInternationalForms(string text, string expectedText, string expectedNormalized)
    {
        var result = Assert.Single(PhoneNumberRecognizer.Recognize(text));

        Assert.Equal(expectedText, result.Text);
        Assert.Equal(expectedText, text[result.Start..(result.End + 1)]);
        Assert.Equal(expectedNormalized, result.Resolution["normalized"]);
        Assert.Equal("phonenumber", result.TypeName);
    }

    [Theory]
    [InlineData("ik ben 14 jaar")]
    [InlineData("op 03-04-2010 gebeurde het")] // a date, not a number
    [InlineData("0612345")] // too short
    [InlineData("061234567890123")] // too long
    [InlineData("06123456789")] // one digit too many
    [InlineData("+3161234567")] // one digit short
    [InlineData("om 06.30 uur")]
    [InlineData("code 0612345678abc")] // glued to letters
    [InlineData("")]
    public void Ignores_NonNumbers(string text) => Assert.Empty(PhoneNumberRecognizer.Recognize(text));

    [Fact]
    public void Finds_TwoNumbersInOneMessage()
    {
        var results = PhoneNumberRecognizer.Recognize("mama 0612345678 of papa 06 87654321");

        Assert.Equal(["0612345678", "06 87654321"], results.Select(r => r.Text));
    }
}

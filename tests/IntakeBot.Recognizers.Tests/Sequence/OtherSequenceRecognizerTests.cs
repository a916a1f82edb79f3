using IntakeBot.Recognizers.Sequence;

namespace IntakeBot.Recognizers.Tests.Sequence;

public sealed class OtherSequenceRecognizerTests
{
    [Theory]
    [InlineData("mail naar klachten@kracht-denhaag.nl.", "klachten@kracht-denhaag.nl")]
    [InlineData("Sanne.de.Vries@Gmail.com", "sanne.de.vries@gmail.com")]
    [InlineData("info@jeugdstem.nl of bel", "info@jeugdstem.nl")]
    public void Email_FindsDutchAddresses(string text, string expectedValue)
    {
        var result = Assert.Single(EmailRecognizer.Recognize(text));
        Assert.Equal(expectedValue, result.Resolution["value"]);
    }

    [Theory]
    [InlineData("kijk op www.jeugdstem.nl!", "www.jeugdstem.nl")]
    [InlineData("https://www.denhaag.nl/nl/contact-met-de-gemeente/bezwaar-maken-sociale-zaken/.", "https://www.denhaag.nl/nl/contact-met-de-gemeente/bezwaar-maken-sociale-zaken/")]
    [InlineData("blijfgroep.nl", "blijfgroep.nl")]
    [InlineData("www.kindertelefoon.nu", "www.kindertelefoon.nu")]
    [InlineData("https://example.de/pad", "https://example.de/pad")]
    public void Url_FindsDutchSites(string text, string expected) => Assert.Equal(expected, Assert.Single(UrlRecognizer.Recognize(text)).Text);

    [Theory]
    [InlineData("ik ben moe.ik wil slapen")]
    [InlineData("om 7.30 uur")]
    [InlineData("mail jan@school.nl")] // an e-mail host is not a URL
    [InlineData("ik was boos.nu gaat het")] // a missing space, not Niue
    [InlineData("hallo.de begeleider")]
    public void Url_IgnoresChat(string text) => Assert.Empty(UrlRecognizer.Recognize(text));

    [Theory]
    [InlineData("6160 AC Geleen", "6160 AC")]
    [InlineData("postcode 2514ab", "2514 AB")]
    [InlineData("2514 AB", "2514 AB")]
    [InlineData("1234 xy", "1234 XY")]
    public void Postcode_FindsAndNormalises(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(PostcodeRecognizer.Recognize(text)).Resolution["value"]);

    [Theory]
    [InlineData("in 2010 en 2011")] // a year and a word
    [InlineData("0123 AB")] // postcodes never start with 0
    [InlineData("1234 SS")] // letter pair not issued
    [InlineData("12345 AB")]
    [InlineData("1234 ABC")]
    public void Postcode_IgnoresLookalikes(string text) => Assert.Empty(PostcodeRecognizer.Recognize(text));

    [Theory]
    [InlineData("12", "12", null)]
    [InlineData("12a", "12", "A")]
    [InlineData("12 A", "12", "A")]
    [InlineData("12-II", "12", "II")]
    [InlineData("12-2", "12", "2")]
    [InlineData("12 bis", "12", "BIS")]
    [InlineData("12hs", "12", "HS")]
    [InlineData("nummer 340-3hoog", "340", "3HOOG")]
    public void HouseNumber_FindsAdditions(string text, string number, string? addition)
    {
        var result = Assert.Single(HouseNumberRecognizer.Recognize(text));
        Assert.Equal(number, result.Resolution["value"]);
        Assert.Equal(addition, result.Resolution["addition"]);
    }

    [Theory]
    [InlineData("mijn bsn is 111222333", "111222333")]
    [InlineData("BSN: 1234.56.782", "123456782")]
    [InlineData("123 456 782", "123456782")]
    public void Bsn_FindsValidNumbers(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(BsnRecognizer.Recognize(text)).Resolution["value"]);

    [Theory]
    [InlineData("123456789")] // fails the 11-proof
    [InlineData("000000000")]
    [InlineData("1234567820")] // ten digits
    [InlineData("06 123456782")] // not glued into a phone number
    public void Bsn_RejectsInvalid(string text)
    {
        var results = BsnRecognizer.Recognize(text);
        Assert.DoesNotContain(results, r => r.Text.Replace(" ", string.Empty, StringComparison.Ordinal).Length > 9);
        if (text == "06 123456782")
        {
            Assert.Equal("123456782", Assert.Single(results).Text);
        }
        else
        {
            Assert.Empty(results);
        }
    }

    [Theory]
    [InlineData("NL91 ABNA 0417 1643 00", "NL91ABNA0417164300")]
    [InlineData("rekening nl91abna0417164300 graag", "NL91ABNA0417164300")]
    [InlineData("BE68 5390 0754 7034", "BE68539007547034")]
    [InlineData("DE89 3704 0044 0532 0130 00", "DE89370400440532013000")]
    [InlineData("GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432")]
    public void Iban_FindsValid(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(IbanRecognizer.Recognize(text)).Resolution["value"]);

    [Theory]
    [InlineData("NL91 ABNA 0417 1643 01")] // wrong check
    [InlineData("NL91 ABNA 0417 1643")] // too short
    [InlineData("XX91 ABNA 0417 1643 00")] // unknown country
    public void Iban_RejectsInvalid(string text) => Assert.Empty(IbanRecognizer.Recognize(text));
}

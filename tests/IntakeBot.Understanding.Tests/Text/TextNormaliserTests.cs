using IntakeBot.Understanding.Text;

namespace IntakeBot.Understanding.Tests.Text;

public sealed class TextNormaliserTests
{
    private readonly TextNormaliser _normaliser = new(TestContent.Content.Normalisation.Spellings);

    [Theory]
    [InlineData("Mn begeleider LUISTERE nie!!", " mijn begeleider luisteren niet ")]
    [InlineData("wrm doe je ff zo", " waarom doe je even zo ")]
    [InlineData("NEEEEEE", " nee ")]
    [InlineData("Één café, één reïntegratie", " een cafe een reintegratie ")]
    [InlineData("m'n moeder 😡😡", " mijn moeder ")]
    [InlineData("kheb het gezien", " ik heb het gezien ")]
    [InlineData("", " ")]
    [InlineData("bel 0800-2000", " bel 0800 2000 ")]
    public void NormalisesChatSpelling(string input, string expected) =>
        Assert.Equal(expected, _normaliser.Normalise(input));

    [Fact]
    public void CutsVeryLongInput()
    {
        var normalised = _normaliser.Normalise(new string('a', 10) + " " + new string('b', 100_000));

        Assert.True(normalised.Length <= TextNormaliser.MaxInputLength + 2);
    }
}

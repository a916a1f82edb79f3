using IntakeBot.Understanding.Crisis;

namespace IntakeBot.Understanding.Tests.Crisis;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("geslagen", "geslagen", true)]
    [InlineData("geslagen", "gesalgen", true)]
    [InlineData("geslagen", "geslagn", true)]
    [InlineData("geslagen", "gesslagen", true)]
    [InlineData("geslagen", "geslagem", true)]
    [InlineData("geslagen", "gseslagn", false)]
    [InlineData("geslagen", "gesla", false)]
    public void AllowsExactlyOneTypo(string a, string b, bool expected)
    {
        Assert.Equal(expected, EditDistance.WithinOne(a, b));
        Assert.Equal(expected, EditDistance.WithinOne(b, a));
    }
}

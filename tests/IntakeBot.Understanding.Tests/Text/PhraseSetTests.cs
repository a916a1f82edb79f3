using IntakeBot.Understanding.Text;

namespace IntakeBot.Understanding.Tests.Text;

public sealed class PhraseSetTests
{
    private readonly PhraseSet _set = new(["brief", "brief van de gemeente", "luistert niet", "van de"]);

    [Fact]
    public void FindsWholeWordPhrasesAnywhere()
    {
        var found = new ulong[_set.BitSetLength];

        _set.Match(" ik kreeg een brief van de gemeente en ze luistert niet ", found);

        Assert.True(PhraseSet.Contains(found, 0));
        Assert.True(PhraseSet.Contains(found, 1));
        Assert.True(PhraseSet.Contains(found, 2));
        Assert.True(PhraseSet.Contains(found, 3));
    }

    [Fact]
    public void DoesNotMatchPartsOfWords()
    {
        var found = new ulong[_set.BitSetLength];

        _set.Match(" briefje luistert nietes ", found);

        Assert.All(Enumerable.Range(0, _set.Count), id => Assert.False(PhraseSet.Contains(found, id)));
    }
}

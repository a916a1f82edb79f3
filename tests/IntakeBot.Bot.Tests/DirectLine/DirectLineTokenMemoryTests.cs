using IntakeBot.Bot.Channels.DirectLine;
using IntakeBot.Testing;

namespace IntakeBot.Bot.Tests.DirectLine;

/// <summary>
/// A token whose signature checked out is remembered, so later requests skip the signature; what is remembered still
/// expires, another token is never taken for it, and the memory stays bounded.
/// </summary>
public sealed class DirectLineTokenMemoryTests
{
    private readonly ManualTimeProvider _clock = new();
    private readonly DirectLineTokens _tokens;

    public DirectLineTokenMemoryTests() =>
        _tokens = new DirectLineTokens(new DirectLineSecrets(["geheim-voor-de-test-0123456789"]), _clock, new DirectLineOptions());

    [Fact]
    public void A_remembered_token_still_expires()
    {
        var (token, _) = _tokens.Issue("c1", "u1", null);
        Assert.Equal(DirectLineTokenStatus.Valid, _tokens.Read(token).Status);
        Assert.Equal(1, _tokens.Remembered);

        _clock.Advance(TimeSpan.FromMinutes(30));

        var read = _tokens.Read(token);
        Assert.Equal(DirectLineTokenStatus.Expired, read.Status);
        Assert.Equal("c1", read.Claims!.ConversationId);
    }

    [Fact]
    public void A_token_that_differs_from_a_remembered_one_is_checked_and_refused_when_forged()
    {
        var (token, _) = _tokens.Issue("c1", "u1", null);
        _tokens.Read(token);
        var otherSignature = token[..^1] + (token[^1] == 'A' ? 'B' : 'A');
        var otherSecret = new DirectLineTokens(new DirectLineSecrets(["een-ander-geheim-0123456789"]), _clock, new DirectLineOptions()).Issue("c1", "u1", null).Token;

        Assert.Equal(DirectLineTokenStatus.Invalid, _tokens.Read(otherSignature).Status);
        Assert.Equal(DirectLineTokenStatus.Invalid, _tokens.Read(otherSecret).Status);
        Assert.Equal(DirectLineTokenStatus.Invalid, _tokens.Read("niet.een.token").Status);
        Assert.Equal(1, _tokens.Remembered);
        Assert.Equal(DirectLineTokenStatus.Valid, _tokens.Read(token).Status);
    }

    [Fact]
    public void The_memory_stays_bounded_and_every_token_keeps_working()
    {
        var issued = Enumerable.Range(0, 3 * DirectLineTokens.MaxRemembered).Select(i => _tokens.Issue($"c{i}", "u", null).Token).ToList();

        foreach (var token in issued.Concat(issued))
        {
            Assert.Equal(DirectLineTokenStatus.Valid, _tokens.Read(token).Status);
            Assert.InRange(_tokens.Remembered, 1, DirectLineTokens.MaxRemembered);
        }
    }
}

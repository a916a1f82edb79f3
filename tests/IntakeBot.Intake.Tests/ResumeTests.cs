using System.Text.RegularExpressions;
using IntakeBot.Intake.Resume;
using IntakeBot.Intake.Tests.Support;

namespace IntakeBot.Intake.Tests;

/// <summary>Resume codes work on any conversation for 14 days, once; they never look like a word or a case reference.</summary>
public sealed partial class ResumeTests
{
    [Fact]
    public async Task A_code_older_than_fourteen_days_is_not_accepted()
    {
        var chat = new IntakeChat();
        var code = await StopAndKeepAsync(chat);

        chat.Time.Advance(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));
        var other = new IntakeChat("directline", "later", chat.Storage, chat.Cases, chat.Time);
        await other.SendAsync("hoi");
        var replies = await other.SendAsync(code);

        Assert.Contains("Die code ken ik niet", IntakeChat.TextOf(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_works_once()
    {
        var chat = new IntakeChat();
        var code = await StopAndKeepAsync(chat);
        var other = new IntakeChat("directline", "later", chat.Storage, chat.Cases, chat.Time);
        await other.SendAsync("hoi");

        var first = await other.SendAsync(code);
        var second = await other.SendAsync(code);

        Assert.Contains("Welkom terug", IntakeChat.TextOf(first), StringComparison.Ordinal);
        Assert.Contains("Die code ken ik niet", IntakeChat.TextOf(second), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7kq4 mx9p", "7KQ4-MX9P")]
    [InlineData("7KQ4-MX9P", "7KQ4-MX9P")]
    [InlineData(" 7kq4mx9p ", "7KQ4-MX9P")]
    [InlineData("verander", null)]
    [InlineData("KL-7F3K-9Q", null)]
    [InlineData("0612345678", null)]
    [InlineData("", null)]
    [InlineData("7KQ4-MX9P-7KQ4", null)]
    public void Codes_are_read_forgivingly_but_never_from_words(string typed, string? expected)
    {
        Assert.Equal(expected, ResumeCodes.Normalize(typed));
    }

    private static async Task<string> StopAndKeepAsync(IntakeChat chat)
    {
        foreach (var line in new[] { "hoi", "nederlands", "ik ben jong", "kracht", "mijn begeleider schreeuwt", "stop" })
        {
            await chat.SendAsync(line);
        }

        var replies = await chat.SendAsync("bewaren");
        return CodePattern().Match(IntakeChat.TextOf(replies)).Value;
    }

    [GeneratedRegex("[0-9A-Z]{4}-[0-9A-Z]{4}")]
    private static partial Regex CodePattern();
}

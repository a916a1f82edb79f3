using IntakeBot.Content.Loading;
using IntakeBot.Content.Model;

namespace IntakeBot.Content.Validation;

/// <summary>Each channel type needs its own facts: an e-mail an address, a phone a number or label, and so on.</summary>
internal static class ChannelChecks
{
    public static void Check(Channel channel, string file, string path, List<ContentProblem> problems)
    {
        var reason = channel.Type switch
        {
            ChannelType.Email when channel.Value is null || !channel.Value.Contains('@', StringComparison.Ordinal) => "an email channel needs a value with '@'",
            ChannelType.Post when channel.Value is null => "a post channel needs the address as value",
            ChannelType.Phone when channel.Value is null && channel.LabelKey is null => "a phone channel needs a number (value) or a labelKey",
            ChannelType.Form when channel.Url is null && channel.Label is null => "a form channel needs a url or a label",
            ChannelType.Chat or ChannelType.Website when channel.Url is null => $"a {channel.Type.ToString().ToLowerInvariant()} channel needs a url",
            ChannelType.Ask when channel.Via is null => "an ask channel needs 'via'",
            _ => null,
        };
        if (reason is not null)
        {
            problems.Add(new(file, path, reason));
        }
    }
}

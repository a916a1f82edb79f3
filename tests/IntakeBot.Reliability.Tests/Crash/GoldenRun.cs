using IntakeBot.Reliability.Tests.Support;

namespace IntakeBot.Reliability.Tests.Crash;

/// <summary>The script once without faults: the bot's replies to each step, which every conversation must get too.</summary>
internal static class GoldenRun
{
    public static async Task<IReadOnlyList<IReadOnlyList<string>>> RecordAsync(DirectLineClient client)
    {
        var (conversationId, token) = await client.StartAsync();
        var replies = new List<IReadOnlyList<string>>();
        foreach (var (text, step) in IntakeScript.Whole.Select((text, step) => (text, step)))
        {
            var outcome = await client.PostAsync(conversationId, token, "golden-user", text, $"golden-{step}");
            Assert.True(outcome.Accepted, $"golden run, step {step} \"{text}\": {outcome.Failure}");
            var log = await client.ReadLogAsync(conversationId, token);
            var answer = DirectLineClient.RepliesTo(log, activity => activity.Id == outcome.EchoId)!;
            Assert.True(answer.Count > 0, $"golden run, step {step} \"{text}\": no reply");
            replies.Add([.. answer.Select(reply => IntakeScript.Normalise(reply.Text))]);
        }

        var all = await client.ReadLogAsync(conversationId, token);
        Assert.Contains(all, activity => activity.CaseReference is not null);
        // One step names the case in its text: CrashConversation holds a retry of that step to its whole answer.
        Assert.Contains(replies, step => step.Any(text => text.Contains("<reference>", StringComparison.Ordinal)));
        Assert.Contains("Dank je", string.Join(" ", replies[^1]), StringComparison.Ordinal);
        return replies;
    }
}

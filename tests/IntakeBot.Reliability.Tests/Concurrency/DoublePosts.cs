using IntakeBot.Reliability.Tests.Support;

namespace IntakeBot.Reliability.Tests.Concurrency;

/// <summary>
/// Issue 9 item 3, shared by the SQLite and PostgreSQL tests: conversations whose story is told in double posts (two
/// messages to one conversation released together by a gate), then finished into a case. Both messages of every pair
/// must get a 200, come in the log one after the other each with its own answer, and both be in the case's story, in
/// the log's order: no turn lost, none overwriting the other's state.
/// </summary>
internal static class DoublePosts
{
    private static readonly string[] Syllables = ["ba", "be", "bi", "bo", "bu", "da", "de", "di", "do", "du", "fa", "fe", "fi", "fo", "fu", "ga", "ge", "gi", "go", "gu", "ka", "ke", "ki", "ko", "ku"];

    /// <summary>Runs <paramref name="conversations"/> conversations at once, each with <paramref name="pairs"/> double posts; returns how many pairs were checked.</summary>
    public static async Task<int> RunAsync(ReliabilityHost host, int conversations, int pairs)
    {
        var runs = await Task.WhenAll(Enumerable.Range(0, conversations).Select(c => Task.Run(() => ConverseAsync(host.DirectLine, c, pairs))));
        var staff = await StaffApiClient.CreateAsync(host, "kracht-den-haag");
        foreach (var run in runs)
        {
            await CheckAsync(host, staff, run);
        }

        return runs.Sum(run => run.Pairs.Count);
    }

    private static async Task<DoublePostRun> ConverseAsync(DirectLineClient client, int index, int pairs)
    {
        var (conversationId, token) = await client.StartAsync();
        var run = new DoublePostRun(index, conversationId, token);
        var user = $"double-user-{index}";
        foreach (var text in IntakeScript.Opening)
        {
            await PostOneAsync(client, run, user, text);
        }

        for (var pair = 0; pair < pairs; pair++)
        {
            var tag = Syllables[pair / Syllables.Length % Syllables.Length] + Syllables[pair % Syllables.Length];
            var first = $"ze was weer gemeen tegen mij, keer {tag} links";
            var second = $"ze was weer gemeen tegen mij, keer {tag} rechts";
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var posts = new[] { first, second }.Select(text => Task.Run(async () =>
            {
                await gate.Task;
                return await client.PostAsync(conversationId, token, user, text, Guid.NewGuid().ToString("N"));
            })).ToList();
            gate.SetResult();
            var outcomes = await Task.WhenAll(posts);
            Assert.True(outcomes.All(outcome => outcome.Accepted), $"Conversation {index}, pair {pair}: {string.Join(" / ", outcomes.Select(o => o.Failure ?? "200"))}");
            run.Pairs.Add(new DoublePost(first, outcomes[0].EchoId!, second, outcomes[1].EchoId!));
        }

        foreach (var text in IntakeScript.Closing)
        {
            await PostOneAsync(client, run, user, text);
        }

        return run;
    }

    private static async Task PostOneAsync(DirectLineClient client, DoublePostRun run, string user, string text)
    {
        var outcome = await client.PostAsync(run.ConversationId, run.Token, user, text, Guid.NewGuid().ToString("N"));
        Assert.True(outcome.Accepted, $"Conversation {run.Index}, \"{text}\": {outcome.Failure}");
    }

    private static async Task CheckAsync(ReliabilityHost host, StaffApiClient staff, DoublePostRun run)
    {
        var where = $"Conversation {run.Index} ({run.ConversationId})";
        var log = await host.DirectLine.ReadLogAsync(run.ConversationId, run.Token);

        // Turns never interleave: every user message is followed by the bot's answer before the next user message.
        for (var i = 0; i < log.Count; i++)
        {
            Assert.True(log[i].FromBot || (i + 1 < log.Count && log[i + 1].FromBot), $"{where}: \"{log[i].Text}\" has no answer of its own in the log: {string.Join(" | ", log.Select(a => a.Text))}");
        }

        var ids = log.Select(activity => activity.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var pair in run.Pairs)
        {
            Assert.True(ids.Contains(pair.FirstEchoId) && ids.Contains(pair.SecondEchoId), $"{where}: a message of \"{pair.First}\" / \"{pair.Second}\" is not in the log.");
        }

        // The state saw every turn, in the log's order: the case's story holds every story message exactly so.
        var storyInLog = log.Where(activity => !activity.FromBot && activity.Text is { } text && (text.StartsWith("ze was weer", StringComparison.Ordinal) || text == IntakeScript.Opening[^1]))
            .Select(activity => activity.Text!).ToList();
        Assert.Equal(1 + (2 * run.Pairs.Count), storyInLog.Count);
        var reference = log.LastOrDefault(activity => activity.CaseReference is not null)?.CaseReference;
        Assert.True(reference is not null, $"{where}: the intake did not end with a case: {string.Join(" | ", log.TakeLast(6).Select(a => a.Text))}");
        var description = await staff.DescriptionAsync(reference);
        var story = description.Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        Assert.True(story.SequenceEqual(storyInLog), $"{where}: the case's story differs from the log.{Environment.NewLine}story: {string.Join(" | ", story)}{Environment.NewLine}log:   {string.Join(" | ", storyInLog)}");
    }
}

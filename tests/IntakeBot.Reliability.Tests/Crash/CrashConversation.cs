using IntakeBot.Reliability.Tests.Support;

namespace IntakeBot.Reliability.Tests.Crash;

/// <summary>
/// One client doing a whole intake while the server is killed under it, as a careful Web Chat client would: a message
/// that failed (connection reset, timeout, 5xx) is looked for in the log after the restart, and sent again with the
/// same <c>clientActivityID</c> unless the bot already answered it.
/// </summary>
internal sealed class CrashConversation(DirectLineClient client, int index, IReadOnlyList<IReadOnlyList<string>> golden, Func<string> context)
{
    private string _token = string.Empty;

    public int Index => index;

    public string ConversationId { get; private set; } = string.Empty;

    public string UserId => $"crash-user-{index}";

    public List<AcceptedPost> Accepted { get; } = [];

    public List<string> Failures { get; } = [];

    public int Replays { get; private set; }

    /// <summary>Times the message that submitted the case failed and its whole answer (the reference and next steps) still came.</summary>
    public int SubmissionsRetried { get; private set; }

    public async Task StartAsync() => (ConversationId, _token) = await client.StartAsync();

    public Task<IReadOnlyList<LogActivity>> ReadLogAsync() => client.ReadLogAsync(ConversationId, _token);

    /// <summary>Runs every step; <paramref name="onAccepted"/> is called after each message the server took.</summary>
    public async Task RunAsync(Action onAccepted)
    {
        var script = IntakeScript.Whole;
        for (var step = 0; step < script.Count; step++)
        {
            var clientId = $"c{index}-s{step}-{Guid.NewGuid():N}";
            var failed = false;
            while (true)
            {
                var outcome = await client.PostAsync(ConversationId, _token, UserId, script[step], clientId);
                if (outcome.Accepted)
                {
                    var log = await ReadLogAsync();
                    var replies = DirectLineClient.RepliesTo(log, activity => activity.Id == outcome.EchoId)
                        ?? throw Fail(step, $"the post got 200 (echo {outcome.EchoId}) but its echo is not in the log");
                    Check(step, replies, failed, "after its 200");
                    Accepted.Add(new AcceptedPost(step, outcome.EchoId!, script[step], Answered200: true));
                    break;
                }

                failed = true;
                Failures.Add(outcome.Failure!);
                var afterFailure = await ReadLogAsync();
                var late = DirectLineClient.RepliesTo(afterFailure, activity => activity.ClientActivityId == clientId);
                if (late is { Count: > 0 })
                {
                    // Handled, but the answer never reached the client: the server took it, so the client goes on.
                    Check(step, late, failed, "found in the log after a failed post");
                    var echo = afterFailure.Last(activity => !activity.FromBot && activity.ClientActivityId == clientId);
                    Accepted.Add(new AcceptedPost(step, echo.Id, script[step], Answered200: false));
                    break;
                }

                await Task.Delay(50);
            }

            onAccepted();
        }
    }

    private void Check(int step, IReadOnlyList<LogActivity> replies, bool retried, string when)
    {
        var texts = replies.Select(reply => IntakeScript.Normalise(reply.Text)).ToList();
        var expected = golden[step];
        var toldTheCase = expected.Any(text => text.Contains("<reference>", StringComparison.Ordinal));
        if (texts.SequenceEqual(expected))
        {
            SubmissionsRetried += retried && toldTheCase ? 1 : 0;
            return;
        }

        // A retried message whose turn had been saved before the crash: the bot does not take the answer twice but asks
        // its next question again (or, after the goodbye, says nothing). Not so for the message that submitted the case:
        // sent again, it must get its whole answer again (the reference, who contacts the user and by when), which the
        // exact comparison above checks, or the user would never learn them.
        var asksAgain = texts.Count == 1 && texts[0] == expected[^1];
        var silentAfterGoodbye = texts.Count == 0 && step == golden.Count - 1;
        if (retried && !toldTheCase && (asksAgain || silentAfterGoodbye))
        {
            Replays++;
            return;
        }

        throw Fail(step, $"replies {when}{(retried ? " (retried)" : string.Empty)}:{Environment.NewLine}  got:      {string.Join(" | ", texts)}{Environment.NewLine}  expected: {string.Join(" | ", expected)}");
    }

    private InvalidOperationException Fail(int step, string message) =>
        new($"Conversation {index} ({ConversationId}), step {step} \"{IntakeScript.Whole[step]}\": {message}. {context()}");
}

using System.Globalization;
using IntakeBot.Reliability.Tests.Support;
using IntakeBot.Testing;
using Xunit.Abstractions;

namespace IntakeBot.Reliability.Tests.Crash;

/// <summary>
/// Issue 9 item 2: conversations doing whole intakes over Direct Line while the host is SIGKILLed at random moments
/// and restarted on the same SQLite data. What a 200 on POST activities means here: the host answers only after the
/// turn ran under the conversation's lock, so the echo, the saved dialog state, the bot's replies and both transcripts
/// were committed before the answer was written (SQLite WAL, synchronous NORMAL, survives a killed process).
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output)
{
    [Fact]
    public Task Conversations_finish_their_intakes_through_random_kills_with_nothing_lost_or_duplicated() => RunAsync(conversations: LongTests.Enabled ? 50 : 10, kills: LongTests.Enabled ? 12 : 3);

    private async Task RunAsync(int conversations, int kills)
    {
        var seed = Environment.GetEnvironmentVariable("INTAKEBOT_CRASH_SEED") is { } fixedSeed
            ? int.Parse(fixedSeed, CultureInfo.InvariantCulture)
            : Random.Shared.Next();
        output.WriteLine($"seed {seed} (INTAKEBOT_CRASH_SEED={seed} repeats the kill schedule), {conversations} conversations, {kills} kills");
        await using var host = await ReliabilityHost.StartAsync();
        string Context() => $"Seed {seed} (INTAKEBOT_CRASH_SEED). Host output:{Environment.NewLine}{host.Bot.Output.Tail(40)}";

        var golden = await GoldenRun.RecordAsync(host.DirectLine);
        var runs = Enumerable.Range(0, conversations).Select(i => new CrashConversation(host.DirectLine, i, golden, Context)).ToList();
        foreach (var run in runs)
        {
            await run.StartAsync();
        }

        var accepted = 0;
        var running = runs.Select(run => Task.Run(() => run.RunAsync(() => Interlocked.Increment(ref accepted)))).ToList();
        var all = Task.WhenAll(running);
        var killed = await KillAtRandomAsync(host, new Random(seed), conversations * IntakeScript.Whole.Count, kills, () => Volatile.Read(ref accepted), all);
        try
        {
            await all;
        }
        catch (Exception) when (running.Any(task => task.IsFaulted))
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, running.Where(task => task.IsFaulted).Select(task => task.Exception!.InnerException!.ToString())));
        }

        Assert.True(killed == kills, $"only {killed} of {kills} kills happened before the conversations finished. {Context()}");
        var cases = CaseTable.ByConversation(host.Bot.SqlitePath);
        var staff = await StaffApiClient.CreateAsync(host, "kracht-den-haag");
        foreach (var run in runs)
        {
            await CheckAsync(run, cases, staff, Context);
        }

        output.WriteLine($"kills {killed}; failed posts {runs.Sum(r => r.Failures.Count)} ({string.Join(", ", runs.SelectMany(r => r.Failures).CountBy(f => f.Split(' ')[0]).Select(g => $"{g.Key} x{g.Value}"))}); " +
            $"taken without a 200 {runs.Sum(r => r.Accepted.Count(a => !a.Answered200))}; retries answered by asking again {runs.Sum(r => r.Replays)}; " +
            $"submitting messages that failed and still got the reference and next steps {runs.Sum(r => r.SubmissionsRetried)}");
    }

    private static async Task<int> KillAtRandomAsync(ReliabilityHost host, Random random, int totalSteps, int kills, Func<int> progress, Task finished)
    {
        // Kill points spread over the run (by messages taken), each a random 0-40 ms later: inside a turn, between turns, or while idle.
        var points = Enumerable.Range(0, kills).Select(_ => random.Next(totalSteps / 20, totalSteps * 9 / 10)).Order().ToList();
        var killed = 0;
        foreach (var point in points)
        {
            while (progress() < point && !finished.IsCompleted)
            {
                await Task.Delay(5);
            }

            if (finished.IsCompleted)
            {
                break;
            }

            await Task.Delay(random.Next(0, 40));
            host.Bot.Kill();
            killed++;
            await host.Bot.RestartAsync();
        }

        return killed;
    }

    private static async Task CheckAsync(CrashConversation run, Dictionary<string, List<string>> cases, StaffApiClient staff, Func<string> context)
    {
        var where = $"Conversation {run.Index} ({run.ConversationId})";
        Assert.True(run.Accepted.Count == IntakeScript.Whole.Count, $"{where}: {run.Accepted.Count} of {IntakeScript.Whole.Count} steps taken. {context()}");

        // Every message the server took is in the Direct Line log, in order.
        var log = await run.ReadLogAsync();
        var userTexts = log.Where(activity => !activity.FromBot && activity.Type == "message").ToList();
        foreach (var post in run.Accepted)
        {
            Assert.True(log.Any(activity => activity.Id == post.EchoId && activity.Text == post.Text), $"{where}: step {post.Step} (echo {post.EchoId}) is missing from the log. {context()}");
        }

        AssertSubsequence(run.Accepted.Select(post => post.Text).ToList(), userTexts.Select(activity => activity.Text ?? string.Empty).ToList(), $"{where}: Direct Line log", context);

        // Exactly one case, the one the bot told the user about.
        var references = cases.GetValueOrDefault(run.ConversationId) ?? [];
        Assert.True(references.Count == 1, $"{where}: {references.Count} cases ({string.Join(", ", references)}) instead of one. {context()}");
        var told = log.Where(activity => activity.CaseReference is not null).Select(activity => activity.CaseReference).Distinct().ToList();
        Assert.True(told.SequenceEqual(references), $"{where}: the bot told {string.Join(", ", told)}, the database holds {references[0]}. {context()}");
        Assert.True(
            log.Any(activity => activity.FromBot && activity.Text?.Contains(references[0], StringComparison.Ordinal) == true),
            $"{where}: no message the user reads names the case reference {references[0]}. {context()}");

        // The staff transcript holds every message the server took, in order.
        var transcript = await staff.IncomingTextsAsync(references[0]);
        AssertSubsequence(run.Accepted.Select(post => post.Text).ToList(), transcript, $"{where}: staff transcript of {references[0]}", context);
    }

    private static void AssertSubsequence(IReadOnlyList<string> expected, IReadOnlyList<string> actual, string where, Func<string> context)
    {
        var next = 0;
        foreach (var text in actual)
        {
            if (next < expected.Count && text == expected[next])
            {
                next++;
            }
        }

        Assert.True(next == expected.Count, $"{where}: the message \"{(next < expected.Count ? expected[next] : string.Empty)}\" (step {next}) is missing or out of order. Has: {string.Join(" | ", actual)}. {context()}");
    }
}

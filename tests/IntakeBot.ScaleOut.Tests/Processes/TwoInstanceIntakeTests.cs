using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using IntakeBot.ScaleOut.Tests.Support;
using IntakeBot.Storage.Postgres;
using IntakeBot.Testing.Postgres;
using IntakeBot.Testing.Processes;

namespace IntakeBot.ScaleOut.Tests.Processes;

/// <summary>
/// Issue 8's scale-out test: two bot processes on one fresh PostgreSQL database, with one Direct Line secret and the
/// Data Protection keys in the database. One conversation alternates its requests between them, a WebSocket on B
/// shows the replies to posts made on A, A is killed (SIGKILL) mid-intake, B carries on to the case, and the case exists
/// once and reads on a restarted A.
/// </summary>
public sealed class TwoInstanceIntakeTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    // The messages of a whole complaint to Kracht (as in the host's end-to-end test), after the join event.
    private static readonly string[] Texts =
    [
        "ik ben jong", "mijn begeleider schreeuwde tegen mij", "klaar", "ja", "ja", "nee", "sla over", "sla over", "sla over",
        "sla over", "sla over", "Sanne de Vries", "sla over", "sanne@example.nl", "ja", "nee", "klopt", "nee",
    ];

    [Fact]
    public async Task Intake_AlternatingBetweenTwoProcesses_SurvivesAKill_AndMakesOneCase()
    {
        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        using var folderA = new TemporaryFolder("intakebot-scaleout-a-");
        using var folderB = new TemporaryFolder("intakebot-scaleout-b-");
        // Both start at once on the empty database: migrations and the first Data Protection key must not collide.
        var startingA = BotProcess.StartAsync(Options(folderA.Path, secret));
        var startingB = BotProcess.StartAsync(Options(folderB.Path, secret));
        await using var a = await startingA;
        await using var b = await startingB;
        using var clientA = new DirectLineClient(a.BaseAddress);
        using var clientB = new DirectLineClient(b.BaseAddress);

        var (conversationId, token) = await clientA.StartAsync(secret);
        await using var streamOnB = await ActivityStream.OpenAsync(b.BaseAddress, conversationId, token);
        Assert.True(await PostgresAdmin.EventuallyAsync(() => Task.FromResult(HoldsOutboxLock(a) || HoldsOutboxLock(b)), Patience), "No instance took the outbox lock.");
        Assert.False(HoldsOutboxLock(a) && HoldsOutboxLock(b), "Both instances hold the outbox lock.");

        var posts = new List<string> { """{"type":"event","name":"webchat/join","value":{"organisationId":"kracht-den-haag","language":"nl"},"from":{"id":"u"}}""" };
        posts.AddRange(Texts.Select(text => JsonSerializer.Serialize(new { type = "message", text, from = new { id = "u" } })));
        const int KillBefore = 10;
        for (var index = 0; index < posts.Count; index++)
        {
            if (index == KillBefore)
            {
                a.Kill();
            }

            var onA = index < KillBefore && index % 2 == 0;
            var client = onA ? clientA : clientB;
            await client.PostAsync(conversationId, token, posts[index]);
            if (onA)
            {
                // The socket on B hears of A's append only through PostgreSQL: its keep-alive re-read is an hour away.
                var reply = (await clientA.ActivitiesAsync(conversationId, token))[^1];
                Assert.NotEqual("u", reply.GetProperty("from").GetProperty("id").GetString());
                Assert.True(await streamOnB.ReceivesAsync(reply.GetProperty("id").GetString()!, Patience), $"The socket on B missed the reply to post {index} on A.");
            }
        }

        var activities = await clientB.ActivitiesAsync(conversationId, token);
        var reference = activities
            .Where(activity => activity.TryGetProperty("channelData", out var data) && data.TryGetProperty("caseReference", out _))
            .Select(activity => activity.GetProperty("channelData").GetProperty("caseReference").GetString()!)
            .LastOrDefault();
        Assert.NotNull(reference);
        Assert.StartsWith("KL-", reference, StringComparison.Ordinal);
        Assert.True(await streamOnB.ReceivesAsync(activities[^1].GetProperty("id").GetString()!, Patience));
        Assert.All(activities, activity => Assert.True(streamOnB.Has(activity.GetProperty("id").GetString()!)));
        Assert.Equal(1L, await PostgresAdmin.CountAsync(database.ConnectionString, $"SELECT COUNT(*) FROM cases WHERE conversation_id = '{conversationId.Replace("'", "''", StringComparison.Ordinal)}';"));
        Assert.True(await PostgresAdmin.EventuallyAsync(() => Task.FromResult(HoldsOutboxLock(b)), Patience), "B did not take over the outbox after A was killed.");

        // B stored the case, its personal fields protected with the shared key ring: A, restarted, reads them.
        await a.RestartAsync();
        await using var keys = new PostgresDatabase(database.ConnectionString);
        var apiKey = await new PostgresApiKeyStore(keys, TimeProvider.System).CreateAsync("kracht-den-haag", "scale-out test");
        var (status, body) = await clientA.StaffGetAsync($"api/staff/cases/{reference}", apiKey.Secret);
        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(conversationId, json.RootElement.GetProperty("conversationId").GetString());
        Assert.Equal("Sanne de Vries", json.RootElement.GetProperty("fields").GetProperty("name").GetString());
    }

    private static bool HoldsOutboxLock(BotProcess bot) =>
        bot.IsRunning && bot.Output.Lines().Any(line => line.Contains("this instance holds the outbox lock", StringComparison.Ordinal));

    private BotProcessOptions Options(string folder, string secret) => new(folder)
    {
        Settings = new Dictionary<string, string>
        {
            ["Storage:Provider"] = "postgres",
            ["Storage:PostgresConnectionString"] = database.ConnectionString,
            // Sockets re-read their log on each keep-alive; an hour means only notifications can wake them in this test.
            ["DirectLine:KeepAliveInterval"] = "01:00:00",
            ["Delivery:PollInterval"] = "00:00:01",
        },
        // Off the command line, as in production.
        Environment = new Dictionary<string, string> { ["DirectLine__Secret"] = secret },
    };
}

using BenchmarkDotNet.Attributes;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Dialogs.State;
using IntakeBot.Intake;
using IntakeBot.Intake.Cases;
using IntakeBot.Storage.Sqlite;
using IntakeBot.Understanding.Classification;
using IntakeBot.Understanding.Content;

namespace IntakeBot.Benchmarks;

/// <summary>
/// A whole complaint at Kracht through the real intake bot (20 messages: welcome to routed case), on the memory store
/// or on SQLite (state and case in one file). Every invocation is a new conversation, so state never grows.
/// Divide by 20 for the cost of one turn.
/// </summary>
[MemoryDiagnoser]
public class IntakeConversationBenchmarks
{
    private static readonly string[] Messages =
    [
        "hoi", "nederlands", "ik ben jong", "kracht", "mijn begeleider schreeuwde tegen mij en luisterde niet", "klaar", "ja",
        "ja", "nee", "mijn begeleider", "sla over", "vorige week dinsdag", "sla over", "sla over", "Sanne de Vries", "0612345678",
        "sla over", "ja", "nee", "klopt",
    ];

    private readonly BenchmarkChannel _channel = new();
    private string? _directory;
    private IStorage? _storage;
    private ICaseStore? _cases;
    private IntakeBotHandler? _bot;
    private int _conversation;

    [Params("memory", "sqlite")]
    public string Store { get; set; } = "memory";

    [GlobalSetup]
    public void Setup()
    {
        var content = BenchmarkPaths.ContentRoot();
        if (Store == "sqlite")
        {
            _directory = Directory.CreateTempSubdirectory("intakebot-bench-").FullName;
            var options = new SqliteStorageOptions { Path = Path.Combine(_directory, "intakebot.db") };
            _storage = new SqliteStorage(options);
            _cases = new SqliteCaseStore(options, PlaintextProtector.Instance);
        }
        else
        {
            _storage = new MemoryStorage();
            _cases = new MemoryCaseStore();
        }

        var services = new IntakeServices(IntakeBot.Content.Loading.ContentLoader.Load(content), new MessageClassifier(UnderstandingContent.Load(content)), _cases, _storage, TimeProvider.System);
        _bot = new IntakeBotHandler(services);

        // The scenario must end in a case, or the figure would measure something else.
        Conversation().GetAwaiter().GetResult();
        if (_cases.FindByConversationAsync("bench-" + _conversation).GetAwaiter().GetResult().Count != 1)
        {
            throw new InvalidOperationException("The benchmark conversation did not end in a case: the script no longer matches the conversation.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        (_storage as IDisposable)?.Dispose();
        (_cases as IDisposable)?.Dispose();
        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Benchmark(Description = "a whole klacht at Kracht, 20 messages")]
    public async Task Conversation()
    {
        var conversation = new ConversationAccount { Id = "bench-" + Interlocked.Increment(ref _conversation) };
        foreach (var text in Messages)
        {
            var activity = new Activity
            {
                Type = ActivityTypes.Message,
                ChannelId = "directline",
                Conversation = conversation,
                From = new ChannelAccount { Id = "dl_user", Role = RoleTypes.User },
                Recipient = new ChannelAccount { Id = "bot", Role = RoleTypes.Bot },
                Locale = "nl-NL",
                Text = text,
            };
            await _channel.ProcessActivityAsync(activity, _bot!.OnTurnAsync);
        }
    }
}

using BenchmarkDotNet.Attributes;
using IntakeBot.Dialogs;
using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Dialogs.State;
using IntakeBot.Storage.Sqlite;

namespace IntakeBot.Benchmarks;

/// <summary>
/// One user turn through the whole engine: adapter queue, state read, dialog stack, prompt, reply, state write.
/// The conversation runs a ten-question waterfall round and round, so the figure is the average over its steps.
/// </summary>
[MemoryDiagnoser]
public class DialogTurnBenchmarks
{
    private readonly BenchmarkChannel _channel = new();
    private readonly TenStepWaterfall _dialog = new();
    private string? _directory;
    private IStorage? _storage;
    private ConversationState? _state;
    private IStatePropertyAccessor<DialogState>? _dialogState;
    private Activity? _answer;

    [Params("memory", "sqlite")]
    public string Store { get; set; } = "memory";

    [GlobalSetup]
    public void Setup()
    {
        if (Store == "sqlite")
        {
            _directory = Directory.CreateTempSubdirectory("intakebot-bench-").FullName;
            _storage = new SqliteStorage(new SqliteStorageOptions { Path = Path.Combine(_directory, "state.db") });
        }
        else
        {
            _storage = new MemoryStorage();
        }

        _state = new ConversationState(_storage);
        _dialogState = _state.CreateProperty<DialogState>("dialogState");
        _answer = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "1",
            ChannelId = "directline",
            Conversation = new ConversationAccount { Id = "bench" },
            From = new ChannelAccount { Id = "dl_user", Role = RoleTypes.User },
            Recipient = new ChannelAccount { Id = "bot", Role = RoleTypes.Bot },
            Locale = "nl-NL",
            Text = "Dit is mijn antwoord op de vraag",
        };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        (_storage as IDisposable)?.Dispose();
        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Benchmark(Description = "one turn of a 10-step waterfall")]
    public Task<TurnResult> Turn() => _channel.ProcessActivityAsync(_answer!, OnTurnAsync);

    private async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await _dialog.RunAsync(turnContext, _dialogState!, cancellationToken);
        await _state!.SaveChangesAsync(turnContext, false, cancellationToken);
    }
}

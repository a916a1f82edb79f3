using IntakeBot.Intake.Cases;
using IntakeBot.Storage.Casework;
using IntakeBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Tests.Casework;

public sealed class SqliteCaseworkTests : SqlCaseworkContractTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intakebot-casework-").FullName;
    private readonly ReversibleTestProtector _protector = new();
    private readonly List<IDisposable> _opened = [];

    private SqliteStorageOptions Options => new() { Path = Path.Combine(_folder, "intakebot.db") };

    protected override Task<CaseworkStores> CreateStoresAsync()
    {
        var database = Track(CaseworkDatabase.Sqlite(Options));
        return Task.FromResult(new CaseworkStores(
            Track(new SqliteCaseStore(Options, _protector)),
            new SqlCaseRegister(database, _protector),
            new SqlTranscriptStore(database, _protector),
            new SqlDeliveryLog(database),
            new SqlAuditLog(database)));
    }

    private protected override IntakeBot.Casework.Register.ICaseRegister AnotherRegister() => new SqlCaseRegister(Track(CaseworkDatabase.Sqlite(Options)), _protector);

    protected override Task CleanupAsync()
    {
        _opened.ForEach(item => item.Dispose());
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TranscriptsAndNotes_AreStoredProtected()
    {
        var created = await CreateAsync(Samples.Next());
        await Register.AddNoteAsync(Kracht, created.Reference, "Geheime notitie over Jansen", Officer, Start);
        await Transcripts.AppendAsync(new IntakeBot.Casework.Transcripts.TranscriptEntry("gesprek", 0, Start, IntakeBot.Casework.Transcripts.TranscriptDirection.Incoming, """{"text":"Ik heet Sanne Bakker"}"""));

        var activity = Assert.IsType<string>(Scalar("SELECT activity FROM transcript_entries;"));
        var note = Assert.IsType<string>(Scalar("SELECT detail FROM case_timeline WHERE type = 'note';"));

        Assert.StartsWith("tp1:", activity, StringComparison.Ordinal);
        Assert.DoesNotContain("Sanne", activity, StringComparison.Ordinal);
        Assert.StartsWith("tp1:", note, StringComparison.Ordinal);
        Assert.DoesNotContain("Jansen", note, StringComparison.Ordinal);
        Assert.Equal("Geheime notitie over Jansen", (await Register.TimelineAsync(Kracht, created.Reference))[^1].Detail);
    }

    [Fact]
    public async Task Casework_HasItsOwnMigrationGroup_AndKeepsTheIntakeTables()
    {
        var created = await CreateAsync(Samples.Next());
        await Register.GetAsync(Kracht, created.Reference);

        Assert.Equal((long)SqliteCaseworkSchema.CurrentVersion, Scalar("SELECT MAX(version) FROM casework_schema_version;"));
        Assert.Equal((long)SqliteSchema.CurrentVersion, Scalar("SELECT MAX(version) FROM schema_version;"));
        Assert.Equal(1L, Scalar("SELECT COUNT(*) FROM case_handling;"));
    }

    [Fact]
    public async Task Reopen_KeepsHandlingTimelineTranscriptsAndAudit()
    {
        var created = await CreateAsync(Samples.Next());
        await Register.SetStatusAsync(Kracht, created.Reference, new IntakeBot.Casework.Register.StatusChange(CaseStatus.InBehandeling), Officer, Start);
        await Transcripts.AppendAsync(new IntakeBot.Casework.Transcripts.TranscriptEntry("gesprek", 0, Start, IntakeBot.Casework.Transcripts.TranscriptDirection.Incoming, "{}"));
        _opened.ForEach(item => item.Dispose());

        using var database = CaseworkDatabase.Sqlite(Options);
        var register = new SqlCaseRegister(database, _protector);

        Assert.Equal(CaseStatus.InBehandeling, (await register.GetAsync(Kracht, created.Reference))!.Case.Status);
        Assert.Equal(2, (await register.TimelineAsync(Kracht, created.Reference)).Count);
        Assert.Equal(2, await new SqlTranscriptStore(database, _protector).AppendAsync(new IntakeBot.Casework.Transcripts.TranscriptEntry("gesprek", 0, Start, IntakeBot.Casework.Transcripts.TranscriptDirection.Outgoing, "{}")));
    }

    private T Track<T>(T item)
        where T : IDisposable
    {
        _opened.Add(item);
        return item;
    }

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Options.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}

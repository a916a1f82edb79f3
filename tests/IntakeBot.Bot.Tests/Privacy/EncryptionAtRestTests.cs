using System.Text;
using IntakeBot.Bot.Tests.Staff;
using IntakeBot.Casework;
using IntakeBot.Casework.Register;
using IntakeBot.Casework.Transcripts;
using IntakeBot.Intake.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Bot.Tests.Privacy;

/// <summary>
/// The real host on SQLite: a case's personal fields, the transcript and internal notes never reach the database
/// files in plaintext, and read back intact through the Data Protection keys kept outside the database.
/// </summary>
public sealed class EncryptionAtRestTests(StaffApiFactory factory) : IClassFixture<StaffApiFactory>
{
    [Fact]
    public async Task Personal_data_is_encrypted_in_the_database_files_and_reads_back()
    {
        var conversation = "gesprek-" + Guid.NewGuid().ToString("N");
        var created = new StaffCases(seed: 41).Next("kracht-den-haag", conversation);
        var name = created.Fields[CaseFieldNames.Name];
        var email = created.Fields[CaseFieldNames.Email];
        var note = "Belafspraak met " + name;
        var cases = factory.Services.GetRequiredService<ICaseStore>();
        var transcripts = factory.Services.GetRequiredService<ITranscriptStore>();
        var register = factory.Services.GetRequiredService<ICaseRegister>();
        var scope = CaseScope.For("kracht-den-haag");
        await cases.CreateAsync(created);
        await transcripts.AppendAsync(new TranscriptEntry(conversation, 0, factory.Clock.GetUtcNow(), TranscriptDirection.Incoming, $$"""{"type":"message","text":"ik ben {{name}}, mail {{email}}"}"""));
        await register.AddNoteAsync(scope, created.Reference, note, new StaffActor("u-1", "Medewerker", "kracht-den-haag"), factory.Clock.GetUtcNow());

        var stored = DatabaseText();

        Assert.Contains(created.Reference, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(name, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(email, stored, StringComparison.Ordinal);
        Assert.Equal(name, (await cases.GetAsync(created.Reference))!.Fields[CaseFieldNames.Name]);
        Assert.Contains(name, (await transcripts.GetAsync(conversation))[0].ActivityJson, StringComparison.Ordinal);
        Assert.Contains(await register.TimelineAsync(scope, created.Reference), e => e.Detail == note);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(Path.GetDirectoryName(factory.DatabasePath)!, "keys")));
    }

    private string DatabaseText()
    {
        // The WAL holds recent writes until a checkpoint, so read every file of the database.
        var folder = Path.GetDirectoryName(factory.DatabasePath)!;
        var text = new StringBuilder();
        foreach (var file in Directory.GetFiles(folder, Path.GetFileName(factory.DatabasePath) + "*"))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            text.Append(Encoding.UTF8.GetString(copy.ToArray()));
        }

        return text.ToString();
    }
}

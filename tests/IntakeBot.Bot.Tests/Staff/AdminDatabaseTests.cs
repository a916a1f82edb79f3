using IntakeBot.Bot.Cli;

namespace IntakeBot.Bot.Tests.Staff;

public sealed class AdminDatabaseTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intakebot-admin-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Path_ComesFromTheSameSettingAsTheHost_AndItsFolderIsCreated()
    {
        var path = Path.Combine(_folder, "elders", "bot.db");

        var options = AdminDatabase.Options(["admin", "list-api-keys", "--name", "a:b=c", $"--Storage:SqlitePath={path}"]);

        Assert.Equal(path, options.Path);
        Assert.True(Directory.Exists(Path.Combine(_folder, "elders")));
    }
}

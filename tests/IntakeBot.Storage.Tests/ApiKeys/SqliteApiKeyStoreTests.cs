using IntakeBot.Storage.ApiKeys;
using IntakeBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Tests.ApiKeys;

public sealed class SqliteApiKeyStoreTests : ApiKeyStoreContractTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intakebot-keys-").FullName;
    private readonly List<SqliteApiKeyStore> _opened = [];

    private string DatabasePath => Path.Combine(_folder, "intakebot.db");

    protected override IApiKeyStore Open(bool another)
    {
        var store = new SqliteApiKeyStore(new SqliteStorageOptions { Path = DatabasePath }, Clock);
        _opened.Add(store);
        return store;
    }

    protected override Task<object?> ScalarAsync(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Task.FromResult(command.ExecuteScalar());
    }

    protected override Task CleanupAsync()
    {
        _opened.ForEach(store => store.Dispose());
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TheSecretIsNowhereInTheFiles()
    {
        const string Name = "koppeling-zoekbaar";
        var created = await Store.CreateAsync("blijf-groep", Name);
        // ikb_{id}_{secret}: the secret is base64url, which may itself hold '_', so it starts after the id's separator.
        var secretPart = created.Secret[(created.Secret.IndexOf('_', ApiKeySecrets.Prefix.Length) + 1)..];
        Assert.Equal(43, secretPart.Length);

        // The database file and its write-ahead log, where a fresh write still is: the name is found there, the secret not.
        var text = new System.Text.StringBuilder();
        foreach (var file in Directory.GetFiles(_folder))
        {
            text.Append(System.Text.Encoding.ASCII.GetString(await File.ReadAllBytesAsync(file)));
        }

        Assert.Contains(Name, text.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(secretPart, text.ToString(), StringComparison.Ordinal);
    }
}

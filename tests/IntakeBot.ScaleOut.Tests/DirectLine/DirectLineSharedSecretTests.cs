using IntakeBot.Bot.Channels.DirectLine;
using IntakeBot.Bot.Hosting;

namespace IntakeBot.ScaleOut.Tests.DirectLine;

/// <summary>Instances on one database must share a Direct Line secret: start-up refuses a generated one per instance.</summary>
public sealed class DirectLineSharedSecretTests
{
    private static readonly StorageOptions Postgres = new() { Provider = "postgres", PostgresConnectionString = "Host=db" };

    [Fact]
    public void Postgres_WithoutSecret_StopsStartUpAndSaysWhatToSet()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DirectLineSharedSecret.Require(new DirectLineOptions(), Postgres));

        Assert.Contains("DirectLine:Secret", error.Message, StringComparison.Ordinal);
        Assert.Contains("DirectLine__Secret", error.Message, StringComparison.Ordinal);
        Assert.Contains("GeneratedSecretPath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Postgres_WithBlankSecrets_StopsStartUp()
    {
        var options = new DirectLineOptions { Secret = "  " };
        options.Secrets.Add(string.Empty);

        Assert.Throws<InvalidOperationException>(() => DirectLineSharedSecret.Require(options, Postgres));
    }

    [Fact]
    public void Postgres_WithSecret_OrRotationSecret_OrExplicitFile_Starts()
    {
        var rotation = new DirectLineOptions();
        rotation.Secrets.Add("an-old-secret-that-clients-still-use-0123456789");

        DirectLineSharedSecret.Require(new DirectLineOptions { Secret = "a-shared-secret-0123456789abcdef0123" }, Postgres);
        DirectLineSharedSecret.Require(rotation, Postgres);
        DirectLineSharedSecret.Require(new DirectLineOptions { GeneratedSecretPath = "/srv/shared/directline-secret" }, Postgres);
    }

    [Fact]
    public void Sqlite_WithoutSecret_Starts() => DirectLineSharedSecret.Require(new DirectLineOptions(), new StorageOptions());
}

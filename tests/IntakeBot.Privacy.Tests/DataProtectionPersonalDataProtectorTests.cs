using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using IntakeBot.Bot.Privacy;
using IntakeBot.Intake.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Privacy.Tests;

public sealed class DataProtectionPersonalDataProtectorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intakebot-keys-").FullName;

    private string KeysPath => Path.Combine(_folder, "data", "keys");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("Sanne de Vries")]
    [InlineData("")]
    [InlineData("sanne.devries@example.nl")]
    [InlineData("Ik voel me niet veilig 😢 bij mijn pleeggezin")]
    [InlineData("مرحبا، اسمي سارة")]
    [InlineData("regel 1\nregel 2\t\u0000\u001b")]
    public void ProtectThenUnprotect_GivesTheSameText(string plaintext)
    {
        using var services = Provider(KeysPath);
        var protector = services.GetRequiredService<IPersonalDataProtector>();

        var protectedText = protector.Protect(plaintext);

        Assert.Equal(plaintext, protector.Unprotect(protectedText));
    }

    [Fact]
    public void ProtectedValue_DoesNotContainThePlaintextAndDiffersEachTime()
    {
        using var services = Provider(KeysPath);
        var protector = services.GetRequiredService<IPersonalDataProtector>();

        var first = protector.Protect("Sanne de Vries");
        var second = protector.Protect("Sanne de Vries");

        Assert.DoesNotContain("Sanne", first, StringComparison.Ordinal);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void HugeValue_RoundTrips()
    {
        using var services = Provider(KeysPath);
        var protector = services.GetRequiredService<IPersonalDataProtector>();
        var huge = new string('x', 1_000_000);

        Assert.Equal(huge, protector.Unprotect(protector.Protect(huge)));
    }

    [Fact]
    public void TamperedValue_ThrowsCryptographicException()
    {
        using var services = Provider(KeysPath);
        var protector = services.GetRequiredService<IPersonalDataProtector>();
        var protectedText = protector.Protect("Sanne de Vries");
        var chars = protectedText.ToCharArray();
        var middle = chars.Length / 2;
        chars[middle] = chars[middle] == 'A' ? 'B' : 'A';

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(new string(chars)));
    }

    [Theory]
    [InlineData("not protected at all!")]
    [InlineData("")]
    [InlineData("Q")]
    public void ValueNotMadeByTheProtector_ThrowsCryptographicException(string value)
    {
        using var services = Provider(KeysPath);
        var protector = services.GetRequiredService<IPersonalDataProtector>();

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(value));
    }

    [Fact]
    public void SecondInstanceOverTheSameKeyFolder_ReadsTheFirstInstancesValues()
    {
        string protectedText;
        using (var first = Provider(KeysPath))
        {
            protectedText = first.GetRequiredService<IPersonalDataProtector>().Protect("Sanne de Vries");
        }

        using var second = Provider(KeysPath);

        Assert.Equal("Sanne de Vries", second.GetRequiredService<IPersonalDataProtector>().Unprotect(protectedText));
    }

    [Fact]
    public void InstanceWithOtherKeys_CannotReadTheValues()
    {
        using var first = Provider(KeysPath);
        var protectedText = first.GetRequiredService<IPersonalDataProtector>().Protect("Sanne de Vries");
        using var other = Provider(Path.Combine(_folder, "other-keys"));

        Assert.ThrowsAny<CryptographicException>(() => other.GetRequiredService<IPersonalDataProtector>().Unprotect(protectedText));
    }

    [Fact]
    public void KeyFolder_IsCreatedForTheOwnerOnly()
    {
        using var services = Provider(KeysPath);
        services.GetRequiredService<IPersonalDataProtector>().Protect("x");

        Assert.True(Directory.EnumerateFiles(KeysPath, "key-*.xml").Any());
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, new DirectoryInfo(KeysPath).UnixFileMode);
        }
    }

    [Fact]
    public void ExistingKeyFolderOpenToOthers_IsNarrowedToTheOwner()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Directory.CreateDirectory(KeysPath).UnixFileMode = (UnixFileMode)Convert.ToInt32("755", 8);

        using var services = Provider(KeysPath);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, new DirectoryInfo(KeysPath).UnixFileMode);
    }

    [Fact]
    public void WithCertificate_KeyFilesAreEncryptedAndAnotherInstanceStillReads()
    {
        var pfx = Path.Combine(_folder, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=IntakeBot test keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            File.WriteAllBytes(pfx, certificate.Export(X509ContentType.Pfx, "test-password"));
        }

        var options = new DataProtectionKeyOptions { CertificatePath = pfx, CertificatePassword = "test-password" };
        string protectedText;
        using (var first = Provider(KeysPath, options))
        {
            protectedText = first.GetRequiredService<IPersonalDataProtector>().Protect("Sanne de Vries");
        }

        using var second = Provider(KeysPath, options);

        Assert.Equal("Sanne de Vries", second.GetRequiredService<IPersonalDataProtector>().Unprotect(protectedText));
        var keyXml = File.ReadAllText(Directory.EnumerateFiles(KeysPath, "key-*.xml").Single(), Encoding.UTF8);
        Assert.Contains("EncryptedData", keyXml, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", keyXml, StringComparison.Ordinal);
    }

    [Fact]
    public void Registration_ReplacesAPlaintextProtectorAddedBefore()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IPersonalDataProtector>(PlaintextProtector.Instance);
        services.AddPersonalDataProtection(KeysPath, new DataProtectionKeyOptions());
        using var provider = services.BuildServiceProvider();

        Assert.IsType<DataProtectionPersonalDataProtector>(provider.GetRequiredService<IPersonalDataProtector>());
        Assert.Single(services, d => d.ServiceType == typeof(IPersonalDataProtector));
    }

    private static ServiceProvider Provider(string keysPath, DataProtectionKeyOptions? options = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPersonalDataProtection(keysPath, options ?? new DataProtectionKeyOptions());
        return services.BuildServiceProvider();
    }
}

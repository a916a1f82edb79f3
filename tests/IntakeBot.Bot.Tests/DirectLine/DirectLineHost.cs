using IntakeBot.Dialogs.Builder;
using IntakeBot.Storage.DirectLine;
using IntakeBot.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Bot.Tests.DirectLine;

/// <summary>The real host in memory with a recording test bot, a manual clock and an in-memory Direct Line store.</summary>
internal sealed class DirectLineHost : WebApplicationFactory<Program>
{
    public const string Secret = "test-secret-7f1c2a9e5b3d4c6a8e0f";
    public const string TrustedOrigin = "https://jeugdzorg.example";

    private readonly string _data = Directory.CreateTempSubdirectory("intakebot-directline-").FullName;
    private readonly Dictionary<string, string> _settings;

    public DirectLineHost(params (string Key, string Value)[] settings)
    {
        _settings = settings.ToDictionary(setting => setting.Key, setting => setting.Value);
    }

    public RecordingBot Bot { get; } = new();

    public ManualTimeProvider Clock { get; } = new();

    public IDirectLineStore Store { get; set; } = new MemoryDirectLineStore();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Content:RootPath", RepositoryPaths.Content);
        builder.UseSetting("Storage:SqlitePath", Path.Combine(_data, "intakebot.db"));
        builder.UseSetting("DirectLine:Secret", Secret);
        builder.UseSetting("DirectLine:TrustedOrigins:0", TrustedOrigin);
        builder.UseSetting("DirectLine:KeepAliveInterval", "00:00:00.200");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IBot>(Bot);
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton(Store);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}

using System.Diagnostics.Metrics;
using IntakeBot.Bot.Operations;
using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Deployment.Tests.Operations;

public sealed class CaseMetricsTests
{
    [Fact]
    public async Task CreatedCases_AreCountedByKind()
    {
        var inner = new FakeCaseStore();
        using var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddSingleton<ICaseStore>(_ => inner).AddIntakeBotMetrics().BuildServiceProvider();
        using var recorder = new MeasurementRecorder(services.GetRequiredService<IMeterFactory>());
        var store = services.GetRequiredService<ICaseStore>();

        await store.CreateAsync(Case(Kind.Klacht));
        await store.CreateAsync(Case(Kind.Klacht));
        await store.CreateAsync(Case(Kind.Compliment));

        Assert.Equal(3, inner.Created.Count);
        var counted = recorder.Of("intakebot.cases.created").GroupBy(measurement => measurement.Tags["kind"]).ToDictionary(group => group.Key!, group => group.Sum(measurement => measurement.Value));
        Assert.Equal(new Dictionary<string, double> { ["klacht"] = 2, ["compliment"] = 1 }, counted);
    }

    [Fact]
    public void Decorator_DisposesTheStoreItsFactoryMade_ButNotAGivenInstance()
    {
        var made = new FakeCaseStore();
        var given = new FakeCaseStore();
        using (var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddSingleton<ICaseStore>(_ => made).AddIntakeBotMetrics().BuildServiceProvider())
        {
            Assert.Same(made, Assert.IsType<MeteredCaseStore>(services.GetRequiredService<ICaseStore>()).Inner);
        }

        using (var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddSingleton<ICaseStore>(given).AddIntakeBotMetrics().BuildServiceProvider())
        {
            Assert.Same(given, Assert.IsType<MeteredCaseStore>(services.GetRequiredService<ICaseStore>()).Inner);
        }

        Assert.True(made.Disposed);
        Assert.False(given.Disposed);
    }

    private static IntakeCase Case(Kind kind) => new(
        "KL-7F3K-9Q", "kracht-den-haag", kind, default, DateTimeOffset.UnixEpoch, "directline", "conv-1", "nl", [], new Dictionary<string, string>());
}

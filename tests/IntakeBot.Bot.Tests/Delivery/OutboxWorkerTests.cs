using IntakeBot.Bot.Delivery;
using IntakeBot.Bot.Tests.BotConnector;
using IntakeBot.Casework.Delivery;
using IntakeBot.Casework.Memory;
using IntakeBot.Casework.Register;
using IntakeBot.Content;
using IntakeBot.Intake.Cases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntakeBot.Bot.Tests.Delivery;

public sealed class OutboxWorkerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_failing_pass_is_logged_without_its_message_and_the_next_pass_delivers()
    {
        var cases = new MemoryCaseStore();
        var flaky = new FlakyCaseStore(cases);
        var mail = new RecordingMailSender();
        using var logs = new CapturingLoggerProvider();
        await using var provider = Services(flaky, cases, mail, logs, withStores: true);
        await cases.CreateAsync(new DeliveryCases().Klacht(DeliveryHarness.Organisation, DateTimeOffset.UnixEpoch));
        var worker = Worker(provider);

        await worker.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => mail.Sent.Count > 0);
        await WaitUntilAsync(async () => (await cases.PendingEventsAsync(10)).Count == 0);
        await worker.StopAsync(new CancellationTokenSource(Patience).Token);

        var failure = Assert.Single(logs.Messages, m => m.Message.Contains("pass failed", StringComparison.Ordinal));
        Assert.Contains(nameof(InvalidOperationException), failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(flaky.SecretInMessage, failure.Message, StringComparison.Ordinal);
        Assert.Single(mail.Sent);
    }

    [Fact]
    public async Task Without_stores_the_worker_says_so_and_ends()
    {
        using var logs = new CapturingLoggerProvider();
        var cases = new MemoryCaseStore();
        await using var provider = Services(cases, cases, new RecordingMailSender(), logs, withStores: false);
        var worker = Worker(provider);

        await worker.StartAsync(CancellationToken.None);
        await worker.ExecuteTask!.WaitAsync(Patience);

        Assert.Contains(logs.Messages, m => m.Message.Contains("Delivery is not running", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stopping_cancels_the_wait_between_passes()
    {
        var cases = new MemoryCaseStore();
        var mail = new RecordingMailSender();
        using var logs = new CapturingLoggerProvider();
        await using var provider = Services(cases, cases, mail, logs, withStores: true, poll: TimeSpan.FromHours(1));
        await cases.CreateAsync(new DeliveryCases().Klacht(DeliveryHarness.Organisation, DateTimeOffset.UnixEpoch));
        var worker = Worker(provider);
        await worker.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => mail.Sent.Count > 0);

        // The worker now waits an hour for the next pass; stopping must end that wait, not sit it out.
        await worker.StopAsync(new CancellationTokenSource(Patience).Token);

        Assert.True(worker.ExecuteTask!.IsCompletedSuccessfully);
    }

    private static OutboxWorker Worker(ServiceProvider provider) => new(
        provider,
        provider.GetRequiredService<TimeProvider>(),
        provider.GetRequiredService<IOptions<DeliveryOptions>>(),
        provider.GetRequiredService<ILoggerFactory>().CreateLogger<OutboxWorker>());

    private static ServiceProvider Services(ICaseStore cases, MemoryCaseStore memory, IMailSender mail, ILoggerProvider logs, bool withStores, TimeSpan? poll = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs));
        services.AddSingleton(TimeProvider.System);
        var options = new DeliveryOptions { PollInterval = poll ?? TimeSpan.FromMilliseconds(20) };
        options.Organisations[DeliveryHarness.Organisation] = new OrganisationDeliveryOptions { Email = DeliveryHarness.OrganisationEmail };
        services.AddSingleton(Options.Create(options));
        services.AddSingleton(cases);
        if (withStores)
        {
            services.AddSingleton<ICaseRegister>(new MemoryCaseRegister(memory));
            services.AddSingleton<IDeliveryLog>(new MemoryDeliveryLog());
        }

        services.AddSingleton(provider => new OutboxDispatcher(
            provider.GetRequiredService<ICaseStore>(),
            provider.GetRequiredService<ICaseRegister>(),
            provider.GetRequiredService<IDeliveryLog>(),
            mail,
            new RecordingWebhookSender(),
            new StaffDeliveryTexts(DeliveryHarness.Texts),
            DeliveryHarness.Catalog,
            options.ToSettings(),
            provider.GetRequiredService<TimeProvider>(),
            new Random(3)));
        services.AddSingleton<ContentCatalog>(DeliveryHarness.Catalog);
        return services.BuildServiceProvider();
    }

    private static Task WaitUntilAsync(Func<bool> condition) => WaitUntilAsync(() => Task.FromResult(condition()));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!await condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}

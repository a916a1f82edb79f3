using IntakeBot.Bot.Delivery;
using IntakeBot.Bot.Staff;
using IntakeBot.Casework;
using IntakeBot.Casework.Delivery;
using IntakeBot.Casework.Memory;
using IntakeBot.Casework.Register;
using IntakeBot.Content;
using IntakeBot.Content.Loading;
using IntakeBot.Intake.Cases;
using IntakeBot.Testing;
using IntakeBot.Testing.Smtp;

namespace IntakeBot.Bot.Tests.Delivery;

/// <summary>
/// A dispatcher wired like the host's, with the real SMTP and webhook senders talking to a local SMTP listener and a
/// local webhook receiver, a memory case store, hand-written register and delivery-log fakes and a clock that stands still.
/// </summary>
internal sealed class DeliveryHarness : IAsyncDisposable
{
    public const string Organisation = "kracht-den-haag";
    public const string OrganisationEmail = "klachten@kracht.example.nl";
    public const string Secret = "whsec-test-0123456789abcdefghijklmnopqrstuv";

    private static readonly Lazy<ContentCatalog> SharedCatalog = new(() => ContentLoader.Load(RepositoryPaths.Content));
    private static readonly Lazy<StaffTexts> SharedTexts = new(() => StaffTexts.Load(RepositoryPaths.Content));

    private readonly LoopbackHttpClientFactory _clients = new();

    private DeliveryHarness(SmtpTestServer smtp, WebhookReceiver? webhook, DeliveryOptions options)
    {
        Smtp = smtp;
        Webhook = webhook;
        Options = options;
        Log = new CrashOnceDeliveryLog(Deliveries);
        Register = new MemoryCaseRegister(Cases, Deliveries);
        Dispatcher = new OutboxDispatcher(
            Cases,
            Register,
            Log,
            new SmtpMailSender(Microsoft.Extensions.Options.Options.Create(options)),
            new WebhookSender(_clients, Clock, Microsoft.Extensions.Options.Options.Create(options)),
            new StaffDeliveryTexts(SharedTexts.Value),
            SharedCatalog.Value,
            options.ToSettings(),
            Clock,
            new Random(7));
        if (webhook is not null)
        {
            webhook.Now = Clock.GetUtcNow;
        }
    }

    public static ContentCatalog Catalog => SharedCatalog.Value;

    public static StaffTexts Texts => SharedTexts.Value;

    public ManualTimeProvider Clock { get; } = new();

    public MemoryCaseStore Cases { get; } = new();

    public MemoryCaseRegister Register { get; }

    public MemoryDeliveryLog Deliveries { get; } = new();

    public CrashOnceDeliveryLog Log { get; }

    public SmtpTestServer Smtp { get; }

    public WebhookReceiver? Webhook { get; }

    public DeliveryOptions Options { get; }

    public OutboxDispatcher Dispatcher { get; }

    public DeliveryCases Data { get; } = new();

    /// <summary>A harness; the organisation gets e-mail and/or a webhook (the receiver may hold another secret).</summary>
    public static async Task<DeliveryHarness> StartAsync(bool email = true, bool webhook = false, string receiverSecret = Secret, string organisation = Organisation)
    {
        var smtp = await SmtpTestServer.StartNewAsync();
        var receiver = webhook ? await WebhookReceiver.StartAsync(receiverSecret) : null;
        var options = new DeliveryOptions
        {
            StaffBaseUrl = new Uri("https://intake.example.nl/"),
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = smtp.Port, EnableTls = false, From = "intakebot@intake.example.nl" },
        };
        options.Organisations[organisation] = new OrganisationDeliveryOptions
        {
            Email = email ? OrganisationEmail : null,
            WebhookUrl = receiver?.Url,
            WebhookSecret = receiver is null ? null : Secret,
        };
        return new DeliveryHarness(smtp, receiver, options);
    }

    /// <summary>Stores a case (its "created" event goes to the outbox) and returns it as stored.</summary>
    public async Task<IntakeCase> SubmitAsync(IntakeCase intakeCase)
    {
        await Cases.CreateAsync(intakeCase);
        return (await Cases.GetAsync(intakeCase.Reference))!;
    }

    /// <summary>The timeline entries delivery wrote for a case, oldest first.</summary>
    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(string reference) =>
        [.. (await Register.TimelineAsync(CaseScope.For(Organisation, "blijf-groep", "cjg-westelijke-mijnstreek"), reference)).Where(e => e.ActorId == OutboxDispatcher.ActorId)];

    public async Task<IReadOnlyList<CaseEvent>> PendingAsync() => await Cases.PendingEventsAsync(100);

    public async ValueTask DisposeAsync()
    {
        await Smtp.DisposeAsync();
        if (Webhook is not null)
        {
            await Webhook.DisposeAsync();
        }

        _clients.Dispose();
    }
}

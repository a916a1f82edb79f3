using IntakeBot.Content;
using IntakeBot.Content.Routing;
using IntakeBot.Content.Texts;
using IntakeBot.Dialogs.Interruptions;
using IntakeBot.Dialogs.State;
using IntakeBot.Intake.Cases;
using IntakeBot.Intake.Understanding;
using IntakeBot.Recognizers.Organisation;
using IntakeBot.Understanding.Classification;

namespace IntakeBot.Intake;

/// <summary>What the intake conversation needs, built once and shared by all conversations (thread-safe).</summary>
public sealed class IntakeServices
{
    public IntakeServices(ContentCatalog catalog, MessageClassifier classifier, ICaseStore cases, IStorage storage, TimeProvider time, IntakeOptions? options = null)
    {
        Catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        Classifier = classifier ?? throw new ArgumentNullException(nameof(classifier));
        Cases = cases ?? throw new ArgumentNullException(nameof(cases));
        Storage = storage ?? throw new ArgumentNullException(nameof(storage));
        Time = time ?? throw new ArgumentNullException(nameof(time));
        Options = options ?? new IntakeOptions();
        Routing = new RoutingEngine(catalog);
        Renderer = new TextRenderer(catalog.Texts);
        Words = new AnswerWords(catalog.Vocabulary);
        Interruptions = new InterruptionWords(catalog.Interruptions.Commands.ToDictionary(
            c => c.Key,
            c => (IReadOnlyList<string>)[.. c.Value.Values.SelectMany(w => w)]));
        Organisations = new OrganisationNameRecognizer(ContentOrganisationNames.From(catalog).Where(n => catalog.Organisations.ContainsKey(n.OrganisationId)));
        TimeZone = FindZone(Options.TimeZone);
    }

    public ContentCatalog Catalog { get; }
    public MessageClassifier Classifier { get; }
    public ICaseStore Cases { get; }
    public IStorage Storage { get; }
    public TimeProvider Time { get; }
    public IntakeOptions Options { get; }
    public RoutingEngine Routing { get; }
    public TextRenderer Renderer { get; }
    public AnswerWords Words { get; }
    public InterruptionWords Interruptions { get; }
    public OrganisationNameRecognizer Organisations { get; }
    public TimeZoneInfo TimeZone { get; }

    /// <summary>Now, in the intake's time zone.</summary>
    public DateTime LocalNow => TimeZoneInfo.ConvertTime(Time.GetUtcNow(), TimeZone).DateTime;

    /// <summary>Today, in the intake's time zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(LocalNow);

    private static TimeZoneInfo FindZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}

using IntakeBot.Bot.Cli;
using IntakeBot.Content;
using IntakeBot.Content.Loading;
using IntakeBot.Intake.Understanding;
using IntakeBot.Recognizers.Organisation;
using IntakeBot.Testing;

namespace IntakeBot.Bot.Tests.Cli;

/// <summary>The recognize command's registry as the host builds it, with organisation names from the repository's content/.</summary>
internal static class ContentRegistry
{
    private static readonly Lazy<ContentCatalog> Catalog = new(() => ContentLoader.Load(RepositoryPaths.Content));

    public static ContentCatalog Content => Catalog.Value;

    public static RecognizerRegistry Create() =>
        RecognizerRegistry.CreateDefault(new OrganisationNameRecognizer(ContentOrganisationNames.From(Catalog.Value)));
}

using IntakeBot.Content.Loading;
using IntakeBot.Testing;

namespace IntakeBot.Content.Tests.Support;

/// <summary>The repository's content/ folder, loaded once, and writable copies of it.</summary>
internal static class RepoContent
{
    public static string Root => RepositoryPaths.Content;

    private static readonly Lazy<ContentCatalog> Shared = new(() => ContentLoader.Load(Root));

    public static ContentCatalog Catalog => Shared.Value;

    /// <summary>Copies the content folder to a fresh temporary folder that a test may change.</summary>
    public static TempContent Copy() => new(Root);
}

using IntakeBot.Content;
using IntakeBot.Content.Loading;
using IntakeBot.Testing;

namespace IntakeBot.Privacy.Tests;

/// <summary>The repository's real content, loaded once (immutable, so sharing it between tests is safe).</summary>
internal static class Content
{
    private static readonly Lazy<ContentCatalog> Loaded = new(() => ContentLoader.Load(RepositoryPaths.Content));

    public static ContentCatalog Catalog => Loaded.Value;
}

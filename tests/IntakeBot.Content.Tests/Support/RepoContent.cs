using IntakeBot.Content.Loading;

namespace IntakeBot.Content.Tests.Support;

/// <summary>Finds the repository's content/ folder by walking up to the folder that holds IntakeBot.sln.</summary>
internal static class RepoContent
{
    public static string Root { get; } = FindRoot();

    private static readonly Lazy<ContentCatalog> Shared = new(() => ContentLoader.Load(Root));

    public static ContentCatalog Catalog => Shared.Value;

    /// <summary>Copies the content folder to a fresh temporary folder that a test may change.</summary>
    public static TempContent Copy() => new(Root);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IntakeBot.sln")))
            {
                return Path.Combine(dir.FullName, "content");
            }
        }

        throw new InvalidOperationException("IntakeBot.sln not found above " + AppContext.BaseDirectory);
    }
}

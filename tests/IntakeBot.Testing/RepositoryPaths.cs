namespace IntakeBot.Testing;

/// <summary>Finds folders of the repository from a test's output directory.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder that holds IntakeBot.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The repository's content/ folder.</summary>
    public static string Content => Path.Combine(Root, "content");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IntakeBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"IntakeBot.sln not found above {AppContext.BaseDirectory}.");
    }
}

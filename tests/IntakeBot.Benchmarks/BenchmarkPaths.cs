namespace IntakeBot.Benchmarks;

/// <summary>Finds the repository's content/ folder from the benchmark's output directory.</summary>
internal static class BenchmarkPaths
{
    public static string ContentRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IntakeBot.sln")))
            {
                return Path.Combine(dir.FullName, "content");
            }
        }

        throw new InvalidOperationException("Run from inside the repository: IntakeBot.sln not found above " + AppContext.BaseDirectory);
    }
}

using IntakeBot.Testing;

namespace IntakeBot.Deployment.Tests;

/// <summary>The deployment files of the repository, read from the source tree.</summary>
internal static class DeploymentFiles
{
    public static string Azure(string name) => Path.Combine(RepositoryPaths.Root, "deploymentTemplates", "azure", name);

    public static string SelfHost(string name) => Path.Combine(RepositoryPaths.Root, "deploymentTemplates", "selfhost", name);

    public static string Read(string path) => File.ReadAllText(path);
}

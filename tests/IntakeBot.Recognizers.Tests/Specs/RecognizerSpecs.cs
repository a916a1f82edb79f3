using System.Text.Json;

namespace IntakeBot.Recognizers.Tests.Specs;

/// <summary>
/// Finds and reads Microsoft's Recognizers-Text spec files from <c>../shared/recognizer-specs</c>
/// (next to the repository checkout). The data is not committed; when it is absent, spec tests are skipped.
/// </summary>
internal static class RecognizerSpecs
{
    public const string FolderName = "recognizer-specs";

    /// <summary>The spec folder, or <c>null</c> when it is not next to the checkout.</summary>
    public static string? Root { get; } = FindRoot();

    public static string MissingReason =>
        $"Recognizer spec data not found: expected a folder 'shared/{FolderName}' beside the repository (see shared/{FolderName}/SOURCE.md).";

    /// <summary>Reads the cases of one spec file, for example <c>Number/Dutch/NumberModel.json</c>.</summary>
    public static IReadOnlyList<SpecCase> Load(string relativePath)
    {
        if (Root is null)
        {
            throw new InvalidOperationException(MissingReason);
        }

        using var stream = File.OpenRead(Path.Combine(Root, relativePath));
        var cases = JsonSerializer.Deserialize<List<SpecCase>>(stream, SpecCase.JsonOptions) ?? [];
        return cases;
    }

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", FolderName);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

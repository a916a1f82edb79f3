using IntakeBot.Understanding.Classification;
using IntakeBot.Understanding.Content;

namespace IntakeBot.Understanding.Tests;

/// <summary>The repository's content, loaded once, and a classifier trained on it.</summary>
internal static class TestContent
{
    private static readonly Lazy<UnderstandingContent> LazyContent = new(() => UnderstandingContent.Load(ContentRoot));
    private static readonly Lazy<MessageClassifier> LazyClassifier = new(() => new MessageClassifier(Content));

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string ContentRoot => Path.Combine(RepositoryRoot, "content");

    public static UnderstandingContent Content => LazyContent.Value;

    public static MessageClassifier Classifier => LazyClassifier.Value;

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IntakeBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("IntakeBot.sln not found above " + AppContext.BaseDirectory);
    }
}

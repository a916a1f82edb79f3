using IntakeBot.Testing;
using IntakeBot.Understanding.Classification;
using IntakeBot.Understanding.Content;

namespace IntakeBot.Understanding.Tests;

/// <summary>The repository's content, loaded once, and a classifier trained on it.</summary>
internal static class TestContent
{
    private static readonly Lazy<UnderstandingContent> LazyContent = new(() => UnderstandingContent.Load(ContentRoot));
    private static readonly Lazy<MessageClassifier> LazyClassifier = new(() => new MessageClassifier(Content));

    public static string RepositoryRoot => RepositoryPaths.Root;

    public static string ContentRoot => RepositoryPaths.Content;

    public static UnderstandingContent Content => LazyContent.Value;

    public static MessageClassifier Classifier => LazyClassifier.Value;
}

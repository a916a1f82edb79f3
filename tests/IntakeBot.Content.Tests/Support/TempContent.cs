namespace IntakeBot.Content.Tests.Support;

/// <summary>A disposable copy of the content folder for tests that break or extend content.</summary>
internal sealed class TempContent : IDisposable
{
    public TempContent(string source)
    {
        Root = Path.Combine(Path.GetTempPath(), "intakebot-content-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Replaces text in a file and fails when the text is not there, so a test cannot pass by accident.</summary>
    public void Replace(string relative, string oldText, string newText)
    {
        var path = PathOf(relative);
        var content = File.ReadAllText(path);
        Assert.Contains(oldText, content, StringComparison.Ordinal);
        File.WriteAllText(path, content.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}

namespace IntakeBot.Testing.Processes;

/// <summary>A new empty folder under the temporary directory, deleted (with its contents) on dispose.</summary>
public sealed class TemporaryFolder : IDisposable
{
    /// <summary>Creates <c>&lt;temp&gt;/&lt;prefix&gt;&lt;random&gt;</c>.</summary>
    public TemporaryFolder(string prefix = "intakebot-test-")
    {
        Path = Directory.CreateTempSubdirectory(prefix).FullName;
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>Deletes the folder; a file still held open elsewhere leaves it behind rather than failing the test.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

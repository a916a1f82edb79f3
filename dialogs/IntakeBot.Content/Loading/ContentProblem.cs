namespace IntakeBot.Content.Loading;

/// <summary>One problem in the content: the file (relative to the content root), the JSON-pointer path inside it, and why.</summary>
public sealed record ContentProblem(string File, string Path, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{File} {(Path.Length == 0 ? "/" : Path)}: {Reason}";
}

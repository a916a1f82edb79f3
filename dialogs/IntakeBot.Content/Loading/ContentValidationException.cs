namespace IntakeBot.Content.Loading;

/// <summary>Thrown at start-up when content is invalid. The message lists every problem: file, path and reason.</summary>
public sealed class ContentValidationException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public ContentValidationException(IReadOnlyList<ContentProblem> problems)
        : base(BuildMessage(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ContentProblem> Problems { get; }

    private static string BuildMessage(IReadOnlyList<ContentProblem> problems) =>
        $"Content is invalid ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}):{Environment.NewLine}"
        + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
}

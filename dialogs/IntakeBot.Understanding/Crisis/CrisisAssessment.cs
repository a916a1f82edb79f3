namespace IntakeBot.Understanding.Crisis;

/// <summary>
/// Whether a message signals a crisis, which kinds (suicide, self-harm, violence-at-home, sexual-abuse,
/// running-away, immediate-danger), which help applies as ids (112, 113, veilig-thuis, kindertelefoon,
/// centrum-seksueel-geweld; numbers and texts come from content) and the phrases that matched.
/// </summary>
public sealed record CrisisAssessment(
    bool IsCrisis,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Help,
    IReadOnlyList<string> Cues)
{
    /// <summary>No crisis signal.</summary>
    public static CrisisAssessment None { get; } = new(false, [], [], []);
}

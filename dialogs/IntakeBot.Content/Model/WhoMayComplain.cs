namespace IntakeBot.Content.Model;

/// <summary>Who may complain. <see cref="Minors"/>: "with-adult" or "not-stated".</summary>
public sealed record WhoMayComplain(
    bool Stated,
    IReadOnlyList<string>? Relations = null,
    IReadOnlyList<Role>? Roles = null,
    string? Minors = null,
    string? Source = null);

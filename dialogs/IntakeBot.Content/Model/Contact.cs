namespace IntakeBot.Content.Model;

/// <summary>A national contact (contacts.yaml). <see cref="VerifiedOn"/> is null until checked on the live site.</summary>
public sealed record Contact(
    string Id,
    string Name,
    string Purpose,
    IReadOnlyList<Channel> Channels,
    DateOnly? VerifiedOn = null,
    DateOnly? SourceDate = null,
    bool Crisis = false,
    string? FormerName = null,
    string? Ages = null,
    string? Note = null,
    bool? ContactStated = null);

using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Casework.Privacy;

/// <summary>
/// Everything the bot holds about one case, for an access request (AVG art. 15): the case with every field in plain
/// text, its route, its timeline and the conversation it came from. Internal notes are part of the complaint file and
/// are included: the regulations let the complainant read or copy the file (Blijf Groep), and the AVG gives access to
/// all personal data; staff who must withhold a note (e.g. to protect a third party) redact the download by hand.
/// </summary>
public sealed record PersonalFile(
    string Reference,
    string OrganisationId,
    Kind Kind,
    CaseStatus Status,
    DateTimeOffset SubmittedAt,
    string Channel,
    string Language,
    DateTimeOffset? WithdrawnAt,
    IReadOnlyDictionary<string, string> Fields,
    PersonalFileHandling Handling,
    IReadOnlyList<CaseRouteStep> Route,
    IReadOnlyList<PersonalFileTimelineEntry> Timeline,
    IReadOnlyList<PersonalFileTranscriptLine> Transcript,
    DateTimeOffset ExportedAt);

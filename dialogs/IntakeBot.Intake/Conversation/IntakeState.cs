using System.Text.Json.Serialization;
using IntakeBot.Content.Model;

namespace IntakeBot.Intake.Conversation;

/// <summary>
/// Everything the intake knows about one conversation. It is the intake dialog's typed state, stored with the
/// dialog stack and, for "continue later", under a resume code. Unknown answers stay null.
/// </summary>
public sealed class IntakeState
{
    /// <summary>Version of this shape; a newer release reads older versions.</summary>
    public int Version { get; set; } = 1;

    /// <summary>True once the welcome was sent: exactly once per conversation.</summary>
    public bool Welcomed { get; set; }

    public string Language { get; set; } = "nl";
    public bool LanguageChosen { get; set; }
    public Role? Role { get; set; }
    public string? OrganisationId { get; set; }
    public bool OrganisationFromChannel { get; set; }

    /// <summary>The story in the user's own words, one entry per message.</summary>
    public List<string> Story { get; set; } = [];
    public bool StoryDone { get; set; }

    /// <summary>The kind the classifier proposed and the bot checks with the user.</summary>
    public Kind? ProposedKind { get; set; }

    /// <summary>
    /// True when the user said the proposal was wrong and chose a kind themselves. The proposal is kept, so "terug"
    /// asks the same check again.
    /// </summary>
    public bool ProposalDeclined { get; set; }

    public Kind? Kind { get; set; }

    /// <summary>A second thing found in the story (e.g. a compliment next to a complaint), handled after this case.</summary>
    public SecondThing? Second { get; set; }

    public AgeGroup AgeGroup { get; set; } = AgeGroup.Unknown;
    public bool AgeAsked { get; set; }
    public bool? TalkedFirst { get; set; }
    public bool? WantsAnonymity { get; set; }
    public bool? WantsExternal { get; set; }
    public bool? ConsentToShare { get; set; }
    public bool? WantsConfidant { get; set; }
    public bool? WantsCopy { get; set; }

    /// <summary>Answers by field name (see <see cref="Cases.CaseFieldNames"/>); dates as yyyy-MM-dd.</summary>
    public Dictionary<string, string> Fields { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Optional fields the user chose to skip.</summary>
    public List<string> Skipped { get; set; } = [];

    /// <summary>Notices already shown once (e.g. "anonymous is not possible here").</summary>
    public List<string> NoticesShown { get; set; } = [];

    public bool SummaryConfirmed { get; set; }

    /// <summary>When set, the bot returns to the summary after this field is answered again.</summary>
    public bool EditingFromSummary { get; set; }

    /// <summary>The question being asked (see <see cref="QuestionIds"/>), or null before the first one.</summary>
    public string? Pending { get; set; }

    /// <summary>A question asked in between (crisis, stop, retry offer, withdraw ...); the main question waits.</summary>
    public string? Aside { get; set; }

    /// <summary>Failed answers to the current question (or aside).</summary>
    public int Attempts { get; set; }

    /// <summary>Main questions answered, in order, for "terug".</summary>
    public List<string> History { get; set; } = [];

    /// <summary>
    /// The client's id (<c>channelData.clientActivityID</c>) of the last message taken. A client that sends a message
    /// again after a failure (the host was killed after saving the turn, before answering) keeps the id, and the
    /// message is then not taken twice.
    /// </summary>
    public string? LastClientActivityId { get; set; }

    /// <summary>
    /// Random, fixed when the intake begins: with the number of cases submitted so far it gives each submission its
    /// reference (<see cref="Cases.CaseReference.For"/>), so a submission that runs again (the host was killed after
    /// creating the case, before saving this state) finds its case instead of creating a second one.
    /// </summary>
    public string SubmissionSeed { get; set; } = Cases.CaseReference.NewSeed();

    /// <summary>References of the cases submitted in this conversation.</summary>
    public List<string> Submitted { get; set; } = [];

    /// <summary>
    /// The cases the last message taken submitted and what the bot told about them; null when it submitted none. When
    /// that message comes again (same <see cref="LastClientActivityId"/>: its answer was lost in a crash), the bot tells
    /// it again before asking the current question, so the user still learns the reference and what happens next.
    /// </summary>
    public List<CaseTold>? LastTurnSubmitted { get; set; }

    /// <summary>The reference the user is withdrawing.</summary>
    public string? WithdrawReference { get; set; }

    public bool Finished { get; set; }

    /// <summary>The register that follows the role: "je" for young people, "u" for everyone else.</summary>
    [JsonIgnore]
    public Register Register => Role is null or Content.Model.Role.YoungPerson ? Register.Je : Register.U;

    /// <summary>The whole story as one text.</summary>
    [JsonIgnore]
    public string StoryText => string.Join(Environment.NewLine, Story);
}

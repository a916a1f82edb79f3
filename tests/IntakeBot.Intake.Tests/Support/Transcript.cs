namespace IntakeBot.Intake.Tests.Support;

/// <summary>A conversation written down as a test (Transcripts/*.yaml): what the user says and what must come back.</summary>
public sealed class Transcript
{
    public string Title { get; set; } = string.Empty;
    public string Channel { get; set; } = "test";

    /// <summary>The organisation and language the widget's join event carries (a step with event: join sends it).</summary>
    public TranscriptStart? Join { get; set; }

    public List<TranscriptStep> Steps { get; set; } = [];

    /// <summary>The cases that must exist at the end, in order.</summary>
    public List<TranscriptCase> Cases { get; set; } = [];
}

public sealed class TranscriptStart
{
    public string? Organisation { get; set; }
    public string? Language { get; set; }
}

public sealed class TranscriptStep
{
    /// <summary>"join": the widget's join event (organisation and language from <see cref="Transcript.Join"/>) instead of a message.</summary>
    public string? Event { get; set; }

    /// <summary>The user's message. "{reference}" is replaced by the last case reference, "{code}" by the last resume code.</summary>
    public string? User { get; set; }

    /// <summary>Fragments that must appear in the bot's replies to this message.</summary>
    public List<string> Expect { get; set; } = [];

    /// <summary>Fragments that must not appear.</summary>
    public List<string> NotExpect { get; set; } = [];

    /// <summary>The exact buttons under the last reply, when given.</summary>
    public List<string>? Buttons { get; set; }

    /// <summary>Moves the fake clock before the message, e.g. "3.00:00:00" for 3 days.</summary>
    public string? Advance { get; set; }

    /// <summary>Starts a new conversation (another channel) before this message; state and cases are shared.</summary>
    public string? NewConversation { get; set; }
}

public sealed class TranscriptCase
{
    public string Kind { get; set; } = string.Empty;
    public string Organisation { get; set; } = string.Empty;
    public string Status { get; set; } = "nieuw";

    /// <summary>The route's step ids in order.</summary>
    public List<string>? Route { get; set; }

    /// <summary>The destination of the step that carries the deadline, and that deadline (yyyy-MM-dd).</summary>
    public string? Destination { get; set; }
    public string? Deadline { get; set; }

    /// <summary>Fields that must have exactly these values.</summary>
    public Dictionary<string, string> Fields { get; set; } = [];

    /// <summary>Fields that must be absent (never asked or skipped).</summary>
    public List<string> Absent { get; set; } = [];
}

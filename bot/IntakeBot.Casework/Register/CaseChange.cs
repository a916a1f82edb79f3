namespace IntakeBot.Casework.Register;

/// <summary>The result of a change to a case.</summary>
public enum CaseChange
{
    /// <summary>Done.</summary>
    Changed,
    /// <summary>Nothing to do: the case already was like that.</summary>
    Unchanged,
    /// <summary>Unknown, or outside the caller's scope.</summary>
    NotFound,
    /// <summary>The case changed since the caller read it (version differs).</summary>
    Conflict,
}

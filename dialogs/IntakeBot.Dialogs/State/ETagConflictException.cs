namespace IntakeBot.Dialogs.State;

/// <summary>
/// Thrown when a write's eTag precondition fails: the item changed (or was created or deleted)
/// since the writer read it. Nothing of that write was stored.
/// </summary>
public sealed class ETagConflictException : Exception
{
    /// <summary>Creates the exception for the key whose precondition failed.</summary>
    public ETagConflictException(string key, string? expectedETag, string? actualETag)
        : base($"Storage precondition failed for key '{key}': expected eTag '{expectedETag ?? "(new item)"}', found '{actualETag ?? "(no item)"}'.")
    {
        Key = key;
        ExpectedETag = expectedETag;
        ActualETag = actualETag;
    }

    /// <summary>The key whose write failed.</summary>
    public string Key { get; }

    /// <summary>The eTag the writer expected; <c>null</c> when it meant to create the item.</summary>
    public string? ExpectedETag { get; }

    /// <summary>The eTag found in storage; <c>null</c> when no item existed.</summary>
    public string? ActualETag { get; }
}

namespace IntakeBot.Dialogs.State;

/// <summary>A stored document: UTF-8 JSON plus the eTag that identifies its version.</summary>
/// <param name="Json">The document as UTF-8 JSON.</param>
/// <param name="ETag">
/// On read, the current version. On write, the precondition: <c>null</c> to create,
/// <see cref="AnyETag"/> to overwrite unconditionally, or the version the writer read.
/// </param>
public sealed record StoreItem(ReadOnlyMemory<byte> Json, string? ETag)
{
    /// <summary>The eTag that matches any version: the write always succeeds.</summary>
    public const string AnyETag = "*";
}

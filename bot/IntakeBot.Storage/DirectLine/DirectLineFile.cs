namespace IntakeBot.Storage.DirectLine;

/// <summary>A file a user uploaded into a conversation.</summary>
/// <param name="ConversationId">The conversation it belongs to; only that conversation's token may read it.</param>
/// <param name="Id">The file id (random, URL-safe).</param>
/// <param name="ContentType">The MIME type it was accepted with.</param>
/// <param name="Name">The file name the client gave, if any.</param>
/// <param name="Content">The bytes.</param>
public sealed record DirectLineFile(string ConversationId, string Id, string ContentType, string? Name, ReadOnlyMemory<byte> Content);

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>One file of an upload request, read into memory (uploads are capped).</summary>
internal sealed record DirectLineUploadedFile(string ContentType, string? Name, byte[] Content);

using IntakeBot.Storage.DirectLine;

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>What a socket's inbox held: records appended here, whether it must read the log, and whether a keep-alive tick came.</summary>
internal readonly record struct DirectLineInbox(IReadOnlyList<DirectLineRecord> Records, bool Unknown, bool Tick);

using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>Ids the server hands out. All are URL-safe.</summary>
internal static class DirectLineIds
{
    /// <summary>A new conversation id: 128 random bits.</summary>
    public static string NewConversationId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>A new user id, with the <c>dl_</c> prefix Direct Line uses for users it names itself.</summary>
    public static string NewUserId() => "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    /// <summary>A new file id.</summary>
    public static string NewFileId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>The id of the activity at <paramref name="sequence"/>: <c>{conversationId}|0000005</c>.</summary>
    public static string ActivityId(string conversationId, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{sequence:D7}");

    /// <summary>True for a conversation or file id this server could have made: short, URL-safe characters only.</summary>
    public static bool LooksValid(string? id) =>
        id is { Length: > 0 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}

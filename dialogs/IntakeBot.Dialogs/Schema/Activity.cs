using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntakeBot.Dialogs.Schema;

/// <summary>
/// A Bot Framework activity: the unit of everything that passes between a channel and a bot.
/// </summary>
/// <remarks>
/// Immutable: change a copy with a <c>with</c> expression. Serialise with <see cref="ActivitySerializer"/>
/// (camelCase, nulls omitted). Fields this type does not name are kept in <see cref="AdditionalProperties"/>,
/// so reading and writing an activity loses nothing (spec rule A2005).
/// </remarks>
public sealed record Activity
{
    /// <summary>One of <see cref="ActivityTypes"/>; required on the wire.</summary>
    public string? Type { get; init; }

    /// <summary>The id the channel assigned. Bots and clients do not set it (A2031).</summary>
    public string? Id { get; init; }

    /// <summary>When the channel received the activity, in UTC.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The sender's local time, with its offset.</summary>
    public DateTimeOffset? LocalTimestamp { get; init; }

    /// <summary>The sender's IANA time zone.</summary>
    public string? LocalTimezone { get; init; }

    /// <summary>Where replies go; set by the channel on activities sent to bots.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>The channel, for example <c>directline</c>, <c>webchat</c> or <c>msteams</c>.</summary>
    public string? ChannelId { get; init; }

    /// <summary>The sender.</summary>
    public ChannelAccount? From { get; init; }

    /// <summary>The conversation.</summary>
    public ConversationAccount? Conversation { get; init; }

    /// <summary>The receiver.</summary>
    public ChannelAccount? Recipient { get; init; }

    /// <summary><c>plain</c> (default), <c>markdown</c> or <c>xml</c>.</summary>
    public string? TextFormat { get; init; }

    /// <summary><c>list</c> or <c>carousel</c>.</summary>
    public string? AttachmentLayout { get; init; }

    /// <summary>Members that joined (conversationUpdate).</summary>
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    /// <summary>Members that left (conversationUpdate).</summary>
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    /// <summary>The BCP-47 locale, for example <c>nl-NL</c>. Missing on many channels.</summary>
    public string? Locale { get; init; }

    /// <summary>The message text.</summary>
    public string? Text { get; init; }

    /// <summary>Text or SSML to speak.</summary>
    public string? Speak { get; init; }

    /// <summary>One of <see cref="InputHints"/>.</summary>
    public string? InputHint { get; init; }

    /// <summary>Text to show when the channel cannot render the attachments.</summary>
    public string? Summary { get; init; }

    /// <summary>Buttons under the message.</summary>
    public SuggestedActions? SuggestedActions { get; init; }

    /// <summary>Files and cards.</summary>
    public IReadOnlyList<Attachment>? Attachments { get; init; }

    /// <summary>Metadata such as mentions and client capabilities.</summary>
    public IReadOnlyList<Entity>? Entities { get; init; }

    /// <summary>Channel-specific data (Web Chat: <c>clientActivityID</c>; Teams: tenant, team, channel).</summary>
    public JsonElement? ChannelData { get; init; }

    /// <summary>The id of the activity this one answers.</summary>
    public string? ReplyToId { get; init; }

    /// <summary>Programmatic payload: card submit data, postBack value, event or invoke parameters.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>The name of an event, invoke or command activity.</summary>
    public string? Name { get; init; }

    /// <summary>A reference to another conversation.</summary>
    public ConversationReference? RelatesTo { get; init; }

    /// <summary>On endOfConversation: one of <see cref="EndOfConversationCodes"/>.</summary>
    public string? Code { get; init; }

    /// <summary>One of <see cref="DeliveryModes"/>.</summary>
    public string? DeliveryMode { get; init; }

    /// <summary>When the activity should be considered expired.</summary>
    public DateTimeOffset? Expiration { get; init; }

    /// <summary><c>low</c>, <c>normal</c> or <c>high</c>.</summary>
    public string? Importance { get; init; }

    /// <summary>Set by the receiver to who sent the activity; never trusted from the wire.</summary>
    public string? CallerId { get; init; }

    /// <summary>Label of a trace activity.</summary>
    public string? Label { get; init; }

    /// <summary>Type of <see cref="Value"/> on a trace activity.</summary>
    public string? ValueType { get; init; }

    /// <summary>Fields this schema does not name, kept so a round trip loses nothing.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }

    /// <summary>True when this is a <c>message</c> activity.</summary>
    [JsonIgnore]
    public bool IsMessage => string.Equals(Type, ActivityTypes.Message, StringComparison.OrdinalIgnoreCase);

    /// <summary>A plain message with the given text.</summary>
    public static Activity CreateMessage(string? text = null) => new() { Type = ActivityTypes.Message, Text = text };

    /// <summary>The reference that lets a bot reply to this activity's conversation.</summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        Locale = Locale,
        ServiceUrl = ServiceUrl,
    };

    /// <summary>
    /// Addresses <paramref name="reply"/> as an answer to this activity: sender and recipient swapped,
    /// same conversation and channel, <c>replyToId</c> set. Fields the reply already has are kept.
    /// </summary>
    public Activity AddressReply(Activity reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply with
        {
            ChannelId = reply.ChannelId ?? ChannelId,
            ServiceUrl = reply.ServiceUrl ?? ServiceUrl,
            Conversation = reply.Conversation ?? Conversation,
            From = reply.From ?? Recipient,
            Recipient = reply.Recipient ?? From,
            ReplyToId = reply.ReplyToId ?? Id,
            Locale = reply.Locale ?? Locale,
        };
    }
}

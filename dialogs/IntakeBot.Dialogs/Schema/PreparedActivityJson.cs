using System.Text.Json;

namespace IntakeBot.Dialogs.Schema;

/// <summary>
/// An activity serialized once without its id and timestamp, so that a store can give it both later by joining
/// strings instead of serializing again. A channel that assigns ids inside a storage transaction (Direct Line) keeps
/// the serializing out of that transaction, where every other write would wait for it.
/// </summary>
public sealed class PreparedActivityJson
{
    private readonly string _rest;

    private PreparedActivityJson(string rest) => _rest = rest;

    /// <summary>Serializes <paramref name="activity"/> without its <c>id</c> and <c>timestamp</c>.</summary>
    public static PreparedActivityJson Prepare(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var json = ActivitySerializer.Serialize(activity with { Id = null, Timestamp = null });
        // "{}" has no members to follow the two added ones; otherwise keep everything after the opening brace.
        return new PreparedActivityJson(json.Length <= 2 ? "}" : "," + json[1..]);
    }

    /// <summary>
    /// The activity's JSON with <paramref name="id"/> and <paramref name="timestamp"/>: the same members and values as
    /// <see cref="ActivitySerializer.Serialize"/> of the activity with both set, with these two written first.
    /// </summary>
    public string With(string id, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(id);
        return string.Concat(
            "{\"id\":",
            JsonSerializer.Serialize(id, ActivitySerializer.Options),
            ",\"timestamp\":\"",
            UtcTimestampConverter.Format(timestamp),
            "\"",
            _rest);
    }
}

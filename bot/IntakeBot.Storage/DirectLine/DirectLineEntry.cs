namespace IntakeBot.Storage.DirectLine;

/// <summary>An activity to append. The store assigns its sequence number and timestamp, then asks for its JSON.</summary>
/// <param name="Type">The activity type.</param>
/// <param name="Render">Builds the JSON from the assigned sequence number and timestamp (the activity's id and timestamp depend on them).</param>
public sealed record DirectLineEntry(string Type, Func<long, DateTimeOffset, string> Render);

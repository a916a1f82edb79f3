using System.Text;
using Npgsql;

namespace IntakeBot.Storage.Postgres;

/// <summary>
/// The PostgreSQL notification that a conversation's Direct Line log grew: <see cref="PostgresDirectLineStore"/> sends it
/// on <see cref="Channel"/> inside the append's transaction, so PostgreSQL delivers it to every listening instance when
/// (and only if) the append commits, with the conversation id as payload.
/// </summary>
public static class PostgresDirectLineNotifications
{
    /// <summary>The LISTEN/NOTIFY channel.</summary>
    public const string Channel = "intakebot_directline";

    // PostgreSQL refuses payloads of 8000 bytes or more; ids that long are not ours, and their sockets still catch up
    // on their next keep-alive read.
    private const int MaxPayloadBytes = 7999;

    /// <summary>The conversation id a notification's payload names.</summary>
    public static string ConversationOf(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return PostgresText.Decode(payload);
    }

    /// <summary>Queues the notification in the connection's current transaction.</summary>
    internal static async Task NotifyAsync(NpgsqlConnection connection, string conversationId, CancellationToken cancellationToken)
    {
        var payload = PostgresText.Encode(conversationId);
        if (Encoding.UTF8.GetByteCount(payload) > MaxPayloadBytes)
        {
            return;
        }

        await using var command = new NpgsqlCommand("SELECT pg_notify(@channel, @payload);", connection);
        command.Parameters.AddWithValue("channel", Channel);
        command.Parameters.AddWithValue("payload", payload);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}

using Microsoft.Data.Sqlite;

namespace IntakeBot.Reliability.Tests.Support;

/// <summary>Reads the host's SQLite <c>cases</c> table directly: the truth about how many cases each conversation has.</summary>
internal static class CaseTable
{
    /// <summary>Case references by conversation id.</summary>
    public static Dictionary<string, List<string>> ByConversation(string sqlitePath)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = sqlitePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var connection = new SqliteConnection(builder.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT conversation_id, reference FROM cases ORDER BY created_ticks;";
        using var reader = command.ExecuteReader();
        var cases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var conversation = reader.GetString(0);
            if (!cases.TryGetValue(conversation, out var list))
            {
                cases[conversation] = list = [];
            }

            list.Add(reader.GetString(1));
        }

        return cases;
    }
}

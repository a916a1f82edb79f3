using System.Globalization;
using IntakeBot.Casework;
using IntakeBot.Casework.Register;
using IntakeBot.Intake.Cases;
using IntakeBot.Storage.Sqlite;

namespace IntakeBot.Storage.Casework;

/// <summary>
/// The WHERE clause of a case list: fixed SQL text with a placeholder per value. No value a caller gives is ever part
/// of the SQL text; only the number of scope placeholders depends on the input.
/// </summary>
internal sealed class SqlCaseFilter
{
    private readonly List<string> _conditions = [];
    private readonly List<(string Name, object? Value)> _parameters = [];

    public SqlCaseFilter(CaseScope scope, CaseQuery query)
    {
        var scopeNames = new List<string>();
        foreach (var organisation in scope.OrganisationIds.Order(StringComparer.Ordinal))
        {
            scopeNames.Add(Add(organisation));
        }

        _conditions.Add($"c.organisation_id IN ({string.Join(", ", scopeNames)})");
        Where(query.OrganisationId, "c.organisation_id = {0}");
        Where(query.Kind is { } kind ? SqliteValues.Name(kind) : null, "c.kind = {0}");
        Where(query.Status is { } status ? SqliteValues.Name(status) : null, "c.status = {0}");
        Where(query.AssignedTo, "h.assigned_to_id = {0}");
        Where(query.SubmittedFrom is { } from ? CaseworkValues.Day(from) : null, "h.submitted_on >= {0}");
        Where(query.SubmittedTo is { } to ? CaseworkValues.Day(to) : null, "h.submitted_on <= {0}");
        if (query.OverdueOn is { } overdueOn)
        {
            var afgehandeld = Add(SqliteValues.Name(CaseStatus.Afgehandeld));
            var ingetrokken = Add(SqliteValues.Name(CaseStatus.Ingetrokken));
            var day = Add(CaseworkValues.Day(overdueOn));
            _conditions.Add($"c.status <> {afgehandeld} AND c.status <> {ingetrokken} AND h.due_on IS NOT NULL AND h.due_on < {day}");
        }
    }

    public string Sql => string.Join(" AND ", _conditions);

    public IReadOnlyList<(string Name, object? Value)> Parameters => _parameters;

    private void Where(string? value, string condition)
    {
        if (value is not null)
        {
            _conditions.Add(string.Format(CultureInfo.InvariantCulture, condition, Add(value)));
        }
    }

    private string Add(object value)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"p{_parameters.Count}");
        _parameters.Add((name, value));
        return "@" + name;
    }
}

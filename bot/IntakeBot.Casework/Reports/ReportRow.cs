namespace IntakeBot.Casework.Reports;

/// <summary>
/// One line of an exported report: <see cref="Section"/> and <see cref="Item"/> are stable keys, <see cref="Label"/> the
/// staff text for the item, <see cref="Value"/> a count or a number of days (null: not computable).
/// </summary>
public sealed record ReportRow(string Section, string Item, string Label, double? Value);

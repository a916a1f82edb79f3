namespace IntakeBot.Casework.Reports;

/// <summary>One counted group: <see cref="Key"/> is a stable id (the JSON name of a kind, status, outcome, ...).</summary>
public sealed record ReportCount(string Key, int Count);

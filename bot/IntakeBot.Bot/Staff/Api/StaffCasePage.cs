namespace IntakeBot.Bot.Staff.Api;

/// <summary>One page of the case register: the rows, the number of all matching cases, and the page asked for.</summary>
public sealed record StaffCasePage(IReadOnlyList<StaffCaseSummary> Items, int Total, int Skip, int Take);

using IntakeBot.Intake.Cases;

namespace IntakeBot.Bot.Tests.Staff;

/// <summary>A case store whose database is gone: every call fails the way the SQLite store reports it.</summary>
internal sealed class FailingCaseStore : ICaseStore
{
    private static InvalidOperationException Failure() => new("The SQLite database '/secret/path/intakebot.db' failed: disk I/O error");

    public Task CreateAsync(IntakeCase intakeCase, CancellationToken cancellationToken = default) => throw Failure();

    public Task<IntakeCase?> GetAsync(string reference, CancellationToken cancellationToken = default) => throw Failure();

    public Task<IReadOnlyList<IntakeCase>> FindByConversationAsync(string conversationId, CancellationToken cancellationToken = default) => throw Failure();

    public Task<bool> WithdrawAsync(string reference, DateTimeOffset at, CancellationToken cancellationToken = default) => throw Failure();

    public Task<IReadOnlyList<CaseEvent>> PendingEventsAsync(int max, CancellationToken cancellationToken = default) => throw Failure();

    public Task MarkDeliveredAsync(long eventId, DateTimeOffset at, CancellationToken cancellationToken = default) => throw Failure();
}

using IntakeBot.Casework.Audit;
using IntakeBot.Casework.Memory;
using IntakeBot.Testing.Cases;

namespace IntakeBot.Casework.Tests.Memory;

public sealed class MemoryAuditLogTests
{
    private static readonly DateTimeOffset At = SampleCases.Start;

    [Fact]
    public async Task Query_IsScoped_NewestFirst_AndFiltered()
    {
        var log = new MemoryAuditLog();
        await log.RecordAsync(Entry(At, "u-1", AuditActions.CaseRead, "KL-7F3K-9Q"));
        await log.RecordAsync(Entry(At.AddMinutes(2), "u-2", AuditActions.StatusChanged, "KL-7F3K-9Q"));
        await log.RecordAsync(Entry(At.AddMinutes(1), "u-1", AuditActions.CaseList, null));
        await log.RecordAsync(Entry(At.AddMinutes(3), "u-9", AuditActions.CaseRead, "KL-7F3K-9Q") with { OrganisationId = "blijf-groep" });
        var kracht = CaseScope.For("kracht-den-haag");

        Assert.Equal([AuditActions.StatusChanged, AuditActions.CaseList, AuditActions.CaseRead], (await log.QueryAsync(kracht, new AuditQuery())).Select(e => e.Action));
        Assert.Equal([AuditActions.StatusChanged, AuditActions.CaseRead], (await log.QueryAsync(kracht, new AuditQuery(Reference: "KL-7F3K-9Q"))).Select(e => e.Action));
        Assert.Equal([AuditActions.CaseList, AuditActions.CaseRead], (await log.QueryAsync(kracht, new AuditQuery(ActorId: "u-1"))).Select(e => e.Action));
        Assert.Equal([AuditActions.CaseList], (await log.QueryAsync(kracht, new AuditQuery(From: At.AddMinutes(1), To: At.AddMinutes(1)))).Select(e => e.Action));
        Assert.Single(await log.QueryAsync(kracht, new AuditQuery(Take: 1)));
        Assert.Equal("u-9", Assert.Single(await log.QueryAsync(CaseScope.For("blijf-groep"), new AuditQuery())).ActorId);
    }

    [Fact]
    public async Task BadEntries_AreRejected()
    {
        var log = new MemoryAuditLog();

        await Assert.ThrowsAsync<ArgumentException>(() => log.RecordAsync(Entry(At, string.Empty, AuditActions.CaseRead, null)));
        await Assert.ThrowsAsync<ArgumentException>(() => log.RecordAsync(Entry(At, "u-1", AuditActions.CaseRead, null) with { Detail = new string('d', 1001) }));
    }

    private static AuditEntry Entry(DateTimeOffset at, string actorId, string action, string? reference) =>
        new(at, actorId, "Medewerker", "kracht-den-haag", action, reference);
}

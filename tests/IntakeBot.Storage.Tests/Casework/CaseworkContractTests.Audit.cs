using IntakeBot.Casework;
using IntakeBot.Casework.Audit;

namespace IntakeBot.Storage.Tests.Casework;

public abstract partial class CaseworkContractTests
{
    [Fact]
    public async Task Audit_IsScoped_NewestFirst_Filtered_AndLimited()
    {
        var read = Audited(Start, "u-1", AuditActions.CaseRead, "KL-7F3K-9Q") with { Detail = "pagina 1" };
        var status = Audited(Start.AddMinutes(2), "u-2", AuditActions.StatusChanged, "KL-7F3K-9Q");
        var list = Audited(Start.AddMinutes(1), "u-1", AuditActions.CaseList, null);
        var other = Audited(Start.AddMinutes(3), "u-9", AuditActions.CaseRead, "KL-7F3K-9Q") with { OrganisationId = "blijf-groep" };
        foreach (var entry in new[] { read, status, list, other })
        {
            await Audit.RecordAsync(entry);
        }

        Assert.Equal([status, list, read], await Audit.QueryAsync(Kracht, new AuditQuery()));
        Assert.Equal([status, read], await Audit.QueryAsync(Kracht, new AuditQuery(Reference: "KL-7F3K-9Q")));
        Assert.Equal([list, read], await Audit.QueryAsync(Kracht, new AuditQuery(ActorId: "u-1")));
        Assert.Equal([list], await Audit.QueryAsync(Kracht, new AuditQuery(From: Start.AddMinutes(1), To: Start.AddMinutes(1))));
        Assert.Equal([status], await Audit.QueryAsync(Kracht, new AuditQuery(Take: 1)));
        Assert.Equal([other], await Audit.QueryAsync(Blijf, new AuditQuery()));
    }

    [Theory]
    [InlineData("' OR '1'='1")]
    [InlineData("u-1' --")]
    public async Task Audit_FiltersAreValues_NeverSql(string hostile)
    {
        await Audit.RecordAsync(Audited(Start, "u-1", AuditActions.CaseRead, "KL-7F3K-9Q"));
        await Audit.RecordAsync(Audited(Start, hostile, AuditActions.CaseRead, hostile) with { OrganisationId = "blijf-groep" });

        Assert.Empty(await Audit.QueryAsync(Kracht, new AuditQuery(ActorId: hostile)));
        Assert.Empty(await Audit.QueryAsync(Kracht, new AuditQuery(Reference: hostile)));
        Assert.Empty(await Audit.QueryAsync(CaseScope.For(hostile), new AuditQuery()));
        Assert.Equal(hostile, Assert.Single(await Audit.QueryAsync(Blijf, new AuditQuery(ActorId: hostile))).Reference);
    }

    private static AuditEntry Audited(DateTimeOffset at, string actorId, string action, string? reference) =>
        new(at, actorId, "Medewerker", "kracht-den-haag", action, reference);
}

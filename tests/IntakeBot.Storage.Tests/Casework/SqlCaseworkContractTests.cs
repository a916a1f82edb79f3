using IntakeBot.Casework.Register;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Storage.Tests.Casework;

/// <summary>
/// The register on a database that other processes share (issue 8): cases the intake writes at any time are taken in
/// by the next call of whichever register comes first, once, also by a register opened after a restart.
/// </summary>
public abstract class SqlCaseworkContractTests : CaseworkContractTests
{
    /// <summary>A register on the same database with connections of its own, as a second or restarted process opens it.</summary>
    private protected abstract ICaseRegister AnotherRegister();

    [Fact]
    public async Task Register_CaseCreatedAfterItWasRead_IsTakenInOnTheNextCall()
    {
        var first = await CreateAsync(Samples.Next());
        Assert.Equal([first.Reference], await ReferencesAsync(Kracht, new CaseQuery()));

        var later = await CreateAsync(Samples.Next(createdAt: Start.AddMinutes(1)));

        Assert.NotNull(await Register.GetAsync(Kracht, later.Reference));
        Assert.Single(await Register.TimelineAsync(Kracht, later.Reference));
    }

    [Fact]
    public async Task TwoRegisters_OnOneDatabase_TakeEachCaseInOnce()
    {
        var other = AnotherRegister();
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 4; i++)
            {
                await CreateAsync(Samples.Next(createdAt: Start.AddMinutes((round * 4) + i)));
            }

            await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => (i % 2 == 0 ? Register : other).ListAsync(Kracht, new CaseQuery()))));
        }

        Assert.Equal(12, (await Register.FactsAsync("kracht-den-haag", 2026)).Count);
        var listed = (await other.ListAsync(Kracht, new CaseQuery())).Cases;
        Assert.Equal(12, listed.Count);
        foreach (var record in listed)
        {
            Assert.Single(await Register.TimelineAsync(Kracht, record.Case.Reference));
        }
    }

    [Fact]
    public async Task RegisterOpenedAfterARestart_TakesInWhatTheIntakeWroteMeanwhile()
    {
        var known = await CreateAsync(Samples.Next());
        Assert.NotNull(await Register.GetAsync(Kracht, known.Reference));

        var meanwhile = await CreateAsync(Samples.Next(createdAt: Start.AddMinutes(1)));
        await Cases.WithdrawAsync(known.Reference, Start.AddHours(1));
        var restarted = AnotherRegister();

        var withdrawn = (await restarted.GetAsync(Kracht, known.Reference))!;
        Assert.Equal((CaseStatus.Ingetrokken, Start.AddHours(1)), (withdrawn.Case.Status, withdrawn.ClosedAt!.Value));
        Assert.Equal([TimelineEntryTypes.Created, TimelineEntryTypes.Withdrawn], (await Register.TimelineAsync(Kracht, known.Reference)).Select(e => e.Type));
        Assert.Equal([TimelineEntryTypes.Created], (await restarted.TimelineAsync(Kracht, meanwhile.Reference)).Select(e => e.Type));
        Assert.Equal(2, (await Register.FactsAsync("kracht-den-haag", 2026)).Count);
    }
}

using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;
using IntakeBot.Testing.Cases;

namespace IntakeBot.Storage.Tests.Cases;

public abstract partial class CaseStoreContractTests
{
    private const int Workers = 8;
    private const int CasesPerWorker = 10;

    [Fact]
    public async Task ParallelCreates_AllKept_EachWithOneEvent()
    {
        var cases = Enumerable.Range(0, Workers * CasesPerWorker).Select(i => Samples.Next(conversationId: "drukte", createdAt: SampleCases.Start.AddSeconds(i))).ToList();
        using var start = new ManualResetEventSlim();

        var workers = Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            start.Wait();
            foreach (var c in cases.Skip(worker * CasesPerWorker).Take(CasesPerWorker))
            {
                await Store.CreateAsync(c);
            }
        })).ToArray();
        start.Set();
        await Task.WhenAll(workers);

        var found = await Store.FindByConversationAsync("drukte");
        Assert.Equal(cases.Select(c => c.Reference), found.Select(c => c.Reference));
        var events = await Store.PendingEventsAsync(1000);
        Assert.Equal(cases.Select(c => c.Reference).Order(StringComparer.Ordinal), events.Select(e => e.Reference).Order(StringComparer.Ordinal));
        Assert.Equal(events.Count, events.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public async Task ParallelCreates_OfOneReference_ExactlyOneWins()
    {
        var reference = CaseReference.New(Kind.Signaal);
        var attempts = Enumerable.Range(0, Workers).Select(i => Samples.Next(Kind.Signaal, conversationId: $"poging-{i}") with { Reference = reference }).ToList();
        using var start = new ManualResetEventSlim();

        var tasks = attempts.Select(attempt => Task.Run(async () =>
        {
            start.Wait();
            try
            {
                await Store.CreateAsync(attempt);
                return attempt;
            }
            catch (DuplicateCaseReferenceException)
            {
                return null;
            }
        })).ToArray();
        start.Set();
        var winner = Assert.Single((await Task.WhenAll(tasks)).OfType<IntakeCase>());

        CaseAssert.Same(winner, await Store.GetAsync(reference));
        Assert.Single(await Store.PendingEventsAsync(100));
    }

    [Fact]
    public async Task ParallelWithdrawals_OfOneCase_ExactlyOneSucceeds()
    {
        var created = Samples.Next();
        await Store.CreateAsync(created);
        using var start = new ManualResetEventSlim();

        var tasks = Enumerable.Range(0, Workers).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return await Store.WithdrawAsync(created.Reference, SampleCases.Start.AddHours(i));
        })).ToArray();
        start.Set();

        Assert.Single(await Task.WhenAll(tasks), won => won);
        Assert.Equal(2, (await Store.PendingEventsAsync(100)).Count);
    }
}

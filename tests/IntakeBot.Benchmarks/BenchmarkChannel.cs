using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Benchmarks;

/// <summary>A channel that accepts every reply and keeps none, so a benchmark measures the engine, not a growing queue.</summary>
internal sealed class BenchmarkChannel : BotAdapter
{
    private static readonly ResourceResponse Accepted = new("1");

    public long Replies { get; private set; }

    public override Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        Replies += activities.Count;
        var responses = new ResourceResponse[activities.Count];
        Array.Fill(responses, Accepted);
        return Task.FromResult<IReadOnlyList<ResourceResponse>>(responses);
    }
}

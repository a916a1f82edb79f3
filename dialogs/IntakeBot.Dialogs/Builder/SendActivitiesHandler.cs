using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Dialogs.Builder;

/// <summary>
/// A hook on outgoing activities: it may inspect or replace them, and must call <paramref name="next"/>
/// to send them on (or not, to suppress them).
/// </summary>
public delegate Task<IReadOnlyList<ResourceResponse>> SendActivitiesHandler(
    ITurnContext turnContext,
    IReadOnlyList<Activity> activities,
    Func<Task<IReadOnlyList<ResourceResponse>>> next);

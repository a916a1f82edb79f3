using System.Text.Json;
using IntakeBot.Dialogs.Builder;

namespace IntakeBot.Dialogs.State;

/// <summary>Typed access to one property of a <see cref="BotState"/>.</summary>
internal sealed class StatePropertyAccessor<T>(BotState state, string name) : IStatePropertyAccessor<T>
{
    public string Name { get; } = name;

    public async Task<T?> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default)
    {
        var cached = await state.GetCachedAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (cached.Live.TryGetValue(Name, out var live))
        {
            return (T?)live.Value;
        }

        if (cached.Raw.TryGetValue(Name, out var raw))
        {
            var value = raw.Deserialize<T>(StateJson.Options);
            cached.Live[Name] = new CachedBotState.LiveValue(value, typeof(T));
            return value;
        }

        if (defaultValueFactory is null)
        {
            return default;
        }

        var created = defaultValueFactory();
        cached.Live[Name] = new CachedBotState.LiveValue(created, typeof(T));
        return created;
    }

    public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default)
    {
        var cached = await state.GetCachedAsync(turnContext, cancellationToken).ConfigureAwait(false);
        cached.Live[Name] = new CachedBotState.LiveValue(value, typeof(T));
    }

    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var cached = await state.GetCachedAsync(turnContext, cancellationToken).ConfigureAwait(false);
        cached.Live.Remove(Name);
        cached.Raw.Remove(Name);
    }
}

using IntakeBot.Dialogs.Builder;

namespace IntakeBot.Dialogs.State;

/// <summary>Typed access to one named property of a <see cref="BotState"/>.</summary>
/// <typeparam name="T">The property's type; serialised with System.Text.Json, no type names stored.</typeparam>
public interface IStatePropertyAccessor<T>
{
    /// <summary>The property name in the stored document.</summary>
    string Name { get; }

    /// <summary>Gets the value, creating it with <paramref name="defaultValueFactory"/> when absent (or returning <c>default</c>).</summary>
    Task<T?> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default);

    /// <summary>Sets the value; it is written when the state is saved.</summary>
    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default);

    /// <summary>Removes the value; the removal is written when the state is saved.</summary>
    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}

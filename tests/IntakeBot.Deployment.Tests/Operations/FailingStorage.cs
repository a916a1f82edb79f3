using IntakeBot.Dialogs.State;

namespace IntakeBot.Deployment.Tests.Operations;

/// <summary>State storage whose every call fails with a message that holds a (fake) secret, as a driver's might.</summary>
internal sealed class FailingStorage : IStorage
{
    public const string SecretInMessage = "Password=geheim-3141";

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException($"Could not connect: Host=db.example.org;{SecretInMessage}");

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException($"Could not connect: Host=db.example.org;{SecretInMessage}");

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException($"Could not connect: Host=db.example.org;{SecretInMessage}");
}

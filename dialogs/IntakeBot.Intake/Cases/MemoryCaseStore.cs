namespace IntakeBot.Intake.Cases;

/// <summary>
/// An <see cref="ICaseStore"/> in memory, for tests and the terminal chat. Thread-safe; everything is lost when
/// the process ends.
/// </summary>
public sealed class MemoryCaseStore : ICaseStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, IntakeCase> _cases = new(StringComparer.Ordinal);
    private readonly List<IntakeCase> _inOrder = [];
    private readonly List<CaseEvent> _events = [];
    private readonly HashSet<long> _delivered = [];

    /// <inheritdoc />
    public Task CreateAsync(IntakeCase intakeCase, CancellationToken cancellationToken = default)
    {
        var stored = IntakeCaseValidation.ForStorage(intakeCase);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (!_cases.TryAdd(stored.Reference, stored))
            {
                throw new DuplicateCaseReferenceException(stored.Reference);
            }

            _inOrder.Add(stored);
            Append(stored, CaseEventTypes.Created, stored.CreatedAt);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IntakeCase?> GetAsync(string reference, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var canonical = CaseReference.Normalize(reference);
        lock (_gate)
        {
            return Task.FromResult(canonical is not null && _cases.TryGetValue(canonical, out var found) ? found : null);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<IntakeCase>> FindByConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            // OrderBy is stable: cases created at the same moment keep the order they were created in.
            IReadOnlyList<IntakeCase> found = [.. _inOrder.Where(c => c.ConversationId == conversationId).OrderBy(c => c.CreatedAt.UtcTicks)];
            return Task.FromResult(found);
        }
    }

    /// <inheritdoc />
    public Task<bool> WithdrawAsync(string reference, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var canonical = CaseReference.Normalize(reference);
        lock (_gate)
        {
            if (canonical is null || !_cases.TryGetValue(canonical, out var found) || found.WithdrawnAt is not null)
            {
                return Task.FromResult(false);
            }

            var withdrawn = found with { Status = CaseStatus.Ingetrokken, WithdrawnAt = at };
            _cases[canonical] = withdrawn;
            _inOrder[_inOrder.IndexOf(found)] = withdrawn;
            Append(withdrawn, CaseEventTypes.Withdrawn, at);
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CaseEvent>> PendingEventsAsync(int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            IReadOnlyList<CaseEvent> pending = [.. _events.Where(e => !_delivered.Contains(e.Id)).Take(max)];
            return Task.FromResult(pending);
        }
    }

    /// <inheritdoc />
    public Task MarkDeliveredAsync(long eventId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (_events.Exists(e => e.Id == eventId))
            {
                _delivered.Add(eventId);
            }
        }

        return Task.CompletedTask;
    }

    private void Append(IntakeCase intakeCase, string type, DateTimeOffset at) =>
        _events.Add(new CaseEvent(_events.Count + 1, intakeCase.Reference, intakeCase.OrganisationId, type, at));
}

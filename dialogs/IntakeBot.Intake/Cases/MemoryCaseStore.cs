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
    private long _lastEventId;

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
            Replace(found, withdrawn);
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

    /// <summary>Every case, oldest first: for the memory case register, which keeps its handling data beside this store.</summary>
    internal IReadOnlyList<IntakeCase> Snapshot()
    {
        lock (_gate)
        {
            return [.. _inOrder];
        }
    }

    /// <summary>Sets the status of a stored case (staff handling); false when unknown. Withdrawal stays <see cref="WithdrawAsync"/>.</summary>
    internal bool SetStatus(string reference, CaseStatus status)
    {
        lock (_gate)
        {
            if (!_cases.TryGetValue(reference, out var found))
            {
                return false;
            }

            Replace(found, found with { Status = status });
            return true;
        }
    }

    /// <summary>Removes a case with its outbox events (retention, erasure); false when unknown.</summary>
    internal bool Remove(string reference)
    {
        lock (_gate)
        {
            if (!_cases.Remove(reference, out var found))
            {
                return false;
            }

            _inOrder.Remove(found);
            foreach (var removed in _events.Where(e => e.Reference == reference))
            {
                _delivered.Remove(removed.Id);
            }

            _events.RemoveAll(e => e.Reference == reference);
            return true;
        }
    }

    private void Replace(IntakeCase found, IntakeCase changed)
    {
        _cases[changed.Reference] = changed;
        _inOrder[_inOrder.IndexOf(found)] = changed;
    }

    // Ids come from a counter, not the list's length, so that removing a case's events never reuses an id.
    private void Append(IntakeCase intakeCase, string type, DateTimeOffset at) =>
        _events.Add(new CaseEvent(++_lastEventId, intakeCase.Reference, intakeCase.OrganisationId, type, at));
}

using IntakeBot.Casework.Transcripts;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Privacy.Tests.Fakes;

/// <summary>Transcripts in memory; "abandoned" asks the case store whether a conversation has a case.</summary>
internal sealed class FakeTranscripts(ICaseStore cases) : ITranscriptStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<TranscriptEntry>> _byConversation = new(StringComparer.Ordinal);

    public bool Has(string conversationId)
    {
        lock (_gate)
        {
            return _byConversation.ContainsKey(conversationId);
        }
    }

    public Task<long> AppendAsync(TranscriptEntry entry, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_byConversation.TryGetValue(entry.ConversationId, out var list))
            {
                list = [];
                _byConversation[entry.ConversationId] = list;
            }

            list.Add(entry with { Sequence = list.Count + 1 });
            return Task.FromResult((long)list.Count);
        }
    }

    public Task<IReadOnlyList<TranscriptEntry>> GetAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<TranscriptEntry>>(_byConversation.TryGetValue(conversationId, out var list) ? [.. list] : []);
        }
    }

    public Task<int> DeleteAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var count = _byConversation.TryGetValue(conversationId, out var list) ? list.Count : 0;
            _byConversation.Remove(conversationId);
            return Task.FromResult(count);
        }
    }

    public async Task<IReadOnlyList<string>> AbandonedBeforeAsync(DateTimeOffset before, int max, CancellationToken cancellationToken = default)
    {
        List<(string Id, DateTimeOffset Last)> candidates;
        lock (_gate)
        {
            candidates = [.. _byConversation.Select(pair => (pair.Key, pair.Value[^1].At))];
        }

        var due = new List<string>();
        foreach (var (id, last) in candidates)
        {
            if (last < before && (await cases.FindByConversationAsync(id, cancellationToken)).Count == 0 && due.Count < max)
            {
                due.Add(id);
            }
        }

        return due;
    }
}

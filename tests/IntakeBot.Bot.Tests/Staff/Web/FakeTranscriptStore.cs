using System.Collections.Concurrent;
using IntakeBot.Casework.Transcripts;

namespace IntakeBot.Bot.Tests.Staff.Web;

internal sealed class FakeTranscriptStore : ITranscriptStore
{
    private readonly ConcurrentDictionary<string, List<TranscriptEntry>> _entries = new(StringComparer.Ordinal);

    public Task<long> AppendAsync(TranscriptEntry entry, CancellationToken cancellationToken = default)
    {
        var list = _entries.GetOrAdd(entry.ConversationId, _ => []);
        lock (list)
        {
            list.Add(entry with { Sequence = list.Count + 1 });
            return Task.FromResult((long)list.Count);
        }
    }

    public Task<IReadOnlyList<TranscriptEntry>> GetAsync(string conversationId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TranscriptEntry>>(_entries.TryGetValue(conversationId, out var list) ? [.. list] : []);

    public Task<int> DeleteAsync(string conversationId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_entries.TryRemove(conversationId, out var list) ? list.Count : 0);

    public Task<IReadOnlyList<string>> AbandonedBeforeAsync(DateTimeOffset before, int max, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>([]);
}

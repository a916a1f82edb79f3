namespace IntakeBot.Testing.Processes;

/// <summary>The captured stdout and stderr lines of a process (and its restarts), safe to read while it writes.</summary>
public sealed class ProcessOutput
{
    private readonly Lock _gate = new();
    private readonly Queue<string> _lines = new();
    private readonly int _capacity;
    private long _dropped;

    /// <summary>Keeps at most <paramref name="capacity"/> lines, dropping the oldest.</summary>
    public ProcessOutput(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    /// <summary>Adds one line; <paramref name="source"/> ("out", "err" or "test") is put in front of it.</summary>
    public void Add(string source, string line)
    {
        lock (_gate)
        {
            if (_lines.Count == _capacity)
            {
                _lines.Dequeue();
                _dropped++;
            }

            _lines.Enqueue($"[{source}] {line}");
        }
    }

    /// <summary>A copy of the lines kept so far, oldest first.</summary>
    public IReadOnlyList<string> Lines()
    {
        lock (_gate)
        {
            return [.. _lines];
        }
    }

    /// <summary>The last <paramref name="count"/> lines as one text, for error messages.</summary>
    public string Tail(int count)
    {
        lock (_gate)
        {
            var skipped = Math.Max(0, _lines.Count - count) + _dropped;
            var tail = _lines.Skip(Math.Max(0, _lines.Count - count));
            var header = skipped > 0 ? $"({skipped} earlier lines not shown){System.Environment.NewLine}" : string.Empty;
            return header + string.Join(System.Environment.NewLine, tail);
        }
    }
}

using System.Collections.Concurrent;
using System.Globalization;

namespace IntakeBot.LoadTest;

/// <summary>What the users measured: turn latencies (ms), completed intakes and errors per reason. Thread-safe.</summary>
internal sealed class LoadResults
{
    private readonly ConcurrentQueue<double> _latencies = new();
    private readonly ConcurrentDictionary<string, int> _errors = new(StringComparer.Ordinal);
    private int _completed;

    public bool Recording { get; set; }

    public void Turn(double milliseconds)
    {
        if (Recording)
        {
            _latencies.Enqueue(milliseconds);
        }
    }

    public void Completed()
    {
        if (Recording)
        {
            Interlocked.Increment(ref _completed);
        }
    }

    public void Error(string reason)
    {
        if (Recording)
        {
            _errors.AddOrUpdate(reason, 1, (_, n) => n + 1);
        }
    }

    public string Report(LoadOptions options, TimeSpan measured, long? peakBytes, string? idleLine, CpuWindow cpu)
    {
        var sorted = _latencies.ToArray();
        Array.Sort(sorted);
        var turns = sorted.Length;
        var errors = _errors.Values.Sum();
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"mode {options.Mode}{(options.Stream ? " (stream)" : "")}, storage {options.Storage}, {options.Users} concurrent conversations, {(options.Rate is { } rate ? $"open loop offering {rate} turns/s" : "closed loop")}, {measured.TotalSeconds:0.#} s measured"),
            string.Create(CultureInfo.InvariantCulture, $"turns: {turns} ({turns / measured.TotalSeconds:0} turns/s), completed intakes: {_completed}, errors: {errors}"),
            string.Create(CultureInfo.InvariantCulture, $"latency ms: p50 {Percentile(sorted, 0.50):0.0}, p95 {Percentile(sorted, 0.95):0.0}, p99 {Percentile(sorted, 0.99):0.0}, max {(turns > 0 ? sorted[^1] : 0):0.0}"),
            peakBytes is { } peak ? string.Create(CultureInfo.InvariantCulture, $"server peak memory (VmHWM): {peak / (1024.0 * 1024):0} MB") : "server peak memory: unknown (no /proc or no pid)",
            Cpu(cpu, measured, turns),
        };
        lines.AddRange(_errors.OrderByDescending(e => e.Value).Select(e => string.Create(CultureInfo.InvariantCulture, $"  error '{e.Key}': {e.Value}")));
        if (idleLine is not null)
        {
            lines.Add(idleLine);
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static string Cpu(CpuWindow cpu, TimeSpan measured, int turns)
    {
        var server = cpu.Server is { } used
            ? string.Create(CultureInfo.InvariantCulture, $"server {used.TotalSeconds / measured.TotalSeconds:0.00} cores, {PerTurn(used, turns)} µs/turn")
            : "server unknown";
        var steal = cpu.Steal is { } share ? string.Create(CultureInfo.InvariantCulture, $"; host steal {share * 100:0}%") : "";
        return string.Create(CultureInfo.InvariantCulture, $"cpu: {server}; load tool {cpu.Client.TotalSeconds / measured.TotalSeconds:0.00} cores, {PerTurn(cpu.Client, turns)} µs/turn{steal}");
    }

    private static string PerTurn(TimeSpan used, int turns) =>
        turns == 0 ? "-" : (used.TotalMicroseconds / turns).ToString("0", CultureInfo.InvariantCulture);

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

using System.Globalization;

namespace IntakeBot.LoadTest;

/// <summary>
/// The machine's CPU time so far, and how much of it the hypervisor stole from this VM (the first and eighth numbers
/// after "cpu" in /proc/stat). On a shared host, steal moves throughput by large factors from one run to the next,
/// so every report states it. Null where /proc/stat is not available.
/// </summary>
internal readonly record struct HostSteal(long Total, long Stolen)
{
    public static HostSteal? Read()
    {
        string? line;
        try
        {
            using var reader = new StreamReader("/proc/stat");
            line = reader.ReadLine();
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        var fields = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields is null || fields.Length < 9 || fields[0] != "cpu")
        {
            return null;
        }

        long total = 0;
        var values = new long[fields.Length - 1];
        for (var i = 1; i < fields.Length; i++)
        {
            if (!long.TryParse(fields[i], NumberStyles.None, CultureInfo.InvariantCulture, out values[i - 1]))
            {
                return null;
            }
        }

        // user nice system idle iowait irq softirq steal [guest guest_nice]: guest time is already counted in user.
        for (var i = 0; i < Math.Min(values.Length, 8); i++)
        {
            total += values[i];
        }

        return new HostSteal(total, values[7]);
    }

    /// <summary>The share of the machine's CPU time stolen between <paramref name="before"/> and <paramref name="after"/>.</summary>
    public static double? Share(HostSteal? before, HostSteal? after) =>
        before is { } start && after is { } end && end.Total > start.Total
            ? (double)(end.Stolen - start.Stolen) / (end.Total - start.Total)
            : null;
}

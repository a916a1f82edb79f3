using System.Globalization;

namespace IntakeBot.LoadTest;

/// <summary>
/// The server's memory from /proc/&lt;pid&gt;/status (Linux): the resident set now (VmRSS) and its peak since start
/// (VmHWM), in bytes. Null where /proc is not available.
/// </summary>
internal static class MemorySampler
{
    public static long? Resident(int pid) => Read(pid, "VmRSS:");

    public static long? Peak(int pid) => Read(pid, "VmHWM:");

    private static long? Read(int pid, string field)
    {
        var path = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/status";
        if (!File.Exists(path))
        {
            return null;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                var parts = line[field.Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return long.Parse(parts[0], CultureInfo.InvariantCulture) * 1024;
            }
        }

        return null;
    }
}

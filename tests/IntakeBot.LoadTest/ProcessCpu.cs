using System.Globalization;

namespace IntakeBot.LoadTest;

/// <summary>
/// CPU time used by a process so far (user plus system), from /proc/&lt;pid&gt;/stat (Linux). On a shared machine CPU
/// time per turn is a steadier comparison than turns/s, and it shows how much of the two cores the load tool itself
/// takes. Null where /proc is not available.
/// </summary>
internal static class ProcessCpu
{
    // USER_HZ: the unit of utime and stime; 100 on every Linux the .NET runtime supports.
    private const double TicksPerSecond = 100;

    public static TimeSpan? Used(int pid)
    {
        var path = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat";
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        if (fields.Length < 13
            || !long.TryParse(fields[11], NumberStyles.None, CultureInfo.InvariantCulture, out var user)
            || !long.TryParse(fields[12], NumberStyles.None, CultureInfo.InvariantCulture, out var system))
        {
            return null;
        }

        return TimeSpan.FromSeconds((user + system) / TicksPerSecond);
    }
}

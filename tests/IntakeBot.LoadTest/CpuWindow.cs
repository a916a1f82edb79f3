using System.Diagnostics;

namespace IntakeBot.LoadTest;

/// <summary>CPU time the server and this tool used during the measured window.</summary>
internal sealed class CpuWindow
{
    private readonly int? _serverPid;
    private readonly TimeSpan? _serverStart;
    private readonly TimeSpan _clientStart;
    private readonly HostSteal? _hostStart;

    public CpuWindow(int? serverPid)
    {
        _serverPid = serverPid;
        _serverStart = serverPid is { } pid ? ProcessCpu.Used(pid) : null;
        _clientStart = Process.GetCurrentProcess().TotalProcessorTime;
        _hostStart = HostSteal.Read();
    }

    /// <summary>Server CPU in the window; null when unknown (no pid or no /proc).</summary>
    public TimeSpan? Server { get; private set; }

    /// <summary>This tool's CPU in the window.</summary>
    public TimeSpan Client { get; private set; }

    /// <summary>The share of the machine's CPU time the hypervisor stole in the window; null when unknown.</summary>
    public double? Steal { get; private set; }

    public void Stop()
    {
        Client = Process.GetCurrentProcess().TotalProcessorTime - _clientStart;
        Steal = HostSteal.Share(_hostStart, HostSteal.Read());
        if (_serverPid is { } pid && _serverStart is { } before && ProcessCpu.Used(pid) is { } after)
        {
            Server = after - before;
        }
    }
}

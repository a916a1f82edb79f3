namespace IntakeBot.Security.Tests.Secrets;

/// <summary>
/// Redirects the process console to memory while a host is built and run, so its console logger (simple or JSON)
/// writes here. The console is process-wide, hence <see cref="ConsoleCollection"/> runs these tests alone.
/// </summary>
internal sealed class ConsoleCapture : IDisposable
{
    private readonly TextWriter _out = Console.Out;
    private readonly TextWriter _error = Console.Error;
    private readonly StringWriter _buffer = new(System.Globalization.CultureInfo.InvariantCulture);
    private readonly TextWriter _synchronised;

    public ConsoleCapture()
    {
        _synchronised = TextWriter.Synchronized(_buffer);
        Console.SetOut(_synchronised);
        Console.SetError(_synchronised);
    }

    public string Text
    {
        get
        {
            lock (_synchronised)
            {
                return _buffer.ToString();
            }
        }
    }

    public void Dispose()
    {
        Console.SetOut(_out);
        Console.SetError(_error);
    }
}

using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace IntakeBot.Security.Tests.Secrets;

/// <summary>
/// Keeps everything the host logs at every level: the formatted message, each structured value, the scopes and the
/// whole exception text, one line per entry. Nothing is filtered, so a secret in any part of an entry is found.
/// </summary>
internal sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(string category, CapturedLogs owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var parts = new List<string> { category, logLevel.ToString(), formatter(state, exception) };
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                parts.AddRange(values.Select(v => v.Key + "=" + Convert.ToString(v.Value, CultureInfo.InvariantCulture)));
            }

            owner._scopes.ForEachScope((scope, list) => list.Add("scope=" + Convert.ToString(scope, CultureInfo.InvariantCulture)), parts);
            if (exception is not null)
            {
                parts.Add(exception.ToString());
            }

            owner._lines.Enqueue(string.Join(" | ", parts));
        }
    }
}

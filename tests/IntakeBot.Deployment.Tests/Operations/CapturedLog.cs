using Microsoft.Extensions.Logging;

namespace IntakeBot.Deployment.Tests.Operations;

/// <summary>One log entry and the key/value pairs of the scopes around it.</summary>
internal sealed record CapturedLog(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Scope);

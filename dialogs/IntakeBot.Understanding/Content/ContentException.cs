namespace IntakeBot.Understanding.Content;

/// <summary>Content under <c>content/understanding</c> is missing or malformed.</summary>
public sealed class ContentException(string message, Exception? inner = null) : Exception(message, inner);

using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using IntakeBot.Bot.Cli;

namespace IntakeBot.Bot.Tests.Cli;

/// <summary>Whatever arrives on a line, exactly one JSON object with an id and either entities or an error comes back.</summary>
public sealed class RecognizeCommandProperties
{
    private static readonly TimeProvider Clock = new FixedTimeProvider(DateTimeOffset.UnixEpoch);
    private static readonly RecognizerRegistry Registry = ContentRegistry.Create();
    private static readonly string[] Kinds = ["phonenumber", "email", "url", "boolean", "postcode", "organisation", "datetime"];

    [Fact]
    public void ArbitraryLine_GivesOneValidAnswer() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), line => IsValidAnswer(RecognizeCommand.Process(line ?? string.Empty, Clock, Registry)))
            .QuickCheckThrowOnFailure();

    [Fact]
    public void ArbitraryTextInAValidRequest_GivesOneValidAnswer() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), Gen.Elements(Kinds).ToArbitrary(), (text, kind) =>
            IsValidAnswer(RecognizeCommand.Process($$"""{"id":1,"kind":"{{kind}}","text":"{{Escape(text ?? string.Empty)}}"}""", Clock, Registry)))
            .QuickCheckThrowOnFailure();

    /// <summary>Every character as \uXXXX, so even lone surrogates reach the parser.</summary>
    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length * 6);
        foreach (var c in text)
        {
            builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    private static bool IsValidAnswer(string answer)
    {
        if (answer.Contains('\n', StringComparison.Ordinal))
        {
            return false;
        }

        using var document = JsonDocument.Parse(answer);
        var root = document.RootElement;
        return root.TryGetProperty("id", out _) && (root.TryGetProperty("entities", out _) ^ root.TryGetProperty("error", out _));
    }
}

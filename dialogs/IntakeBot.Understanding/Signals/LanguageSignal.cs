namespace IntakeBot.Understanding.Signals;

/// <summary>Detected language: "nl", "en" or "other", with a confidence (0..1).</summary>
public sealed record LanguageSignal(string Language, double Confidence)
{
    /// <summary>Dutch.</summary>
    public const string Dutch = "nl";

    /// <summary>English.</summary>
    public const string English = "en";

    /// <summary>Anything else, including messages without words.</summary>
    public const string Other = "other";
}

namespace IntakeBot.Deployment.Tests;

/// <summary>Names that hold secrets (parameters, settings), by the words they contain.</summary>
internal static class SecretNames
{
    private static readonly string[] Words = ["password", "secret", "connectionstring", "apikey"];

    /// <summary>
    /// True when <paramref name="name"/> contains a secret word (underscores ignored). Template parameters also count
    /// "key"; settings do not, because "DataProtection__KeysPath" is a path.
    /// </summary>
    public static bool LooksSecret(string name, bool countKey = false)
    {
        var flat = name.Replace("_", string.Empty, StringComparison.Ordinal);
        return Words.Any(word => flat.Contains(word, StringComparison.OrdinalIgnoreCase))
            || (countKey && flat.Contains("key", StringComparison.OrdinalIgnoreCase));
    }
}

using IntakeBot.Recognizers.Organisation;

namespace IntakeBot.Bot.Cli;

/// <summary>
/// Stand-in alias table for the <c>organisation</c> kind until the aliases live in content/. Replace it by passing
/// a recognizer to <see cref="RecognizerRegistry.CreateDefault"/>.
/// </summary>
public static class DefaultOrganisationAliases
{
    /// <summary>The five seed organisations, plus Jeugdstem (formerly AKJ, a confidant rather than a provider).
    /// "Veilig Thuis" alone is ambiguous: Hollands Midden, or Flevoland (part of Blijf Groep).</summary>
    public static IReadOnlyList<OrganisationNames> Table { get; } =
    [
        new("cjg-westelijke-mijnstreek", ["CJG Westelijke Mijnstreek", "CJG", "Centrum voor Jeugd en Gezin"]),
        new("zorgkracht12", ["Zorgkracht 12", "Zorgkracht"]),
        new("kracht-den-haag", ["Kracht Den Haag", "Kracht voor Jeugd", "Kracht voor Jeugd en Gezin Den Haag"]),
        new("veilig-thuis-hollands-midden", ["Veilig Thuis Hollands Midden", "Veilig Thuis", "Hecht"]),
        new("blijf-groep", ["Blijf Groep", "Blijf", "Veilig Thuis Flevoland", "Veilig Thuis"]),
        new("jeugdstem", ["Jeugdstem", "AKJ", "Advies- en Klachtenbureau Jeugdzorg"]),
    ];
}

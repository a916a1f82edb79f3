using IntakeBot.Recognizers.Organisation;

namespace IntakeBot.Recognizers.Tests.Organisation;

/// <summary>A test alias table; the real aliases come from content/.</summary>
internal static class TestOrganisations
{
    public static readonly IReadOnlyList<OrganisationNames> Table =
    [
        new("cjg-westelijke-mijnstreek", ["CJG Westelijke Mijnstreek", "CJG", "Centrum voor Jeugd en Gezin"]),
        new("zorgkracht12", ["Zorgkracht 12", "Zorgkracht"]),
        new("kracht-den-haag", ["Kracht Den Haag", "Kracht voor Jeugd", "Kracht voor Jeugd en Gezin Den Haag"]),
        new("veilig-thuis-hollands-midden", ["Veilig Thuis Hollands Midden", "Veilig Thuis"]),
        new("veilig-thuis-flevoland", ["Veilig Thuis Flevoland", "Veilig Thuis"]),
        new("blijf-groep", ["Blijf Groep", "Blijf"]),
        new("jeugdstem", ["Jeugdstem", "AKJ", "Advies- en Klachtenbureau Jeugdzorg"]),
    ];

    public static OrganisationNameRecognizer Recognizer { get; } = new(Table);
}

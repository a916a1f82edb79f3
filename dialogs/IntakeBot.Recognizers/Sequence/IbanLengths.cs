namespace IntakeBot.Recognizers.Sequence;

/// <summary>IBAN length per country (SWIFT IBAN registry), for the countries our users are likely to bank in.</summary>
internal static class IbanLengths
{
    private static readonly Dictionary<string, int> Lengths = Parse(
        "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 EG29 ES24 FI18 "
        + "FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 "
        + "LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 SC31 SE24 SI19 "
        + "SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20");

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup = Lengths.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryGet(ReadOnlySpan<char> country, out int length) => Lookup.TryGetValue(country, out length);

    private static Dictionary<string, int> Parse(string table)
    {
        var lengths = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in table.Split(' '))
        {
            lengths[entry[..2]] = int.Parse(entry[2..], System.Globalization.CultureInfo.InvariantCulture);
        }

        return lengths;
    }
}

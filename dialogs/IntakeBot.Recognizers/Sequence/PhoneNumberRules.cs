namespace IntakeBot.Recognizers.Sequence;

/// <summary>Which digit strings are phone numbers, and their E.164 form.</summary>
internal static class PhoneNumberRules
{
    /// <param name="digits">All digits as typed, without separators.</param>
    /// <param name="plus">True when the number was written with a leading '+'.</param>
    /// <param name="normalized">The E.164 form when valid.</param>
    public static bool TryNormalize(string digits, bool plus, out string normalized)
    {
        normalized = string.Empty;
        if (plus)
        {
            return digits.StartsWith("31", StringComparison.Ordinal)
                ? TryDutchNational(digits[2..], out normalized)
                : TryInternational(digits, out normalized);
        }

        if (digits.StartsWith("0031", StringComparison.Ordinal))
        {
            return TryDutchNational(digits[4..], out normalized);
        }

        if (digits.StartsWith("00", StringComparison.Ordinal))
        {
            return TryInternational(digits[2..], out normalized);
        }

        return digits.StartsWith('0') && TryDutchNational(digits[1..], out normalized);
    }

    /// <summary>The Dutch number after the trunk 0 or the country code; a written "(0)" trunk prefix is dropped.</summary>
    private static bool TryDutchNational(string national, out string normalized)
    {
        normalized = string.Empty;
        if (national.Length == 10 && national[0] == '0')
        {
            national = national[1..];
        }

        var isService = national.StartsWith("800", StringComparison.Ordinal) || national.StartsWith("90", StringComparison.Ordinal);
        var valid = isService
            ? national.Length is 7 or 10
            : national.Length == 9 && national[0] != '0';
        if (valid)
        {
            normalized = "+31" + national;
        }

        return valid;
    }

    private static bool TryInternational(string withCountryCode, out string normalized)
    {
        normalized = string.Empty;
        if (withCountryCode.Length is < 8 or > 15 || withCountryCode[0] == '0')
        {
            return false;
        }

        normalized = "+" + withCountryCode;
        return true;
    }
}

using System.Globalization;

namespace IntakeBot.Recognizers.Number;

/// <summary>Formats resolved numbers as Recognizers-Text does for a culture: 15 significant digits, culture's decimal mark.</summary>
internal static class NumberFormat
{
    public static string Format(double value, CultureInfo culture)
    {
        var rounded = Math.Abs(value - Math.Round(value)) < 1e-9 && Math.Abs(value) < 1e15 ? Math.Round(value) : value;
        return rounded.ToString("G15", culture);
    }
}

using System.Security.Cryptography;

namespace IntakeBot.Bot.Staff.Identity;

/// <summary>The password rules' length and one-time passwords that satisfy every rule.</summary>
public static class StaffPasswords
{
    /// <summary>The shortest password accepted.</summary>
    public const int MinimumLength = 12;

    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const string Symbols = "!#$%&*+-=?@";

    /// <summary>A random 20-character password with lower and upper case letters, digits and symbols.</summary>
    public static string Generate()
    {
        const string all = Lower + Upper + Digits + Symbols;
        var characters = new char[20];
        characters[0] = Pick(Lower);
        characters[1] = Pick(Upper);
        characters[2] = Pick(Digits);
        characters[3] = Pick(Symbols);
        for (var i = 4; i < characters.Length; i++)
        {
            characters[i] = Pick(all);
        }

        RandomNumberGenerator.Shuffle(characters.AsSpan());
        return new string(characters);
    }

    private static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
}

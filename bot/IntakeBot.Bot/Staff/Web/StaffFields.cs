using System.Reflection;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Bot.Staff.Web;

/// <summary>The case fields in the order the case page lists them, with their label keys (cases.field.&lt;name&gt;).</summary>
internal static class StaffFields
{
    /// <summary>Every name in <see cref="CaseFieldNames"/>, in declaration order.</summary>
    public static readonly IReadOnlyList<string> Known = [.. typeof(CaseFieldNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)];

    private static readonly HashSet<string> KnownSet = new(Known, StringComparer.Ordinal);

    /// <summary>The case's fields: known ones in declaration order, then any others by name.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Ordered(IReadOnlyDictionary<string, string> fields)
    {
        foreach (var name in Known)
        {
            if (fields.TryGetValue(name, out var value))
            {
                yield return new KeyValuePair<string, string>(name, value);
            }
        }

        foreach (var pair in fields.Where(f => !KnownSet.Contains(f.Key)).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            yield return pair;
        }
    }

    /// <summary>The Dutch label; a field this version does not know shows its name.</summary>
    public static string Label(StaffTexts texts, string name) => KnownSet.Contains(name) ? texts["cases.field." + name] : name;

    /// <summary>"true"/"false" as Ja/Nee; anything else as stored.</summary>
    public static string Value(StaffTexts texts, string value) => value switch
    {
        "true" => texts["cases.value.true"],
        "false" => texts["cases.value.false"],
        _ => value,
    };
}

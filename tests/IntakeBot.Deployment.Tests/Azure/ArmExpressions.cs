using System.Text;
using System.Text.RegularExpressions;

namespace IntakeBot.Deployment.Tests.Azure;

/// <summary>Just enough of the ARM expression language to find references: function calls and their arguments.</summary>
internal static partial class ArmExpressions
{
    /// <summary>The names in every <c>function('name')</c> call of <paramref name="text"/>.</summary>
    public static IEnumerable<string> Names(string text, string function) =>
        NameCall().Matches(text).Where(match => match.Groups[1].Value == function).Select(match => match.Groups[2].Value);

    /// <summary>The argument lists (top-level commas, whitespace removed) of every call of <paramref name="function"/>.</summary>
    public static IEnumerable<IReadOnlyList<string>> Calls(string text, string function)
    {
        var pattern = function + "(";
        for (var start = text.IndexOf(pattern, StringComparison.Ordinal); start >= 0; start = text.IndexOf(pattern, start + 1, StringComparison.Ordinal))
        {
            var before = start == 0 ? ' ' : text[start - 1];
            if (char.IsLetterOrDigit(before))
            {
                continue;
            }

            yield return Arguments(text, start + pattern.Length);
        }
    }

    /// <summary>The segments of a resource name: <c>[format('{0}/{1}', a, b)]</c> gives a and b; a literal gives itself quoted.</summary>
    public static IReadOnlyList<string> NameSegments(string name)
    {
        if (!name.StartsWith('[') || !name.EndsWith(']'))
        {
            return [.. name.Split('/').Select(segment => $"'{segment}'")];
        }

        var expression = name[1..^1].Trim();
        if (expression.StartsWith("format(", StringComparison.Ordinal))
        {
            var arguments = Arguments(expression, "format(".Length);
            if (arguments[0] == "'{0}/{1}'" || arguments[0] == "'{0}/{1}/{2}'")
            {
                return [.. arguments.Skip(1)];
            }
        }

        return [Normalise(expression)];
    }

    /// <summary>Whitespace outside string literals removed, so equal expressions compare equal.</summary>
    public static string Normalise(string expression)
    {
        var result = new StringBuilder(expression.Length);
        var quoted = false;
        foreach (var c in expression)
        {
            if (c == '\'')
            {
                quoted = !quoted;
            }

            if (quoted || !char.IsWhiteSpace(c))
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    private static List<string> Arguments(string text, int from)
    {
        var arguments = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        var quoted = false;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\'')
            {
                quoted = !quoted;
            }
            else if (!quoted && (c == '(' || c == '['))
            {
                depth++;
            }
            else if (!quoted && (c == ')' || c == ']'))
            {
                if (depth == 0)
                {
                    arguments.Add(Normalise(current.ToString()));
                    return arguments;
                }

                depth--;
            }
            else if (!quoted && c == ',' && depth == 0)
            {
                arguments.Add(Normalise(current.ToString()));
                current.Clear();
                continue;
            }

            current.Append(c);
        }

        throw new FormatException($"Unbalanced expression from position {from}: {text}");
    }

    [GeneratedRegex(@"\b(parameters|variables)\('([^']*)'\)", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex NameCall();
}

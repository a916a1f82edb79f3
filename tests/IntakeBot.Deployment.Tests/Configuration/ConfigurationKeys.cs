using System.Collections;
using System.Globalization;
using System.Reflection;
using IntakeBot.Bot.Channels.BotConnector;
using IntakeBot.Bot.Channels.DirectLine;
using IntakeBot.Bot.Channels.Widget;
using IntakeBot.Bot.Hosting;
using IntakeBot.Bot.Operations;
using IntakeBot.Intake;

namespace IntakeBot.Deployment.Tests.Configuration;

/// <summary>
/// Checks configuration keys (<c>Section__Property</c>, as environment variables and app settings write them) against
/// the options classes the host binds, by reflection.
/// </summary>
internal static class ConfigurationKeys
{
    /// <summary>Section → the options type the host binds it to.</summary>
    public static readonly IReadOnlyDictionary<string, Type> Sections = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase)
    {
        [ContentOptions.SectionName] = typeof(ContentOptions),
        [StorageOptions.SectionName] = typeof(StorageOptions),
        [DirectLineOptions.SectionName] = typeof(DirectLineOptions),
        [BotConnectorOptions.SectionName] = typeof(BotConnectorOptions),
        [WidgetOptions.SectionName] = typeof(WidgetOptions),
        [IntakeOptions.SectionName] = typeof(IntakeOptions),
        [HostingOptions.SectionName] = typeof(HostingOptions),
        [LogFormatOptions.SectionName] = typeof(LogFormatOptions),
    };

    /// <summary>
    /// Keys that work running in parallel adds (storage provider, delivery, data protection, privacy; issues 7 and 8).
    /// They are accepted while no bound options type has them; once a type with a matching <c>SectionName</c> exists
    /// (found by <see cref="DiscoveredSections"/>), its keys are checked for real. "*" stands for an organisation id.
    /// </summary>
    public static readonly IReadOnlyList<string> Pending =
    [
        "Storage:Provider", "Storage:PostgresConnectionString",
        "Delivery:Smtp:Host", "Delivery:Smtp:Port", "Delivery:Smtp:EnableTls", "Delivery:Smtp:UserName", "Delivery:Smtp:Password",
        "Delivery:Smtp:From", "Delivery:Smtp:FromName", "Delivery:Smtp:Timeout",
        "Delivery:Organisations:*:Email", "Delivery:Organisations:*:WebhookUrl", "Delivery:Organisations:*:WebhookSecret",
        "Delivery:PollInterval", "Delivery:StaffBaseUrl", "Delivery:WebhookTimeout",
        "DataProtection:KeysPath", "DataProtection:CertificatePath", "DataProtection:CertificatePassword",
        "Privacy:DefaultRetentionYears", "Privacy:AbandonedTranscriptDays",
    ];

    /// <summary>Keys read by .NET, ASP.NET Core or Azure App Service rather than by IntakeBot's options.</summary>
    public static readonly IReadOnlySet<string> Platform = new HashSet<string>(StringComparer.Ordinal)
    {
        "ASPNETCORE_ENVIRONMENT", "ASPNETCORE_URLS", "DOTNET_NOLOGO", "DOTNET_CLI_TELEMETRY_OPTOUT",
        "APPLICATIONINSIGHTS_CONNECTION_STRING", "ApplicationInsightsAgent_EXTENSION_VERSION",
        "SCM_DO_BUILD_DURING_DEPLOYMENT", "WEBSITE_RUN_FROM_PACKAGE",
    };

    /// <summary>Options types of the host's assemblies with a <c>SectionName</c> constant, by section (more than the table once other work lands).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<Type>> DiscoveredSections { get; } = Discover();

    /// <summary>Null when <paramref name="key"/> (e.g. <c>DirectLine__TrustedOrigins__0</c>) is a real setting; otherwise why not.</summary>
    public static string? Problem(string key)
    {
        if (Platform.Contains(key))
        {
            return null;
        }

        var segments = key.Split("__");
        if (segments.Length >= 3 && segments[0] == "Logging" && segments[1] == "LogLevel")
        {
            return null;
        }

        var types = DiscoveredSections.TryGetValue(segments[0], out var found) ? found : [];
        if (types.Any(type => Resolves(type, segments, 1)))
        {
            return null;
        }

        // A new section is checked for real as soon as its options type exists; a table section that other work
        // extends (Storage) keeps accepting its pending keys.
        if (IsPending(segments) && (types.Count == 0 || Sections.ContainsKey(segments[0])))
        {
            return null;
        }

        return types.Count == 0
            ? $"'{key}': no options class is bound to section '{segments[0]}' (known: {string.Join(", ", DiscoveredSections.Keys.Order(StringComparer.Ordinal))})."
            : $"'{key}': {string.Join(" / ", types.Select(type => type.Name))} has no bindable property at '{string.Join(":", segments.Skip(1))}'.";
    }

    /// <summary>Every key the options type of <paramref name="section"/> can bind, lists as index 0 (dictionaries left out).</summary>
    public static IEnumerable<string> BindableKeys(string section, Type type) => Paths(type, section, depth: 0);

    private static IEnumerable<string> Paths(Type type, string prefix, int depth)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var path = $"{prefix}__{property.Name}";
            var element = ElementType(property.PropertyType);
            if (IsScalar(property.PropertyType))
            {
                if (property.SetMethod?.IsPublic == true)
                {
                    yield return path;
                }
            }
            else if (DictionaryValueType(property.PropertyType) is not null)
            {
                continue;
            }
            else if (element is not null && IsScalar(element))
            {
                yield return path + "__0";
            }
            else if (element is null && depth < 4)
            {
                foreach (var nested in Paths(property.PropertyType, path, depth + 1))
                {
                    yield return nested;
                }
            }
        }
    }

    private static bool Resolves(Type type, string[] segments, int index)
    {
        if (index == segments.Length)
        {
            return IsScalar(type);
        }

        if (DictionaryValueType(type) is { } value)
        {
            return Resolves(value, segments, index + 1);
        }

        if (ElementType(type) is { } element)
        {
            return int.TryParse(segments[index], NumberStyles.None, CultureInfo.InvariantCulture, out _) && Resolves(element, segments, index + 1);
        }

        if (IsScalar(type))
        {
            return false;
        }

        var property = type.GetProperty(segments[index], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property is null)
        {
            return false;
        }

        // A scalar needs a setter; a collection or nested object may be get-only (the binder fills it).
        return (!IsScalar(property.PropertyType) || property.SetMethod?.IsPublic == true) && Resolves(property.PropertyType, segments, index + 1);
    }

    private static bool IsPending(string[] segments) => Pending.Any(pending =>
    {
        var parts = pending.Split(':');
        return parts.Length == segments.Length && parts.Zip(segments).All(pair => pair.First == "*" || string.Equals(pair.First, pair.Second, StringComparison.OrdinalIgnoreCase));
    });

    private static bool IsScalar(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(decimal)
            || underlying == typeof(TimeSpan) || underlying == typeof(Uri) || underlying == typeof(DateTimeOffset) || underlying == typeof(Guid);
    }

    private static Type? ElementType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        return typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType && type.GetGenericArguments().Length == 1 ? type.GetGenericArguments()[0] : null;
    }

    private static Type? DictionaryValueType(Type type)
    {
        var dictionary = type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(Dictionary<,>))
            ? type
            : type.GetInterfaces().FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IDictionary<,>));
        return dictionary?.GetGenericArguments()[0] == typeof(string) ? dictionary.GetGenericArguments()[1] : null;
    }

    private static Dictionary<string, IReadOnlyList<Type>> Discover()
    {
        var host = typeof(IntakeBotHost).Assembly;
        var assemblies = host.GetReferencedAssemblies().Where(name => name.Name?.StartsWith("IntakeBot.", StringComparison.Ordinal) == true).Select(Assembly.Load).Append(host);
        var found = assemblies
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type.IsClass && !type.IsAbstract && type.Name.EndsWith("Options", StringComparison.Ordinal))
            .Select(type => (Type: type, Section: type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string))
            .Where(pair => pair.Section is not null)
            .Select(pair => (pair.Type, Section: pair.Section!))
            .Concat(Sections.Select(pair => (Type: pair.Value, Section: pair.Key)));
        return found
            .GroupBy(pair => pair.Section, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => (IReadOnlyList<Type>)[.. group.Select(pair => pair.Type).Distinct()], StringComparer.OrdinalIgnoreCase);
    }
}

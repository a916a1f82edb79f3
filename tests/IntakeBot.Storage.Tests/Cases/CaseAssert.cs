using IntakeBot.Intake.Cases;

namespace IntakeBot.Storage.Tests.Cases;

/// <summary>Compares cases value by value (records compare their collections by reference).</summary>
internal static class CaseAssert
{
    private static readonly IReadOnlyList<CaseRouteStep> NoRoute = [];
    private static readonly IReadOnlyDictionary<string, string> NoFields = new Dictionary<string, string>();

    public static void Same(IntakeCase expected, IntakeCase? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected with { Route = NoRoute, Fields = NoFields }, actual with { Route = NoRoute, Fields = NoFields });
        Assert.Equal(expected.CreatedAt.Offset, actual.CreatedAt.Offset);
        Assert.Equal(expected.Route, actual.Route);
        Assert.Equal(expected.Fields.OrderBy(f => f.Key, StringComparer.Ordinal), actual.Fields.OrderBy(f => f.Key, StringComparer.Ordinal));
    }
}

using System.Text.Json.Nodes;
using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Dialogs.Tests.Schema;

/// <summary>
/// An activity prepared once and given its id and timestamp later is the same JSON (the same members and values) as
/// the activity serialized with both set: for every recorded channel fixture, awkward ids, and UTC and offset times.
/// </summary>
public sealed class PreparedActivityJsonTests
{
    public static TheoryData<string> Fixtures() => ActivitySerializerTests.Fixtures();

    private static readonly string[] Ids = ["conv|0000001", "a\"quote\\and/slash", "é en 😀", ""];

    private static readonly DateTimeOffset[] Times =
    [
        new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero).AddTicks(1_234_567),
        new(2026, 3, 29, 2, 30, 0, TimeSpan.FromHours(2)),
    ];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void With_equals_serializing_the_activity_with_that_id_and_timestamp(string fixture)
    {
        var activity = ActivitySerializer.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Activities", fixture)));
        var prepared = PreparedActivityJson.Prepare(activity);

        foreach (var id in Ids)
        {
            foreach (var time in Times)
            {
                AssertSameJson(ActivitySerializer.Serialize(activity with { Id = id, Timestamp = time }), prepared.With(id, time));
            }
        }
    }

    [Fact]
    public void An_activity_with_no_other_members_gets_just_the_two()
    {
        var time = new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

        var json = PreparedActivityJson.Prepare(new Activity()).With("x", time);

        Assert.Equal("""{"id":"x","timestamp":"2026-11-22T09:00:00Z"}""", json);
        AssertSameJson(ActivitySerializer.Serialize(new Activity { Id = "x", Timestamp = time }), json);
    }

    [Fact]
    public void The_prepared_activity_ignores_an_id_and_timestamp_it_already_had()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Id = "old", Timestamp = DateTimeOffset.UnixEpoch, Text = "hoi" };
        var time = new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

        var json = PreparedActivityJson.Prepare(activity).With("new", time);

        AssertSameJson(ActivitySerializer.Serialize(activity with { Id = "new", Timestamp = time }), json);
        Assert.DoesNotContain("old", json, StringComparison.Ordinal);
    }

    private static void AssertSameJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"Expected\n{expected}\nbut got\n{actual}");
}

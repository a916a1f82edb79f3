using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using IntakeBot.Bot.Channels.DirectLine;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Fuzz.Tests.Support;

namespace IntakeBot.Fuzz.Tests;

/// <summary>
/// The JSON reading of activities that both channels use (<see cref="ActivitySerializer"/>, and Direct Line's
/// <c>ParseActivity</c> on top of it): any bytes give an activity or a JsonException, and Direct Line turns every
/// failure into its 400 error; nothing else is ever thrown.
/// </summary>
public sealed class ActivityParserFuzzTests
{
    [Fact]
    public void AnyBytes_GiveAnActivityOrAJsonException_NeverAnythingElse() =>
        Prop.ForAll(HostileInputs.Body.ToArbitrary(), body =>
        {
            try
            {
                Assert.NotNull(ActivitySerializer.Deserialize(body));
            }
            catch (JsonException)
            {
                // The documented failure.
            }
        }).Check(FuzzRuns.Cases(300, 20_000));

    [Fact]
    public void AnyBytes_GiveDirectLineAnActivityWithAType_OrAnError() =>
        Prop.ForAll(HostileInputs.Body.ToArbitrary(), body =>
        {
            var (activity, error) = DirectLineRequests.ParseActivity(body);
            Assert.True(activity is not null ^ error is not null);
            Assert.True(activity is null || !string.IsNullOrWhiteSpace(activity.Type));
        }).Check(FuzzRuns.Cases(300, 20_000));

    [Fact]
    public void ParsedActivities_SerializeAgain_WithoutThrowing() =>
        Prop.ForAll(HostileInputs.Activity.ToArbitrary(), json =>
        {
            var (activity, _) = DirectLineRequests.ParseActivity(Encoding.UTF8.GetBytes(json));
            if (activity is not null)
            {
                // Lone surrogates must not make writing the activity log fail later.
                Assert.NotNull(ActivitySerializer.Serialize(activity));
            }
        }).Check(FuzzRuns.Cases(300, 20_000));

    public static TheoryData<string> Nestings() => ["[", "{\"a\":", "{\"type\":\"message\",\"value\":", "{\"type\":\"message\",\"channelData\":", "{\"type\":\"message\",\"attachments\":[{\"content\":"];

    [Theory]
    [MemberData(nameof(Nestings))]
    public void NestingTenThousandDeep_IsRefused_NotAStackOverflow(string open)
    {
        var json = HostileInputs.Nested(open, HostileInputs.DeepNesting);

        Assert.ThrowsAny<JsonException>(() => ActivitySerializer.Deserialize(Encoding.UTF8.GetBytes(json)));
        var (activity, error) = DirectLineRequests.ParseActivity(Encoding.UTF8.GetBytes(json));
        Assert.Null(activity);
        Assert.NotNull(error);
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xFF })]
    public void InvalidUtf8InAString_IsAJsonException(byte[] bad)
    {
        byte[] json = [.. "{\"type\":\"message\",\"text\":\""u8, .. bad, .. "\"}"u8];

        Assert.ThrowsAny<JsonException>(() => ActivitySerializer.Deserialize(json));
    }
}

using System.Globalization;
using IntakeBot.Recognizers.DateTime;

namespace IntakeBot.Recognizers.Tests.DateTime;

/// <summary>Dates and times as young people type them in an intake; reference Sunday 2026-11-22 10:00.</summary>
public sealed class DateTimeIntakeTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly System.DateTime Reference = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Unspecified);

    [Theory]
    [InlineData("gisteren ging het mis", "gisteren", "date", "2026-11-21", "2026-11-21")]
    [InlineData("eergisteren was er ruzie", "eergisteren", "date", "2026-11-20", "2026-11-20")]
    [InlineData("vanochtend werd ik geslagen", "vanochtend", "datetimerange", "2026-11-22TMO", "2026-11-22 08:00:00")]
    [InlineData("vorige week dinsdag had ik een gesprek", "vorige week dinsdag", "date", "2026-11-10", "2026-11-10")]
    [InlineData("afgelopen maandag om 3 uur", "afgelopen maandag om 3 uur", "datetime", "2026-11-16T03", "2026-11-16 03:00:00")]
    [InlineData("het was op 3 maart", "3 maart", "date", "XXXX-03-03", "2026-03-03")]
    [InlineData("op 3/2 kreeg ik een brief", "3/2", "date", "XXXX-02-03", "2026-02-03")]
    [InlineData("de brief van 03-02-2025", "03-02-2025", "date", "2025-02-03", "2025-02-03")]
    [InlineData("twee weken geleden", "twee weken geleden", "date", "2026-11-08", "2026-11-08")]
    [InlineData("het gebeurde rond kerst", "rond kerst", "date", "XXXX-12-25", "2025-12-25")]
    [InlineData("begin januari ben ik verhuisd", "begin januari", "daterange", "XXXX-01", "2026-01-01")]
    [InlineData("vorige week was het weer raak", "vorige week", "daterange", "2026-W46", "2026-11-09")]
    [InlineData("in de herfstvakantie", "herfstvakantie", "daterange", "XXXX-W43", "2026-10-19")]
    [InlineData("om half 4", "half 4", "time", "T03:30", "03:30:00")]
    [InlineData("kwart over 7 's avonds", "kwart over 7 's avonds", "time", "T19:15", "19:15:00")]
    [InlineData("het duurt al drie maanden", "drie maanden", "duration", "P3M", "7776000")]
    [InlineData("dinsdag", "dinsdag", "date", "XXXX-WXX-2", "2026-11-17")]
    [InlineData("gistermiddag", "gistermiddag", "datetimerange", "2026-11-21TAF", "2026-11-21 12:00:00")]
    [InlineData("gisteravond om 8 uur", "gisteravond om 8 uur", "datetime", "2026-11-21T20", "2026-11-21 20:00:00")]
    [InlineData("vannacht kon ik niet slapen", "vannacht", "datetimerange", "2026-11-21TNI", "2026-11-21 20:00:00")]
    [InlineData("een paar dagen geleden", "een paar dagen geleden", "date", "2026-11-20", "2026-11-20")]
    [InlineData("vorig jaar", "vorig jaar", "daterange", "2025", "2025-01-01")]
    [InlineData("tussen 3 en 5 uur", "tussen 3 en 5 uur", "timerange", "(T03,T05,PT2H)", "03:00:00")]
    [InlineData("sinds augustus", "sinds augustus", "daterange", "XXXX-08", "2026-08-01")]
    [InlineData("over een uur", "over een uur", "datetime", "2026-11-22T11:00:00", "2026-11-22 11:00:00")]
    [InlineData("elke maandag", "elke maandag", "set", "XXXX-WXX-1", "not resolved")]
    public void RecognisesIntakeExpressions(string input, string text, string type, string timex, string firstValue)
    {
        var results = DateTimeRecognizer.Recognize(input, Dutch, Reference);

        var result = Assert.Single(results);
        Assert.Equal(text, result.Text);
        Assert.Equal("datetimeV2." + type, result.TypeName);
        var values = Assert.IsAssignableFrom<IReadOnlyList<IReadOnlyDictionary<string, object?>>>(result.Resolution["values"]);
        Assert.Equal(timex, values[0]["timex"]);
        var first = values[0].TryGetValue("value", out var v) ? v : values[0]["start"];
        Assert.Equal(firstValue, first);
    }

    [Fact]
    public void AmbiguousWeekdayGivesPastThenFuture()
    {
        var values = (IReadOnlyList<IReadOnlyDictionary<string, object?>>)DateTimeRecognizer.Recognize("dinsdag", Dutch, Reference)[0].Resolution["values"]!;

        Assert.Equal(["2026-11-17", "2026-11-24"], values.Select(v => (string)v["value"]!));
    }

    [Theory]
    [InlineData("ik heb een probleem met mijn begeleider")]
    [InlineData("ze luistere nooit naar me")]
    [InlineData("Er zijn twee tot vier mensen in de kamer")]
    [InlineData("")]
    [InlineData("bel me op 06-12345678")]
    [InlineData("mijn nummer is 0612 34 56 78")]
    [InlineData("Bel me op (206) 555-1212")]
    [InlineData("postcode 1234 AB")]
    public void FindsNothingInOrdinarySentences(string input) => Assert.Empty(DateTimeRecognizer.Recognize(input, Dutch, Reference));
}

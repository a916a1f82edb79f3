using IntakeBot.Intake.Cases;

namespace IntakeBot.Storage.Tests.Cases;

public abstract partial class CaseStoreContractTests
{
    public static TheoryData<string> Texts => new()
    {
        "Mijn begeleider 😡 luistert nooit 👎🏽 en zei: \"jij bent het probleem\"",
        "ik woon in 's-Gravenhage, café Ürgüp — naïef 'n beetje",
        "מה שקרה לי לא בסדר", // right-to-left (Hebrew)
        "ما حدث لي ليس عدلا \u200F ok", // Arabic with a right-to-left mark
        "regel 1\nregel 2\r\n\ttab \u0000 nul \u001b escape",
        "'; DROP TABLE cases; -- {\"json\": [1,2]}",
        "",
        "👨‍👩‍👧‍👦🏳️‍🌈",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task Values_UnicodeEmojiRtlAndControlCharacters_SurviveExactly(string text)
    {
        var created = Samples.Next(conversationId: text.Length == 0 ? "leeg" : text) with
        {
            OrganisationId = "org-" + text,
            Language = "ar",
            Route = [new CaseRouteStep(1, "stap " + text, "bestemming " + text, text, text, text, new DateOnly(2027, 1, 31), false)],
            Fields = new Dictionary<string, string> { [CaseFieldNames.Description] = text, ["veld " + text] = text, [CaseFieldNames.Name] = "Fatima el " + text },
        };

        await Store.CreateAsync(created);

        CaseAssert.Same(created, await Store.GetAsync(created.Reference));
        Assert.Single(await Store.FindByConversationAsync(created.ConversationId));
    }

    [Fact]
    public async Task Values_A100KilobyteDescription_SurvivesExactly()
    {
        var description = string.Concat(Enumerable.Range(0, 100 * 1024 / 16).Select(i => $"{i:D5} zin é ✓ 😀 "))[..(100 * 1024)];
        var created = Samples.Next() with { Fields = new Dictionary<string, string> { [CaseFieldNames.Description] = description } };

        await Store.CreateAsync(created);

        Assert.Equal(description, (await Store.GetAsync(created.Reference))!.Fields[CaseFieldNames.Description]);
    }

    [Fact]
    public async Task Values_LoneSurrogates_DoNotThrow()
    {
        var created = Samples.Next() with { Fields = new Dictionary<string, string> { [CaseFieldNames.Description] = "half \uD83D emoji" } };

        await Store.CreateAsync(created);

        Assert.StartsWith("half ", (await Store.GetAsync(created.Reference))!.Fields[CaseFieldNames.Description], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_EmptyRouteAndFields_AndEveryStatus_Survive()
    {
        foreach (var status in Enum.GetValues<CaseStatus>())
        {
            var created = Samples.Next() with { Status = status, Route = [], Fields = new Dictionary<string, string>() };

            await Store.CreateAsync(created);

            CaseAssert.Same(created, await Store.GetAsync(created.Reference));
        }
    }
}

using IntakeBot.Recognizers.Pii;

namespace IntakeBot.Recognizers.Tests.Pii;

public sealed class PiiRedactorTests
{
    [Theory]
    [InlineData("ik heet Sanne en ik ben 14", "ik heet [naam] en ik ben 14")]
    [InlineData("ik heet sanne de vries", "ik heet [naam]")]
    [InlineData("Mijn naam is Jan-Willem van der Berg.", "Mijn naam is [naam].")]
    [InlineData("mn naam is daan", "mn naam is [naam]")]
    [InlineData("Hoi, ik ben Fatima", "Hoi, ik ben [naam]")]
    [InlineData("ik ben moe en ik ben boos", "ik ben moe en ik ben boos")] // feelings, not names
    [InlineData("ik ben 14 jaar", "ik ben 14 jaar")]
    [InlineData("Ik heet Sanne woon in Geleen", "Ik heet [naam] woon in Geleen")]
    [InlineData("ik ben de moeder van Lisa", "ik ben de moeder van [naam]")]
    [InlineData("mijn begeleider Piet luistert niet", "mijn begeleider [naam] luistert niet")]
    [InlineData("Mijn naam is Mohammed El Amrani", "Mijn naam is [naam]")]
    [InlineData("ik heet: Noor", "ik heet: [naam]")]
    [InlineData("Ik ben Bang", "Ik ben Bang")]
    [InlineData("Ik ben boos op Kracht", "Ik ben boos op Kracht")]
    public void Names_AfterCues(string text, string expected) => Assert.Equal(expected, Redact(text).RedactedText);

    [Theory]
    [InlineData("bel me 06-12345678", "bel me [telefoon]")]
    [InlineData("(+31) 6-1234 5678", "[telefoon]")]
    [InlineData("bel Veilig Thuis 0800-2000", "bel Veilig Thuis 0800-2000")] // an organisation's number is not personal
    [InlineData("adres: Hoofdstraat 1, 1234AB Amsterdam", "adres: [adres], [postcode] Amsterdam")]
    [InlineData("mail: sanne2010@hotmail.com", "mail: [e-mail]")]
    [InlineData("bsn 111222333", "bsn [bsn]")]
    [InlineData("bsn 123456789", "bsn 123456789")] // fails the 11-proof: just a number
    [InlineData("iban NL91 ABNA 0417 1643 00 graag", "iban [iban] graag")]
    [InlineData("ik woon op de Dorpsstraat 12a, 6160 AC Geleen", "ik woon op de [adres], [postcode] Geleen")]
    [InlineData("Kerkweg 3-II", "[adres]")]
    [InlineData("ik woon op de Laan van Meerdervoort 123", "ik woon op de [adres]")]
    [InlineData("geboren op 3-4-2010", "geboren op [geboortedatum]")]
    [InlineData("geboortedatum 03-04-2010", "geboortedatum [geboortedatum]")]
    [InlineData("geb. 3 april 2010", "geb. [geboortedatum]")]
    [InlineData("Geboortedatum: 03/04/2010", "Geboortedatum: [geboortedatum]")]
    [InlineData("op 3-4-2025 sloeg hij me", "op 3-4-2025 sloeg hij me")] // an event date stays
    [InlineData("ik ging naar het park 2 keer", "ik ging naar het park 2 keer")]
    public void Sequences_AreRedacted(string text, string expected) => Assert.Equal(expected, Redact(text).RedactedText);

    [Fact]
    public void KnownValues_AreRedactedEverywhere_CaseInsensitive_WithPrompt()
    {
        var known = new[] { new KnownPiiValue("Sanne de Vries", PiiKind.Name, "ask-name") };

        var result = PiiRedactor.Redact("SANNE DE VRIES hier. sanne is boos op Sannes juf, januari", known);

        Assert.Equal("[naam] hier. [naam] is boos op Sannes juf, januari", result.RedactedText);
        Assert.All(result.Spans, s => Assert.Equal("ask-name", s.PromptId));
        Assert.Equal(2, result.Spans.Count);
    }

    [Fact]
    public void KnownValue_BeatsDetection_AndSpansPointIntoTheOriginal()
    {
        const string Text = "ik ben Moos, bel 0612345678";
        var result = PiiRedactor.Redact(Text, [new KnownPiiValue("0612345678", PiiKind.PhoneNumber, "ask-phone")]);

        Assert.Equal("ik ben [naam], bel [telefoon]", result.RedactedText);
        Assert.Equal([PiiKind.Name, PiiKind.PhoneNumber], result.Spans.Select(s => s.Kind));
        Assert.Equal("Moos", Text[result.Spans[0].Start..(result.Spans[0].End + 1)]);
        Assert.Equal("ask-phone", result.Spans[1].PromptId);
        Assert.Null(result.Spans[0].PromptId);
    }

    [Fact]
    public void NothingToRedact_ReturnsTheSameText()
    {
        var result = Redact("de begeleider luistert nooit naar mij");

        Assert.Equal("de begeleider luistert nooit naar mij", result.RedactedText);
        Assert.Empty(result.Spans);
    }

    [Fact]
    public void EmptyKnownValue_IsIgnored() =>
        Assert.Equal("hallo", PiiRedactor.Redact("hallo", [new KnownPiiValue("  ", PiiKind.Name, "ask-name")]).RedactedText);

    [Theory]
    [InlineData(PiiKind.Name, "[naam]")]
    [InlineData(PiiKind.PhoneNumber, "[telefoon]")]
    [InlineData(PiiKind.DateOfBirth, "[geboortedatum]")]
    public void Placeholders_AreStableMarkers(PiiKind kind, string expected) => Assert.Equal(expected, PiiPlaceholders.For(kind));

    [Fact]
    public void TypicalIntakeMessage_AllKindsAtOnce()
    {
        const string Text = "hoi ik heet Sanne de Vries en ben 14, mijn begeleider bij kracht luistert nooit. ik woon op de Dorpsstraat 12a, "
            + "2514 AB Den Haag. bel me op 06-12345678 of mail sanne.devries@example.nl. geboren op 3-4-2012";

        var result = Redact(Text);

        Assert.Equal(
            "hoi ik heet [naam] en ben 14, mijn begeleider bij kracht luistert nooit. ik woon op de [adres], "
            + "[postcode] Den Haag. bel me op [telefoon] of mail [e-mail]. geboren op [geboortedatum]",
            result.RedactedText);
    }

    private static RedactionResult Redact(string text) => PiiRedactor.Redact(text, []);
}

using IntakeBot.Bot.Delivery;
using IntakeBot.Casework.Delivery;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Bot.Tests.Delivery;

public sealed class LetterComposerTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly DateTimeOffset At = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private readonly DeliveryCases _data = new(4242);
    private readonly StaffDeliveryTexts _texts = new(DeliveryHarness.Texts);

    [Fact]
    public void A_cjg_complaint_is_addressed_to_the_klachtencoordinator_by_post()
    {
        var intakeCase = _data.CjgKlacht(At);

        var letter = LetterComposer.Compose(intakeCase, DeliveryHarness.Catalog, _texts, Today);

        Assert.True(letter.AddressKnown);
        Assert.Equal("written-complaint", letter.StepId);
        Assert.Equal(["CJG Westelijke Mijnstreek", "t.a.v. kwaliteitsmedewerker", "Postbus 110", "6160 AC Geleen"], letter.Addressee);
        Assert.Equal(intakeCase.Fields[CaseFieldNames.Name], letter.Sender[0]);
        Assert.Equal(intakeCase.Fields[CaseFieldNames.Name], letter.SignatureName);
        Assert.Equal("Datum: 22 november 2026", letter.DateLine);
        Assert.Contains(letter.Fields, f => f.Label == "Wat er is gebeurd" && f.Value == intakeCase.Fields[CaseFieldNames.Description]);
        Assert.Contains(letter.Fields, f => f.Label == "Datum" && f.Value == "14 november 2026");
        Assert.DoesNotContain(letter.Fields, f => f.Label == "Naam" || f.Label == CaseFieldNames.WantsCopy);
        Assert.Equal(["written-complaint", "external-commission"], letter.PostalSteps.Select(s => s.StepId));
    }

    [Fact]
    public void The_commission_step_gets_the_address_from_the_national_contacts()
    {
        var letter = LetterComposer.Compose(_data.CjgKlacht(At), DeliveryHarness.Catalog, _texts, Today, "external-commission");

        Assert.Equal(["Provinciale Klachtencommissie", "Ruijsstraat 20", "5981 CM Panningen"], letter.Addressee);
    }

    [Fact]
    public void An_anonymous_letter_has_no_sender_name_or_signature()
    {
        var intakeCase = _data.CjgKlacht(At, fields => fields[CaseFieldNames.Anonymous] = "true");

        var letter = LetterComposer.Compose(intakeCase, DeliveryHarness.Catalog, _texts, Today);

        Assert.Empty(letter.Sender);
        Assert.Null(letter.SignatureName);
        Assert.Null(letter.SignatureLine);
        Assert.DoesNotContain(letter.Fields, f => f.Value == intakeCase.Fields[CaseFieldNames.Name]);
    }

    [Fact]
    public void A_bezwaar_letter_is_the_bezwaarschrift_to_the_municipality()
    {
        var intakeCase = _data.Bezwaar(At);

        var letter = LetterComposer.Compose(intakeCase, DeliveryHarness.Catalog, _texts, Today);

        Assert.Equal("Gemeente Den Haag", letter.Addressee[0]);
        Assert.Equal("Onderwerp: bezwaarschrift", letter.SubjectLine);
        Assert.Contains($"Ik maak bezwaar tegen het besluit van 12 november 2026. Het kenmerk is {intakeCase.Fields[CaseFieldNames.DecisionReference]}.", letter.Paragraphs);
        Assert.Contains(letter.Paragraphs, p => p.Contains(intakeCase.Fields[CaseFieldNames.Grounds], StringComparison.Ordinal));
        Assert.NotNull(letter.SignatureLine);
    }

    [Fact]
    public void A_case_without_any_postal_route_still_gets_a_letter_without_address()
    {
        var intakeCase = _data.Klacht("kracht-den-haag", At);

        var letter = LetterComposer.Compose(intakeCase, DeliveryHarness.Catalog, _texts, Today);

        Assert.False(letter.AddressKnown);
        Assert.Equal(["Kracht (klachten)"], letter.Addressee);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u0000\u0007")]
    [InlineData("😡 مرحبا {name} {{date}}")]
    public void Odd_field_values_are_carried_as_they_are(string value)
    {
        var intakeCase = _data.CjgKlacht(At, fields => fields[CaseFieldNames.Description] = value + new string('x', 10_000));

        var letter = LetterComposer.Compose(intakeCase, DeliveryHarness.Catalog, _texts, Today);

        Assert.Contains(letter.Fields, f => f.Value == value + new string('x', 10_000));
    }
}

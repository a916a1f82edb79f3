using IntakeBot.Bot.Delivery;
using IntakeBot.Casework.Delivery;
using IntakeBot.Casework.Memory;
using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;
using IntakeBot.Testing;

namespace IntakeBot.Bot.Tests.Delivery;

public sealed class DeliveryTextsTests
{
    private static readonly string[] Shown =
    [
        "name", "address", "city", "phone", "email", "role", "part", "location", "employee", "eventDate", "eventTime", "description",
        "shouldHaveHappened", "desiredOutcome", "decisionDate", "decisionReference", "decisionDescription", "grounds", "lateReason",
        "anonymous", "consentToShare", "wantsConfidant", "talkedFirst",
    ];

    [Theory]
    [InlineData("nl", "Wat gebeurt er nu?")]
    [InlineData("en", "What happens now?")]
    public async Task Every_field_of_every_kind_has_a_label_in_the_copy(string language, string heading)
    {
        foreach (var kind in Enum.GetValues<Kind>())
        {
            var mail = new RecordingMailSender();
            var cases = new MemoryCaseStore();
            var fields = Shown.ToDictionary(name => name, name => "waarde-" + name, StringComparer.Ordinal);
            fields[CaseFieldNames.Email] = "iemand@example.nl";
            fields[CaseFieldNames.WantsCopy] = "true";
            fields["speaker"] = "young-person";
            await cases.CreateAsync(new IntakeCase(
                CaseReference.New(kind), DeliveryHarness.Organisation, kind, CaseStatus.Nieuw, ManualTimeProvider.DefaultStart, "directline", "c1", language,
                [new CaseRouteStep(1, "s", "d", "Bestemming", "email", null, new DateOnly(2026, 12, 1), false)], fields));
            var dispatcher = new OutboxDispatcher(
                cases, new MemoryCaseRegister(cases), new MemoryDeliveryLog(), mail, new RecordingWebhookSender(), new StaffDeliveryTexts(DeliveryHarness.Texts),
                DeliveryHarness.Catalog, new DeliverySettings(new Dictionary<string, OrganisationDelivery> { [DeliveryHarness.Organisation] = new("klachten@kracht.example.nl") }),
                new ManualTimeProvider(), new Random(5));

            await dispatcher.RunOnceAsync();

            var copy = Assert.Single(mail.Sent, m => m.Target == DeliveryTargets.UserCopy);
            Assert.Contains(heading, copy.Body, StringComparison.Ordinal);
            Assert.Contains("iemand@example.nl", copy.Body, StringComparison.Ordinal);
            foreach (var name in Shown.Where(name => name != CaseFieldNames.Email))
            {
                Assert.Contains("waarde-" + name, copy.Body, StringComparison.Ordinal);
                Assert.DoesNotContain("- " + name + ":", copy.Body, StringComparison.Ordinal);
            }

            Assert.DoesNotContain("young-person", copy.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("{", copy.Body + copy.Subject, StringComparison.Ordinal);
            var notification = Assert.Single(mail.Sent, m => m.Target == DeliveryTargets.Email);
            Assert.DoesNotContain("{", notification.Body + notification.Subject, StringComparison.Ordinal);
        }
    }
}

using System.Net;
using IntakeBot.Casework.Audit;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Bot.Tests.Delivery;

public sealed class LetterPageTests(LetterPageFactory factory) : IClassFixture<LetterPageFactory>
{
    private const string Cjg = "cjg-westelijke-mijnstreek";
    private readonly DeliveryCases _data = new(777);

    [Fact]
    public async Task The_letter_of_a_postal_route_renders_for_staff_of_the_organisation_and_is_audited()
    {
        var intakeCase = _data.CjgKlacht(factory.Clock.GetUtcNow());
        await factory.Cases.CreateAsync(intakeCase);

        var response = await factory.ClientFor(Cjg, "reviewer").GetAsync($"/staff/cases/{intakeCase.Reference}/letter");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Postbus 110", html, StringComparison.Ordinal);
        Assert.Contains("6160 AC Geleen", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(intakeCase.Fields[CaseFieldNames.Name]), html, StringComparison.Ordinal);
        Assert.Contains(intakeCase.Reference, html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/css/letter.css\">", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/js/letter.js\" defer></script>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"print-letter\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Contains(await factory.AuditOfAsync(Cjg), e => e.Action == AuditActions.LetterPrinted && e.Reference == intakeCase.Reference && e.OrganisationId == Cjg);
    }

    [Fact]
    public async Task Another_step_is_chosen_with_the_step_parameter()
    {
        var intakeCase = _data.CjgKlacht(factory.Clock.GetUtcNow());
        await factory.Cases.CreateAsync(intakeCase);

        var html = await factory.ClientFor(Cjg).GetStringAsync($"/staff/cases/{intakeCase.Reference}/letter?step=external-commission");

        Assert.Contains("Ruijsstraat 20", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Postbus 110", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_of_another_organisation_get_404_and_nothing_is_audited_for_them()
    {
        var intakeCase = _data.CjgKlacht(factory.Clock.GetUtcNow());
        await factory.Cases.CreateAsync(intakeCase);

        var response = await factory.ClientFor("blijf-groep").GetAsync($"/staff/cases/{intakeCase.Reference}/letter");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(intakeCase.Fields[CaseFieldNames.Name], await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(await factory.AuditOfAsync("blijf-groep"), e => e.Reference == intakeCase.Reference && e.OrganisationId == "blijf-groep");
    }

    [Fact]
    public async Task Without_sign_in_the_letter_is_refused()
    {
        var intakeCase = _data.CjgKlacht(factory.Clock.GetUtcNow());
        await factory.Cases.CreateAsync(intakeCase);

        var response = await factory.CreateClient().GetAsync($"/staff/cases/{intakeCase.Reference}/letter");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("KL-0000-00")]
    [InlineData("%3Cscript%3E")]
    [InlineData("KLKLKLKLKLKLKLKLKLKLKLKLKLKLKLKLKLKLKLKLKLKL")]
    public async Task Unknown_or_odd_references_are_404(string reference)
    {
        var response = await factory.ClientFor(Cjg).GetAsync($"/staff/cases/{reference}/letter");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Hostile_field_values_are_html_encoded()
    {
        const string Hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        var intakeCase = _data.CjgKlacht(factory.Clock.GetUtcNow(), fields =>
        {
            fields[CaseFieldNames.Description] = Hostile;
            fields[CaseFieldNames.Name] = "\"><b>Naam</b>";
        });
        await factory.Cases.CreateAsync(intakeCase);

        var html = await factory.ClientFor(Cjg).GetStringAsync($"/staff/cases/{intakeCase.Reference}/letter");

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Naam</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }
}

using System.Net;
using IntakeBot.Bot.Staff.Identity;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Bot.Tests.Staff.Web;

/// <summary>Markup in a case or transcript renders as text; SQL in any filter is just an unrecognised value.</summary>
public sealed class InjectionTests(StaffWebFactory factory) : IClassFixture<StaffWebFactory>
{
    private const string Script = "<script>alert(1)</script>";
    private const string Attribute = "\"><img src=x onerror=alert(1)>";

    public static TheoryData<string> Attacks => new()
    {
        "' OR 1=1 --",
        "'; DROP TABLE cases; --",
        "1; DELETE FROM AspNetUsers",
        "\" OR \"\"=\"",
        "%' UNION SELECT * FROM AspNetUsers --",
        Script,
        "",
        new string('9', 5000),
        "2026-01-01' OR '1'='1",
        "\u202Eklacht",
    };

    [Fact]
    public async Task MarkupInFieldsAndTranscript_RendersInert()
    {
        var fields = new Dictionary<string, string>
        {
            [CaseFieldNames.Name] = Script,
            [CaseFieldNames.Description] = Attribute,
            [CaseFieldNames.Employee] = "<b>vet</b>",
        };
        var c = await StaffWebCases.AddAsync(factory, StaffWebCases.Kracht, userText: "hallo " + Attribute + " en " + Script, fields: fields);
        using var officer = await factory.SignedInAsync(StaffWebCases.Kracht, StaffRoles.Officer);

        foreach (var view in new[] { "", "?view=redacted" })
        {
            var page = await officer.GetPageAsync("/staff/cases/" + c.Reference + view);

            Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b>vet", page, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        }

        var full = await officer.GetPageAsync("/staff/cases/" + c.Reference);
        Assert.Contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", full, StringComparison.Ordinal);
        Assert.Contains("<mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark>", full, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task AttackInEveryFilter_GivesANormalPage(string attack)
    {
        var own = await StaffWebCases.AddAsync(factory, StaffWebCases.Kracht);
        using var officer = await factory.SignedInAsync(StaffWebCases.Kracht, StaffRoles.Officer);
        var value = Uri.EscapeDataString(attack);

        foreach (var name in new[] { "kind", "status", "organisation", "overdue", "from", "to", "mine", "p" })
        {
            using var response = await officer.GetAsync($"/staff?{name}={value}");
            var page = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("<h1>Zaken</h1>", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        }

        using var all = await officer.GetAsync($"/staff?kind={value}&status={value}&organisation={value}&overdue={value}&from={value}&to={value}&mine={value}&p={value}");
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.Contains(own.Reference, await officer.GetPageAsync("/staff"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task AttackInEveryCaseForm_IsRefusedOrStoredAsText(string attack)
    {
        var c = await StaffWebCases.AddAsync(factory, StaffWebCases.Kracht);
        using var officer = await factory.SignedInAsync(StaffWebCases.Kracht, StaffRoles.Officer);
        var path = "/staff/cases/" + c.Reference;

        using var status = await officer.PostFormAsync(path + "?handler=status", [new("status", attack), new("outcome", attack), new("nature", attack), new("version", attack)], tokenFrom: path);
        using var assign = await officer.PostFormAsync(path + "?handler=assign", [new("assignee", attack)], tokenFrom: path);
        using var reference = await officer.GetAsync("/staff/cases/" + Uri.EscapeDataString(attack.Length == 0 ? "x" : attack));

        Assert.True(status.StatusCode is HttpStatusCode.BadRequest, status.StatusCode.ToString());
        Assert.True(assign.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Redirect, assign.StatusCode.ToString());
        Assert.True(reference.StatusCode is HttpStatusCode.NotFound, reference.StatusCode.ToString());
        Assert.Equal(CaseStatus.Nieuw, (await factory.RecordAsync(c.Reference)).Case.Status);
    }
}

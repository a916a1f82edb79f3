using System.Globalization;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IntakeBot.Bot.Staff.Identity;
using IntakeBot.Bot.Tests.Staff;
using IntakeBot.Bot.Tests.Staff.Web;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Security.Tests.Xss;

/// <summary>
/// Catalogue item 5, cross-site scripting and formula injection: a case whose values, transcript, note and staff names
/// hold script, HTML, attribute-breaking, <c>javascript:</c> and SVG payloads renders inert on every staff page that
/// shows them (parsed with AngleSharp and compared with the same page for a plain case); the exported report's cells
/// that start with = + - @ are neutralised in CSV and are never formulas in XLSX; the widget's own pages set a strict
/// Content-Security-Policy.
/// </summary>
public sealed class XssTests(StaffWebFactory factory) : IClassFixture<StaffWebFactory>
{
    private static readonly string[] CasePages =
    [
        "/staff",
        "/staff/cases/{0}",
        "/staff/cases/{0}?view=redacted",
        "/staff/cases/{0}/letter",
        "/staff/cases/{0}/privacy",
        "/staff/audit?reference={0}",
        "/staff/users",
    ];

    [Fact]
    public async Task MarkupInCaseValuesTranscriptNotesAndNames_RendersInert_OnEveryStaffPage()
    {
        var attack = await StaffWebCases.AddAsync(factory, StaffWebCases.Kracht, userText: XssPayloads.Joined, fields: Fields(XssPayloads.All));
        var plain = await StaffWebCases.AddAsync(factory, StaffWebCases.Kracht);
        var email = await factory.CreateUserAsync(StaffWebCases.Kracht, StaffRoles.Admin, name: XssPayloads.All[1]);
        using var admin = factory.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SignInAsync(email, StaffWebFactory.Password)).StatusCode);
        foreach (var reference in new[] { attack.Reference, plain.Reference })
        {
            var text = reference == attack.Reference ? XssPayloads.Joined : "Gebeld met de melder";
            using var note = await admin.PostFormAsync($"/staff/cases/{reference}?handler=note", [new("text", text)], tokenFrom: "/staff");
        }

        var failures = new List<string>();
        foreach (var page in CasePages)
        {
            var html = await admin.GetPageAsync(string.Format(CultureInfo.InvariantCulture, page, attack.Reference));
            var baseline = await admin.GetPageAsync(string.Format(CultureInfo.InvariantCulture, page, plain.Reference));
            failures.AddRange(InertHtml.Problems(html, baseline).Select(problem => page + ": " + problem));
            if (page == "/staff/cases/{0}")
            {
                Assert.Contains("alert(&#x27;x1&#x27;)", html, StringComparison.Ordinal); // the payload is there, as text
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task PersonalFileExport_IsJson_ThatNoBrowserRunsAsAPage()
    {
        var attack = await StaffWebCases.AddAsync(factory, StaffWebCases.Kracht, userText: XssPayloads.Joined, fields: Fields(XssPayloads.All));
        using var admin = await factory.SignedInAsync(StaffWebCases.Kracht, StaffRoles.Admin);

        using var response = await admin.GetAsync($"/staff/cases/{attack.Reference}/privacy?handler=download");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"klik\")")]
    [InlineData("+cmd|' /C calc'!A0")]
    [InlineData("-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(1+1)*cmd|' /C calc'!A0")]
    public async Task FormulaInExportedCells_IsNeutralised_InCsvAndXlsx(string formula)
    {
        var template = new StaffCases(formula.Length).Next(StaffWebCases.Kracht, "gesprek-" + Guid.NewGuid().ToString("N"));
        await factory.Cases.CreateAsync(template with { ChannelId = formula });
        using var admin = await factory.SignedInAsync(StaffWebCases.Kracht, StaffRoles.Admin);
        var year = template.CreatedAt.Year.ToString(CultureInfo.InvariantCulture);

        var csv = Encoding.UTF8.GetString(await admin.Http.GetByteArrayAsync($"/staff/reports/{year}.csv"));
        var xlsx = await admin.Http.GetByteArrayAsync($"/staff/reports/{year}.xlsx");

        var cells = CsvCells(csv).ToList();
        Assert.Contains(cells, cell => cell == "'" + formula);
        Assert.DoesNotContain(cells, cell => cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal) && !IsNumber(cell));
        var (formulas, texts) = XlsxCells(xlsx);
        Assert.Equal(0, formulas);
        Assert.Contains(formula, texts);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/licht")]
    [InlineData("/index.html")]
    public async Task WidgetPages_SetAStrictContentSecurityPolicy(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var scripts = policy.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        Assert.Equal("script-src 'self'", scripts);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("base-uri 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    private static Dictionary<string, string> Fields(IReadOnlyList<string> payloads) => new()
    {
        [CaseFieldNames.Name] = payloads[0] + " " + payloads[1],
        [CaseFieldNames.Email] = payloads[3],
        [CaseFieldNames.Phone] = payloads[2],
        [CaseFieldNames.Description] = string.Join(" ", payloads),
        [CaseFieldNames.DesiredOutcome] = payloads[4] + payloads[5],
        [CaseFieldNames.EventDate] = payloads[6],
    };

    private static bool IsNumber(string cell) => double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    // RFC 4180 fields: quoted fields may hold commas, quotes ("") and line breaks.
    private static IEnumerable<string> CsvCells(string csv)
    {
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c is ',' or '\n')
            {
                yield return field.ToString().TrimEnd('\r').TrimStart('\uFEFF');
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0)
        {
            yield return field.ToString().TrimEnd('\r');
        }
    }

    private static (int Formulas, List<string> Texts) XlsxCells(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var cells = sheet.Descendants<Cell>().ToList();
        return (sheet.Descendants<CellFormula>().Count(), [.. cells.Where(c => c.DataType?.Value == CellValues.InlineString).Select(c => c.InnerText)]);
    }
}

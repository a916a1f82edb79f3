using System.Net;
using System.Text;
using IntakeBot.Casework.Audit;

namespace IntakeBot.Privacy.Tests.Pages;

public sealed class ReportPagesTests : IClassFixture<ReportPagesTests.Host>
{
    private readonly Host _host;

    public ReportPagesTests(Host host) => _host = host;

    [Fact]
    public async Task ReportPage_ShowsTheChartAndTableOfTheOfficersOrganisation_AndIsAudited()
    {
        using var client = _host.ClientFor(SyntheticCases.Kracht, "officer", id: "u-report-page");

        var html = await client.GetStringAsync("/staff/reports?year=2025");

        Assert.Contains("<svg role=\"img\" aria-labelledby=\"chart-kind-title\"", html, StringComparison.Ordinal);
        Assert.Contains("<title id=\"chart-kind-title\">Aantal zaken per soort in 2025</title>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Zaken</th>\n                    <td>6</td>", html.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("href=\"/staff/reports/2025.csv\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        var audit = Assert.Single(_host.World.Audit.Entries, e => e.ActorId == "u-report-page");
        Assert.Equal((AuditActions.ReportRead, SyntheticCases.Kracht, (string?)null), (audit.Action, audit.OrganisationId, audit.Reference));
    }

    [Theory]
    [InlineData("officer")]
    [InlineData("reviewer")]
    [InlineData("admin")]
    public async Task EveryStaffRole_ReadsTheReport(string role)
    {
        using var client = _host.ClientFor(SyntheticCases.Kracht, role);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff/reports?year=2025")).StatusCode);
    }

    [Fact]
    public async Task CsvDownload_CountsOnlyTheOfficersOwnOrganisation()
    {
        using var kracht = _host.ClientFor(SyntheticCases.Kracht, "officer", id: "u-csv");
        using var blijf = _host.ClientFor(SyntheticCases.Blijf, "officer");

        var krachtCsv = await kracht.GetStringAsync("/staff/reports/2025.csv?organisation=blijf-groep&organisationId=blijf-groep");
        var blijfCsv = await blijf.GetStringAsync("/staff/reports/2025.csv");

        Assert.Contains("total,cases,Zaken,6", krachtCsv, StringComparison.Ordinal);
        Assert.Contains("total,cases,Zaken,2", blijfCsv, StringComparison.Ordinal);
        Assert.Contains("kind,bezwaar,Bezwaar,1", blijfCsv, StringComparison.Ordinal);
        var audit = Assert.Single(_host.World.Audit.Entries, e => e.ActorId == "u-csv");
        Assert.Equal((AuditActions.ReportExported, SyntheticCases.Kracht), (audit.Action, audit.OrganisationId));
    }

    [Fact]
    public async Task XlsxDownload_IsASpreadsheetWithoutPersonalData()
    {
        using var client = _host.ClientFor(SyntheticCases.Kracht, "reviewer");

        using var response = await client.GetAsync("/staff/reports/2025.xlsx");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        Assert.DoesNotContain(_host.Cases[0].Reference, Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/staff/reports?year=1999")]
    [InlineData("/staff/reports?year=2027")]
    [InlineData("/staff/reports/2019.csv")]
    [InlineData("/staff/reports/2025.pdf")]
    [InlineData("/staff/reports/abc.csv")]
    public async Task UnknownYearOrFormat_IsNotFound(string path)
    {
        using var client = _host.ClientFor(SyntheticCases.Kracht, "officer");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
    }

    [Theory]
    [InlineData("/staff/reports")]
    [InlineData("/staff/reports/2025.csv")]
    public async Task Anonymous_IsRefused(string path)
    {
        using var client = _host.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task SomeoneWithoutAStaffRole_IsForbidden()
    {
        using var client = _host.ClientFor(SyntheticCases.Kracht, "visitor");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/staff/reports")).StatusCode);
    }

    /// <summary>One host with Kracht's synthetic 2025 (and a little of Blijf Groep's).</summary>
    public sealed class Host : PrivacyHostFactory
    {
        public Host() => Cases = AnnualReportTests.SyntheticYear(World).Cases;

        internal List<Intake.Cases.IntakeCase> Cases { get; }
    }
}

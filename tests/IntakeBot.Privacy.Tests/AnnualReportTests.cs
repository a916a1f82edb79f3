using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IntakeBot.Bot.Pages.Staff.Reports;
using IntakeBot.Bot.Staff;
using IntakeBot.Casework.Register;
using IntakeBot.Casework.Reports;
using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;
using IntakeBot.Testing;

namespace IntakeBot.Privacy.Tests;

public sealed class AnnualReportTests
{
    private static readonly DateTimeOffset March2025 = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Lazy<StaffTexts> Texts = new(() => StaffTexts.Load(RepositoryPaths.Content));

    [Fact]
    public async Task Builder_CountsPerKindNatureOutcomeStatusChannel_AndHandlingTimes()
    {
        var (world, _) = SyntheticYear();

        var report = await world.Reports.BuildAsync(SyntheticCases.Kracht, 2025);

        Assert.Equal((6, 2, 1, 5), (report.Total, report.Open, report.Anonymous, report.Named));
        Assert.Equal([("compliment", 1), ("idee", 0), ("signaal", 1), ("klacht", 4), ("bezwaar", 0)], report.ByKind.Select(c => (c.Key, c.Count)));
        Assert.Equal(2, Count(report.ByNature, "bejegening"));
        Assert.Equal(1, Count(report.ByNature, "communicatie"));
        Assert.Equal(1, Count(report.ByNature, AnnualReport.Unknown));
        Assert.Equal(4, report.ByNature.Sum(c => c.Count));
        Assert.Equal(2, Count(report.ByOutcome, "gegrond"));
        Assert.Equal(1, Count(report.ByOutcome, "ongegrond"));
        Assert.Equal(1, Count(report.ByOutcome, AnnualReport.Unknown));
        Assert.Equal(4, Count(report.ByStatus, "afgehandeld"));
        Assert.Equal(2, Count(report.ByStatus, "nieuw"));
        Assert.Equal([("msteams", 1), ("webchat", 5)], report.ByChannel.Select(c => (c.Key, c.Count)));
        Assert.Equal(new HandlingTimes(4, 15, 16, 30, null, null), report.Handling);
    }

    [Fact]
    public async Task Builder_CountsComplaintsClosedWithinTheRegulationsTerm()
    {
        var world = new RetentionWorld();
        foreach (var days in new[] { 30, 42, 50 })
        {
            world.Cases.Add(world.Synthetic.Make(SyntheticCases.VeiligThuis, March2025), March2025.AddDays(days));
        }

        var report = await world.Reports.BuildAsync(SyntheticCases.VeiligThuis, 2025);

        // Veilig Thuis Hollands Midden: handling within 6 weeks of submission (content/organisations).
        Assert.Equal(42, report.Handling.TermDays);
        Assert.Equal(2, report.Handling.ClosedWithinTerm);
    }

    [Fact]
    public async Task Builder_OnAnEmptyYear_GivesZerosAndNoTimes()
    {
        var world = new RetentionWorld();

        var report = await world.Reports.BuildAsync(SyntheticCases.Kracht, 2025);

        Assert.Equal(0, report.Total);
        Assert.All(report.ByKind, c => Assert.Equal(0, c.Count));
        Assert.Equal(new HandlingTimes(0, null, null, null, null, null), report.Handling);
    }

    [Fact]
    public void Median_OfAnOddCount_IsTheMiddleValue()
    {
        var facts = new[] { 1, 9, 5 }.Select(days => Fact(days)).ToList();

        var report = AnnualReportBuilder.Build("x", 2025, facts, termDays: null);

        Assert.Equal((5.0, 5.0, 9), (report.Handling.MedianDays!.Value, report.Handling.MeanDays!.Value, report.Handling.P90Days!.Value));
    }

    [Fact]
    public async Task Csv_HasTheHeaderAndOneRowPerCount()
    {
        var (world, _) = SyntheticYear();
        var report = await world.Reports.BuildAsync(SyntheticCases.Kracht, 2025);

        var bytes = ReportExports.Csv(report, Texts.Value);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("section,item,label,value", lines[0]);
        Assert.Contains("total,cases,Zaken,6", lines);
        Assert.Contains("kind,klacht,Klacht,4", lines);
        Assert.Contains("nature,bejegening,Bejegening,2", lines);
        Assert.Contains("outcome,gegrond,Gegrond,2", lines);
        Assert.Contains("channel,msteams,msteams,1", lines);
        Assert.Contains("handling,median-days,Mediaan (dagen),15", lines);
        Assert.Contains("handling,term-days,Termijn voor klachten (dagen),", lines);
        Assert.Equal(ReportExports.Rows(report, Texts.Value).Count + 1, lines.Length);
    }

    [Fact]
    public async Task Xlsx_OpensAgainWithTheSameNumbers()
    {
        var (world, _) = SyntheticYear();
        var report = await world.Reports.BuildAsync(SyntheticCases.Kracht, 2025);
        var rows = ReportExports.Rows(report, Texts.Value);

        var bytes = ReportExports.Xlsx(report, Texts.Value);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = Assert.Single(workbook.Workbook.Sheets!.Elements<Sheet>());
        Assert.Equal("Jaarverslag", sheet.Name!.Value);
        var table = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>()
            .Select(row => row.Elements<Cell>().Select(CellText).ToList())
            .ToList();
        Assert.Equal(["Onderdeel", "Sleutel", "Omschrijving", "Aantal"], table[0]);
        Assert.Equal(rows.Count + 1, table.Count);
        Assert.Contains(["kind", "klacht", "Klacht", "4"], table);
        Assert.Contains(["handling", "mean-days", "Gemiddeld (dagen)", "16"], table);
        var numeric = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>().Count(c => c.DataType?.Value == CellValues.Number);
        Assert.Equal(rows.Count(r => r.Value is not null), numeric);
    }

    [Fact]
    public async Task Exports_HoldNoReferenceNameEmailOrPhone()
    {
        var (world, cases) = SyntheticYear();
        var report = await world.Reports.BuildAsync(SyntheticCases.Kracht, 2025);
        var csv = Encoding.UTF8.GetString(ReportExports.Csv(report, Texts.Value));
        var xlsx = XlsxText(ReportExports.Xlsx(report, Texts.Value));

        foreach (var intake in cases)
        {
            foreach (var secret in new[] { intake.Reference, intake.ConversationId, intake.Fields[CaseFieldNames.Name], intake.Fields[CaseFieldNames.Email], intake.Fields[CaseFieldNames.Phone] })
            {
                Assert.DoesNotContain(secret, csv, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(secret, xlsx, StringComparison.OrdinalIgnoreCase);
            }
        }

        Assert.DoesNotContain("@", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("@", xlsx, StringComparison.Ordinal);
    }

    /// <summary>Kracht 2025: four complaints (three closed), a closed compliment, an open signal; plus noise that must not count.</summary>
    internal static (RetentionWorld World, List<IntakeCase> Cases) SyntheticYear(RetentionWorld? into = null)
    {
        var world = into ?? new RetentionWorld();
        var cases = new List<IntakeCase>();
        IntakeCase Add(string organisation, DateTimeOffset at, Kind kind, int? closedAfterDays, CaseOutcome? outcome = null, ComplaintNature? nature = null, bool anonymous = false, string channel = "webchat")
        {
            var intake = world.Synthetic.Make(organisation, at, kind, channel: channel);
            world.Cases.Add(intake, closedAfterDays is { } days ? at.AddDays(days) : null, outcome, nature, anonymous);
            cases.Add(intake);
            return intake;
        }

        Add(SyntheticCases.Kracht, March2025, Kind.Klacht, 10, CaseOutcome.Gegrond, ComplaintNature.Bejegening, anonymous: true);
        Add(SyntheticCases.Kracht, March2025.AddDays(3), Kind.Klacht, 20, CaseOutcome.Ongegrond, ComplaintNature.Bejegening);
        Add(SyntheticCases.Kracht, March2025.AddDays(40), Kind.Klacht, 30, CaseOutcome.Gegrond, ComplaintNature.Communicatie);
        Add(SyntheticCases.Kracht, March2025.AddDays(50), Kind.Klacht, null);
        Add(SyntheticCases.Kracht, March2025.AddDays(60), Kind.Compliment, 4);
        Add(SyntheticCases.Kracht, March2025.AddDays(70), Kind.Signaal, null, channel: "msteams");
        Add(SyntheticCases.Blijf, March2025, Kind.Klacht, 5, CaseOutcome.Gegrond);
        Add(SyntheticCases.Blijf, March2025, Kind.Bezwaar, null);
        Add(SyntheticCases.Kracht, March2025.AddYears(-1), Kind.Bezwaar, null);
        return (world, cases);
    }

    private static int Count(IReadOnlyList<ReportCount> counts, string key) => counts.Single(c => c.Key == key).Count;

    private static CaseFact Fact(int days) =>
        new("x", Kind.Klacht, CaseStatus.Afgehandeld, new DateOnly(2025, 1, 1), "webchat", false, CaseOutcome.Opgelost, null, new DateOnly(2025, 1, 1).AddDays(days), days, false);

    private static string CellText(Cell cell) =>
        cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture).ToString("0.##", CultureInfo.InvariantCulture);

    private static string XlsxText(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            text.Append(reader.ReadToEnd());
        }

        return text.ToString();
    }
}

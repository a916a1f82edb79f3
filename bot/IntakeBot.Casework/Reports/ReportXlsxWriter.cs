using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace IntakeBot.Casework.Reports;

/// <summary>
/// Writes report rows as an XLSX workbook with one sheet: a header row, then one row per report row, values as numbers.
/// Written with the Open XML SDK (ClosedXML's dependencies are not available here). Strings are inline, so the
/// workbook needs no shared-string table; no column auto-sizing, which would need fonts (GDI) on the server.
/// </summary>
public static class ReportXlsxWriter
{
    /// <summary>The XLSX bytes. <paramref name="sheetName"/> is cut to Excel's 31 characters.</summary>
    public static byte[] Write(IReadOnlyList<ReportRow> rows, string sheetName, IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentException.ThrowIfNullOrWhiteSpace(sheetName);
        ArgumentNullException.ThrowIfNull(headers);
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, headers.Select(Text)));
            uint index = 2;
            foreach (var row in rows)
            {
                data.Append(Row(index++, [Text(row.Section), Text(row.Item), Text(row.Label), row.Value is { } value ? Number(value) : Text("")]));
            }

            sheetPart.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName.Length > 31 ? sheetName[..31] : sheetName });
            workbook.Workbook.Save();
        }

        return buffer.ToArray();
    }

    private static Row Row(uint index, IEnumerable<Cell> cells)
    {
        var row = new Row { RowIndex = index };
        row.Append(cells);
        return row;
    }

    private static Cell Text(string text) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString };

    private static Cell Number(double value) =>
        new(new CellValue(value.ToString(CultureInfo.InvariantCulture))) { DataType = CellValues.Number };
}

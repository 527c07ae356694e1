using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Localization;

namespace Portal.Web.Features.Reports;

/// <summary>
/// The report as an .xlsx workbook: a cover sheet, then one sheet per section with its tables one under the other.
/// Counts are numbers, so the office can re-total them; hidden counts are the text "&lt;5", never the number.
/// </summary>
public static class ReportWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(PeriodicReport report, IStringLocalizer localizer)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var sheets = workbook.Workbook.Sheets!;

            var cover = new List<IReadOnlyList<object?>>
            {
                new[] { UiLanguage.Pick(report.DepartmentName, report.DepartmentNameEn) },
                new[] { Heading(report, localizer) },
                new[] { localizer["Reports.Reference"].Value, report.Reference },
                new[] { localizer["Reports.GeneratedOn"].Value, report.GeneratedOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) },
                new[] { localizer["Reports.Period"].Value, $"{report.Period.From:dd/MM/yyyy} – {report.Period.To:dd/MM/yyyy}" },
                new[] { localizer["Reports.PrivacyNote"].Value },
            };
            AddSheet(workbook, sheets, 1, localizer["Reports.Sheet.Cover"], cover);

            uint id = 2;
            foreach (var section in report.Sections)
            {
                var rows = new List<IReadOnlyList<object?>>();
                foreach (var table in section.Tables)
                {
                    rows.Add([table.Title.Text(localizer)]);
                    rows.Add([string.Empty, .. table.Columns.Select(c => (object?)c.Text(localizer))]);
                    rows.AddRange(table.Rows.Select(r => (IReadOnlyList<object?>)[r.Label.Text(localizer), .. r.Cells.Select(Value)]));
                    if (table.Note is not null)
                    {
                        rows.Add([table.Note.Text(localizer)]);
                    }

                    rows.Add([]);
                }

                AddSheet(workbook, sheets, id++, section.Title.Text(localizer), rows);
            }

            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    public static string PeriodName(ReportPeriod period, IStringLocalizer localizer) =>
        period.Quarter is { } q ? localizer["Reports.Period.Quarter", q, period.Year] : localizer["Reports.Period.Year", period.Year];

    public static string FileName(PeriodicReport report) => $"bao-cao-pctn-{report.Period.Key}{report.Scope.Suffix.ToLowerInvariant()}.xlsx";

    /// <summary>"Báo cáo ... năm 2026", with "– Bệnh viện Đa khoa tỉnh" for a unit's report.</summary>
    public static string Heading(PeriodicReport report, IStringLocalizer localizer)
    {
        var heading = localizer["Reports.Heading", PeriodName(report.Period, localizer)].Value;
        return report.Scope.UnitName is null ? heading : localizer["ReportSection.Scope.Heading", heading, UiLanguage.Pick(report.Scope.UnitName, report.Scope.UnitNameEn)].Value;
    }

    private static object? Value(ReportCell cell) => cell is { Kind: CellKind.Count, Suppressed: false } ? cell.Value : cell.Shown;

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint r = 1;
        foreach (var values in rows)
        {
            var row = new Row { RowIndex = r };
            for (var c = 0; c < values.Count; c++)
            {
                var reference = Column(c) + r.ToString(CultureInfo.InvariantCulture);
                row.Append(values[c] switch
                {
                    int n => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n) },
                    var v => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(v?.ToString() ?? "")) },
                });
            }

            data.Append(row);
            r++;
        }

        part.Worksheet = new Worksheet(new Columns(new Column { Min = 1, Max = 1, Width = 60, CustomWidth = true }, new Column { Min = 2, Max = 12, Width = 16, CustomWidth = true }), data);
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = SheetName(name, id) });
    }

    /// <summary>Excel allows 31 characters and none of []:*?/\ in a sheet's name.</summary>
    private static string SheetName(string name, uint id)
    {
        var clean = new string(name.Where(ch => !"[]:*?/\\".Contains(ch)).ToArray()).Trim();
        clean = clean.Length == 0 ? $"Sheet{id}" : clean;
        return clean.Length > 31 ? clean[..31] : clean;
    }

    private static string Column(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + (index - 1) % 26) + name;
        }

        return name;
    }
}

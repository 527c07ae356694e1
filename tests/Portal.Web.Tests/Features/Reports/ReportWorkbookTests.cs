using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Localization;
using Portal.Web.Features.Reports;

namespace Portal.Web.Tests.Features.Reports;

public sealed class ReportWorkbookTests
{
    private sealed class KeysLocalizer : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, arguments.Length == 0 ? name : $"{name}({string.Join(",", arguments)})");

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }

    private static PeriodicReport Sample()
    {
        var people = new ReportTable("coverage", ReportLabel.Of("Cov"), [ReportLabel.Of("Expected"), ReportLabel.Of("Attended"), ReportLabel.Of("NotYet")],
        [
            new ReportRow(ReportLabel.Name("Bệnh viện Đa khoa tỉnh", null), [ReportCell.Count(12), ReportCell.Count(10), ReportCell.Count(2)]),
            new ReportRow(ReportLabel.Name("Trung tâm Y tế", null), [ReportCell.Count(30), ReportCell.Count(30), ReportCell.Count(0)]),
        ], DescribesPeople: true, RowSums: [new SumRule(0, [1, 2])]);
        var cases = new ReportTable("cases", ReportLabel.Of("Cases"), [ReportLabel.Of("Count")], [new ReportRow(ReportLabel.Of("Received"), [ReportCell.Count(3)])]);
        var report = new PeriodicReport(new ReportPeriod(2026, null), new DateOnly(2026, 11, 26), "BC-2026-ABCDEF", "SYT", "Sở Y tế tỉnh Bình An", null,
            [new ReportSectionResult("cases", ReportLabel.Of("Section: cases"), [cases]), new ReportSectionResult("outreach", ReportLabel.Of("Section/outreach"), [people])]);
        return Disclosure.Protect(report);
    }

    private static Dictionary<string, string[][]> Read(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        return workbook.Workbook.Sheets!.Elements<Sheet>().ToDictionary(s => s.Name!.Value!, s =>
            ((WorksheetPart)workbook.GetPartById(s.Id!.Value!)).Worksheet.Descendants<Row>()
                .Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "").ToArray())
                .ToArray());
    }

    [Fact]
    public void Write_GivesWorkbookWithCoverAndOneSheetPerSection_ThatOpensAgain()
    {
        var sheets = Read(ReportWorkbook.Write(Sample(), new KeysLocalizer()));

        // Sheet names lose the characters Excel forbids ("/", ":").
        Assert.Equal(["Reports.Sheet.Cover", "Section cases", "Sectionoutreach"], sheets.Keys);
        Assert.Contains(sheets["Reports.Sheet.Cover"], r => r.Contains("BC-2026-ABCDEF"));
        Assert.Equal(["Received", "3"], sheets["Section cases"][2]);
    }

    [Fact]
    public void Write_KeepsSuppression_WhenCountsArePeople()
    {
        var rows = Read(ReportWorkbook.Write(Sample(), new KeysLocalizer()))["Sectionoutreach"];

        // 12 = 10 + 2: the 2 is hidden, and so is the 10, or the total would give the 2 back.
        Assert.Equal(["Bệnh viện Đa khoa tỉnh", "12", "<5", "<5"], rows[2]);
        Assert.Equal(["Trung tâm Y tế", "30", "30", "0"], rows[3]);
        Assert.DoesNotContain(rows.SelectMany(r => r), v => v is "2" or "10");
    }

    [Fact]
    public void Write_StoresVisibleCountsAsNumbers_AndHiddenOnesAsText()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(ReportWorkbook.Write(Sample(), new KeysLocalizer())), false);
        var cells = document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()).ToList();

        Assert.Contains(cells, c => c.DataType?.Value == CellValues.Number && c.CellValue!.Text == "30");
        Assert.All(cells.Where(c => c.InnerText == "<5"), c => Assert.Equal(CellValues.InlineString, c.DataType!.Value));
    }
}

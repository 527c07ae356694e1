using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;

namespace Portal.E2E;

/// <summary>The Director generates this year's report from the demo data, reads it, downloads the workbook and opens the print layout.</summary>
[Collection(BrowserGroup.Name)]
public sealed class ReportsFlowTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Director_GeneratesYearlyReport_DownloadsWorkbookAndOpensPrintLayout()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInTests.SignInAsync(page, "director", "DEMODIRECTORKEY2");
        var year = DateTime.UtcNow.AddHours(7).Year;

        await WhistleblowerFlowTests.GotoInteractiveAsync(page, "/reports");
        await page.SelectOptionAsync("#report-year", year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.SelectOptionAsync("#report-quarter", "0");
        await page.ClickAsync("#generate-report");
        await page.WaitForSelectorAsync($"#periodic-report[data-period='{year}']");

        Assert.Contains($"năm {year}", await page.InnerTextAsync("#report-heading"), StringComparison.Ordinal);
        // Five demo cases were received this year; they show in the channel table's grand total.
        var received = int.Parse(await page.InnerTextAsync("#table-cases-received tr.total td[data-col='4']"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(received, 1, 50);
        var trained = await page.InnerTextAsync("#table-outreach-participation tr[data-row='1'] td");
        Assert.True(int.Parse(trained, System.Globalization.CultureInfo.InvariantCulture) >= 25, trained);
        // People counts below five are hidden, never printed as 1 to 4, and charts are drawn on the server.
        Assert.True(await page.Locator("#periodic-report td.suppressed").CountAsync() > 0);
        Assert.True(await page.Locator("#periodic-report table[data-people]").CountAsync() >= 5);
        foreach (var text in await page.Locator("#periodic-report table[data-people] td").AllInnerTextsAsync())
        {
            Assert.DoesNotMatch("^[1-4]$", text.Trim());
        }

        Assert.True(await page.Locator("#periodic-report svg.report-chart").CountAsync() >= 3);
        // Checks (counts of checks, shown in full) and accountability (counts of people, protected) are in the report.
        Assert.StartsWith("III.", await page.InnerTextAsync("#section-checks h2"), StringComparison.Ordinal);
        var planned = int.Parse(await page.InnerTextAsync("#table-checks-activity tr[data-row='0'] td"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(planned >= 1, $"{planned}");
        Assert.StartsWith("V.", await page.InnerTextAsync("#section-accountability h2"), StringComparison.Ordinal);
        Assert.Equal(4, await page.Locator("#section-accountability table[data-people]").CountAsync());
        Assert.True(await page.Locator("#section-accountability td.suppressed").CountAsync() > 0);
        await BrowserFixture.ScreenshotAsync(page, "reports-yearly");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-xlsx"));
        Assert.Equal($"bao-cao-pctn-{year}.xlsx", download.SuggestedFilename);
        var path = await download.PathAsync();
        using (var workbook = SpreadsheetDocument.Open(path, false))
        {
            var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
            Assert.Equal(7, sheets.Count);
            Assert.Contains(sheets, s => s.StartsWith("I. Tiếp nhận", StringComparison.Ordinal));
            Assert.Contains(sheets, s => s.StartsWith("III. Công tác kiểm tra", StringComparison.Ordinal));
            Assert.Contains(sheets, s => s.StartsWith("V. Trách nhiệm", StringComparison.Ordinal));
            var cells = workbook.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()).Select(c => c.InnerText).ToList();
            Assert.Contains("<5", cells);
            Assert.Contains(received.ToString(System.Globalization.CultureInfo.InvariantCulture), cells);
        }

        var print = await context.NewPageAsync();
        await print.GotoAsync($"/reports/{year}/print");
        var heading = await print.InnerTextAsync("#print-heading");
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", heading.ToUpperInvariant(), StringComparison.Ordinal);
        Assert.Contains("/BC-SYT", heading, StringComparison.Ordinal);
        Assert.Contains($"năm {year}", await print.InnerTextAsync("#print-period"), StringComparison.Ordinal);
        Assert.StartsWith($"BC-{year}-", await print.InnerTextAsync("#print-reference"), StringComparison.Ordinal);
        await print.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await print.IsVisibleAsync(".print-hint"));
        await BrowserFixture.ScreenshotAsync(print, "reports-print");
    }

    [Fact]
    public async Task HospitalHead_GetsTheHospitalsReport_AndAnotherUnitsIsNotFound()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInTests.SignInAsync(page, "head.bvdk", "DEMOHOSPITALKEY2");
        var year = DateTime.UtcNow.AddHours(7).Year;

        await WhistleblowerFlowTests.GotoInteractiveAsync(page, "/reports");
        Assert.Contains("Bệnh viện", await page.InnerTextAsync("#report-scope"), StringComparison.Ordinal);
        await page.SelectOptionAsync("#report-year", year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.SelectOptionAsync("#report-quarter", "0");
        await page.ClickAsync("#generate-report");
        await page.WaitForSelectorAsync($"#periodic-report[data-period='{year}']");

        Assert.Contains("Bệnh viện", await page.InnerTextAsync("#report-heading"), StringComparison.Ordinal);
        Assert.StartsWith($"BC-{year}-BVDK-", await page.InnerTextAsync("#report-reference"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#table-assessment").CountAsync());
        Assert.True(await page.Locator("#periodic-report table[data-people]").CountAsync() >= 5);
        foreach (var text in await page.Locator("#periodic-report table[data-people] td").AllInnerTextsAsync())
        {
            Assert.DoesNotMatch("^[1-4]$", text.Trim());
        }

        await BrowserFixture.ScreenshotAsync(page, "reports-unit");

        var own = await context.APIRequest.GetAsync($"/reports/{year}/xlsx");
        var other = await context.APIRequest.GetAsync($"/reports/{year}/xlsx?unit=CDC");
        var print = await context.APIRequest.GetAsync($"/reports/{year}/print?unit=SYT");
        Assert.Equal(200, own.Status);
        Assert.Equal(404, other.Status);
        Assert.Equal(404, print.Status);
    }
}

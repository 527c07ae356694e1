using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Checks;
using Portal.Web.Features.Reports;
using Portal.Web.Infrastructure.Cli;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Reports;

/// <summary>The yearly report from the demo Department: figures match the data they come from, and no small group shows.</summary>
public sealed class PeriodicReportTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new();

    public async Task InitializeAsync() =>
        Assert.Equal(0, await Verbs.RunVerbAsync(factory.Services, ["seed-demo"], TextWriter.Null, TextWriter.Null, CancellationToken.None));

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    private DateOnly Today => Portal.Web.DepartmentDate.Today(factory.Clock);

    private static ReportTable Table(PeriodicReport report, string key) => report.Sections.SelectMany(s => s.Tables).Single(t => t.Key == key);

    private static ReportCell Cell(ReportTable table, string rowKey, int column = 0) => table.Rows.Single(r => r.Label.Key == rowKey).Cells[column];

    [Fact]
    public async Task BuildAsync_GivesYearlyFiguresFromDemoData_InEverySection()
    {
        var report = await factory.Services.GetRequiredService<PeriodicReports>().BuildAsync(new ReportPeriod(Today.Year, null), Today);

        Assert.Equal(["cases", "integrity", "checks", "programme", "accountability", "outreach"], report.Sections.Select(s => s.Key));
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var from = new DateOnly(Today.Year, 1, 1);
        var received = await db.Reports.CountAsync(r => r.ReceivedOn >= from && r.MergedIntoId == null);
        var cases = Table(report, "cases-received");
        Assert.Equal(received, cases.Rows[^1].Cells[^1].Value);
        Assert.Equal(received, Table(report, "cases-by-month").Rows.Sum(r => r.Cells[0].Value));

        // Outreach: 32 demo staff, 7 missed the Department-wide training; all of them were expected.
        var participation = Table(report, "outreach-participation");
        Assert.True(Cell(participation, "Reports.Outreach.StaffTrained").Value >= 25);
        Assert.False(Cell(participation, "Reports.Outreach.StaffTrained").Suppressed);
        var coverage = Table(report, "outreach-coverage");
        var total = coverage.Rows[^1];
        Assert.Equal(total.Cells[0].Value, total.Cells[1].Value + total.Cells[2].Value);
        Assert.True(total.Cells[0].Value >= 32);

        var tasks = Table(report, "programme-tasks");
        Assert.Equal(await db.ProgrammeTasks.CountAsync(t => t.Year == Today.Year), Cell(tasks, "Reports.Programme.TasksTotal").Value);
        Assert.Equal("BC-" + Today.Year, report.Reference[..7]);
    }

    [Fact]
    public async Task BuildAsync_ShowsNoCountOfOneToFourPeople_AndNoHiddenCountCanBeSubtracted()
    {
        var report = await factory.Services.GetRequiredService<PeriodicReports>().BuildAsync(new ReportPeriod(Today.Year, null), Today);

        foreach (var table in report.Sections.SelectMany(s => s.Tables).Where(t => t.DescribesPeople))
        {
            Assert.DoesNotContain(table.Rows.SelectMany(r => r.Cells), c => c.Kind == CellKind.Count && !c.Suppressed && c.Value is > 0 and < 5);
            foreach (var row in table.Rows)
            {
                foreach (var sum in table.Sums)
                {
                    Assert.NotEqual(1, new[] { sum.Total }.Concat(sum.Parts).Count(i => row.Cells[i].Suppressed));
                }
            }
        }

        // The demo gift (one person) is hidden, not shown as 1.
        var gifts = Table(report, "gifts");
        Assert.Contains(gifts.Rows[0].Cells, c => c.Suppressed);
    }

    [Fact]
    public async Task GenerateAsync_AuditsWhoGeneratedWhichReport_AndRefusesStaff()
    {
        var reports = factory.Services.GetRequiredService<PeriodicReports>();
        var leader = new ReportActor(Guid.NewGuid(), [Roles.ProgrammeSecretary]);
        var staff = new ReportActor(Guid.NewGuid(), [Roles.Staff]);
        var period = new ReportPeriod(Today.Year, null);

        var report = await reports.GenerateAsync(leader, period, ReportForm.Workbook);
        var refused = await reports.GenerateAsync(staff, period, ReportForm.Page);

        Assert.NotNull(report);
        Assert.Null(refused);
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var exported = await db.AuditEntries.SingleAsync(e => e.Action == ReportsAudit.Exported);
        Assert.Equal((leader.UserId, report!.Reference, $"period={period.Key}"), (exported.ActorUserId!.Value, exported.Subject!, exported.Detail!));
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == ReportsAudit.Refused && e.ActorUserId == staff.UserId));
    }

    [Fact]
    public async Task Workbook_OfDemoYear_OpensWithOneSheetPerSection_AndHoldsNoSmallCount()
    {
        var report = await factory.Services.GetRequiredService<PeriodicReports>().BuildAsync(new ReportPeriod(Today.Year, null), Today);
        var bytes = ReportWorkbook.Write(report, factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>());

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(1 + report.Sections.Count, sheets.Count);
        var outreach = (WorksheetPart)document.WorkbookPart.GetPartById(sheets[^1].Id!.Value!);
        var texts = outreach.Worksheet.Descendants<Cell>().Select(c => c.InnerText).ToList();
        Assert.Contains("<5", texts);
        var integrity = (WorksheetPart)document.WorkbookPart.GetPartById(sheets[2].Id!.Value!);
        var numbers = integrity.Worksheet.Descendants<Cell>().Where(c => c.DataType?.Value == CellValues.Number).Select(c => int.Parse(c.InnerText, System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(numbers, n => n is > 0 and < 5);
    }

    [Fact]
    public async Task BuildAsync_OfDemoYear_HasChecksAndAccountability_WithCheckFiguresShownAndPeopleProtected()
    {
        var report = await factory.Services.GetRequiredService<PeriodicReports>().BuildAsync(new ReportPeriod(Today.Year, null), Today);

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var checks = await CheckStatistics.ForPeriodAsync(db, new DateOnly(Today.Year, 1, 1), new DateOnly(Today.Year, 12, 31), CancellationToken.None);
        var activity = Table(report, "checks-activity");
        Assert.False(activity.DescribesPeople);
        Assert.Equal(checks.Sum(c => c.ChecksPlanned), Cell(activity, "ReportSection.Checks.Planned").Value);
        Assert.Equal(checks.Sum(c => c.RecommendationsMade), Cell(activity, "ReportSection.Checks.RecommendationsMade").Value);
        Assert.True(Cell(activity, "ReportSection.Checks.Planned").Value > 0);
        Assert.Equal(Cell(activity, "ReportSection.Checks.Planned").Value, Table(report, "checks-by-unit").Rows[^1].Cells[0].Value);

        var accountability = report.Sections.Single(s => s.Key == "accountability");
        Assert.Equal(["accountability-discipline", "accountability-heads", "accountability-units", "accountability-measures"], accountability.Tables.Select(t => t.Key));
        Assert.All(accountability.Tables, t => Assert.True(t.DescribesPeople));
        // The demo disciplines a handful of people: never shown as 1 to 4, and the by-unit total hides with them.
        Assert.DoesNotContain(accountability.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells), c => !c.Suppressed && c.Value is > 0 and < 5);
        Assert.Contains(accountability.Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells), c => c.Suppressed);
    }

    [Fact]
    public async Task GenerateAsync_GivesAHospitalHeadTheirHospitalsReport_AndTheDirectorTheDepartments()
    {
        var reports = factory.Services.GetRequiredService<PeriodicReports>();
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var head = new ReportActor(await db.Users.Where(u => u.UserName == "head.bvdk").Select(u => u.Id).SingleAsync(), [Roles.Leader]);
        var director = new ReportActor(await db.Users.Where(u => u.UserName == "director").Select(u => u.Id).SingleAsync(), [Roles.Leader]);
        var period = new ReportPeriod(Today.Year, null);

        var hospital = await reports.GenerateAsync(head, period, ReportForm.Page);
        var department = await reports.GenerateAsync(director, period, ReportForm.Page);

        Assert.Equal("BVDK", hospital!.Scope.UnitCode);
        Assert.True(department!.Scope.IsDepartment);
        Assert.Equal(department.Sections.Select(s => s.Key), hospital.Sections.Select(s => s.Key));
        var bvdk = await db.Units.Where(u => u.Code == "BVDK").Select(u => u.Id).SingleAsync();
        var units = await db.Units.Where(u => u.Id == bvdk || u.ParentId == bvdk).Select(u => u.Id).ToListAsync();
        var from = new DateOnly(Today.Year, 1, 1);
        var handled = await db.Reports.CountAsync(r => r.ReceivedOn >= from && r.MergedIntoId == null && units.Contains(r.ReceivingUnitId));
        Assert.Equal(handled, Table(hospital, "cases-received").Rows[^1].Cells[^1].Value);
        Assert.True(Table(department, "cases-received").Rows[^1].Cells[^1].Value >= handled);
        // The head's breakdowns are by the hospital and its wards, where groups are smallest: still nothing under five shows.
        Assert.Contains(Table(hospital, "accountability-units").Rows, r => r.Label.Vi == "Bệnh viện Đa khoa tỉnh" || r.Label.Vi?.StartsWith("Bệnh viện", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(hospital.Sections.SelectMany(s => s.Tables).Where(t => t.DescribesPeople).SelectMany(t => t.Rows).SelectMany(r => r.Cells),
            c => c.Kind == CellKind.Count && !c.Suppressed && c.Value is > 0 and < 5);
        Assert.DoesNotContain(hospital.Sections.SelectMany(s => s.Tables), t => t.Key == "assessment");
        Assert.StartsWith($"BC-{Today.Year}-BVDK-", hospital.Reference, StringComparison.Ordinal);
        var generated = await db.AuditEntries.SingleAsync(e => e.Action == ReportsAudit.Generated && e.ActorUserId == head.UserId);
        Assert.Equal($"period={period.Key} unit=BVDK", generated.Detail);
    }

    [Fact]
    public async Task GenerateAsync_RefusesAHeadAnotherUnitsReport_AndAuditsIt_ButNotTheDirector()
    {
        var reports = factory.Services.GetRequiredService<PeriodicReports>();
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var head = new ReportActor(await db.Users.Where(u => u.UserName == "head.bvdk").Select(u => u.Id).SingleAsync(), [Roles.Leader]);
        var director = new ReportActor(await db.Users.Where(u => u.UserName == "director").Select(u => u.Id).SingleAsync(), [Roles.Leader]);
        var period = new ReportPeriod(Today.Year, null);

        Assert.Null(await reports.GenerateAsync(head, period, ReportForm.Workbook, "CDC"));
        Assert.Null(await reports.GenerateAsync(head, period, ReportForm.Page, "SYT"));
        Assert.Null(await reports.GenerateAsync(head, period, ReportForm.Page, "NO-SUCH-UNIT"));
        Assert.Equal("BVDK-NOI", (await reports.GenerateAsync(head, period, ReportForm.Page, "bvdk-noi"))!.Scope.UnitCode);
        Assert.Equal("CDC", (await reports.GenerateAsync(director, period, ReportForm.Print, "CDC"))!.Scope.UnitCode);
        Assert.Equal(3, await db.AuditEntries.CountAsync(e => e.Action == ReportsAudit.Refused && e.ActorUserId == head.UserId));
        Assert.Contains(await db.AuditEntries.Where(e => e.Action == ReportsAudit.Refused).Select(e => e.Detail).ToListAsync(), d => d == "unit=CDC");
    }

    [Fact]
    public async Task Workbook_OfDemoYear_HasChecksAndAccountabilitySheets_WithNoSmallCount()
    {
        var report = await factory.Services.GetRequiredService<PeriodicReports>().BuildAsync(new ReportPeriod(Today.Year, null), Today);
        var localizer = factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var bytes = ReportWorkbook.Write(report, localizer);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        var names = sheets.Select(s => s.Name!.Value!).ToList();
        Assert.Equal(7, names.Count);
        Assert.StartsWith("III.", names[3], StringComparison.Ordinal);
        Assert.StartsWith("V.", names[5], StringComparison.Ordinal);
        string[] Texts(int i) => ((WorksheetPart)document.WorkbookPart.GetPartById(sheets[i].Id!.Value!)).Worksheet.Descendants<Cell>().Select(c => c.InnerText).ToArray();
        Assert.Contains(localizer["ReportSection.Checks.RecommendationsClosed"].Value, Texts(3));
        var accountability = (WorksheetPart)document.WorkbookPart.GetPartById(sheets[5].Id!.Value!);
        Assert.Contains(localizer["ReportSection.Accountability.ByForm"].Value, Texts(5));
        var numbers = accountability.Worksheet.Descendants<Cell>().Where(c => c.DataType?.Value == CellValues.Number).Select(c => int.Parse(c.InnerText, System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(numbers, n => n is > 0 and < 5);
        Assert.Contains("<5", Texts(5));
    }
}

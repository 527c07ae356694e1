using System.Security.Claims;
using System.Security.Cryptography;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Web.Data;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Deadlines.Alerts;
using Portal.Web.Features.Deadlines.Calendar;
using Portal.Web.Features.Deadlines.Clocks;
using Portal.Web.Features.Deadlines.Dashboard;
using Portal.Web.Features.Intake;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Tests.Features.Deadlines.Dashboard;

/// <summary>The dashboard page on a real SQLite file with the real <see cref="LeaderDashboard"/> behind it, signed in as the Director.</summary>
public sealed class DashboardPageTests : PortalTestContext
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);
    private readonly string folder = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));
    private readonly DateOnly today = DepartmentDate.Today(TimeProvider.System);

    public DashboardPageTests()
    {
        Directory.CreateDirectory(folder);
        var connection = $"Data Source={Path.Combine(folder, "portal.db")};Pooling=False";
        Services.AddDbContextFactory<SqlitePortalDbContext>(o => o.UseSqlite(connection));
        Services.AddSingleton<IDbContextFactory<PortalDbContext>, PortalDbContextFactory<SqlitePortalDbContext>>();
        Services.AddSingleton<OrganisationDirectory>();
        Services.AddSingleton(StaffTags.FromKeyFile(Path.Combine(folder, "staff-tag.key")));
        Services.AddSingleton<WorkingCalendars>();
        Services.AddSingleton(Options.Create(new AlertOptions()));
        Services.AddSingleton<LeaderDashboard>();
        Services.AddSingleton<Portal.Web.Features.Deadlines.Duties.DutyBoard>();
        using var db = new SqlitePortalDbContext(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite(connection).Options);
        db.Database.Migrate();
    }

    private async Task<PortalDbContext> DbAsync() => await Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    private async Task<(Guid Director, Guid Hospital)> DepartmentAsync()
    {
        await using var db = await DbAsync();
        var root = new Unit { Code = "SYT", Name = "Sở Y tế tỉnh Bình An", Kind = UnitKind.Department, ReceivesReports = true };
        var hospital = new Unit { Code = "BVDK", Name = "Bệnh viện Đa khoa tỉnh", Kind = UnitKind.Hospital, ParentId = root.Id, ReceivesReports = true };
        var member = new StaffMember { FullName = "Nguyễn Văn Hùng", UnitId = root.Id, UnitRole = UnitRole.Head };
        var user = new StaffUser { UserName = "director", NormalizedUserName = "DIRECTOR", DisplayName = "Nguyễn Văn Hùng", StaffMemberId = member.Id };
        db.Units.AddRange(root, hospital);
        db.StaffMembers.Add(member);
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return (user.Id, hospital.Id);
    }

    private async Task<Guid> CaseAsync(Guid unitId, string code, DateOnly due, Guid? assignee = null)
    {
        await using var db = await DbAsync();
        var report = new Report
        {
            CaseCode = code, Stage = CaseStage.Verifying, ReceivingUnitId = unitId, ReceivedOn = due.AddDays(-30), DueOn = due,
            LookupHash = RandomNumberGenerator.GetBytes(32), ContentKeyForReporter = new byte[80], ReporterPublicKey = new byte[32], Body = new byte[64],
        };
        db.Reports.Add(report);
        db.CaseClocks.Add(new CaseClock { ReportId = report.Id, RuleId = 4, RuleCode = Portal.Web.Features.Deadlines.Rules.RuleCodes.DenunciationSettle, StartedOn = due.AddDays(-30), DueOn = due });
        if (assignee is { } userId)
        {
            db.CaseAssignments.Add(new CaseAssignment { ReportId = report.Id, UserId = userId, AssignedByUserId = userId });
        }

        await db.SaveChangesAsync();
        return report.Id;
    }

    private void SignIn(Guid userId)
    {
        Auth.SetAuthorized("director");
        Auth.SetRoles(Roles.Leader);
        Auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, userId.ToString()));
    }

    [Fact]
    public async Task DashboardPage_ShowsCountsAndDrillsDownToUnitCases_WhenUnitClicked()
    {
        var (director, hospital) = await DepartmentAsync();
        var overdue = await CaseAsync(hospital, "PA-2026-000101", today.AddDays(-14), director);
        await CaseAsync(hospital, "PA-2026-000102", today);
        await CaseAsync(hospital, "PA-2026-000103", today.AddDays(60));
        SignIn(director);

        var page = RenderWithProviders<DashboardPage>();
        page.WaitForAssertion(() => Assert.Equal("1", page.Find("#overdue-total").TextContent.Trim()), Wait);

        Assert.Equal("1", page.Find("#at-risk-total").TextContent.Trim());
        Assert.Contains("toàn bộ Sở Y tế tỉnh Bình An", page.Find("#dashboard-scope").TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.FindAll("#on-time-chart svg"));
        Assert.NotEmpty(page.FindAll("#unit-chart svg"));
        Assert.Equal("Nguyễn Văn Hùng", page.Find($"#handlers tr[data-handler='{director}'] td").TextContent.Trim());

        page.Find("#units tr[data-unit='BVDK']").Click();

        page.WaitForAssertion(() => Assert.Contains("Bệnh viện Đa khoa tỉnh", page.Find("#drilldown-title").TextContent, StringComparison.Ordinal), Wait);
        var rows = page.FindAll("#drilldown tbody tr");
        Assert.Equal(["PA-2026-000101", "PA-2026-000102"], rows.Select(r => r.GetAttribute("data-case")));
        var first = rows[0];
        Assert.Equal($"/cases/{overdue}", first.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Giải quyết tố cáo", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("Quá hạn", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Văn Hùng", first.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("PA-2026-000103", page.Find("#drilldown").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DashboardPage_SaysThereIsNothingToOversee_WhenLeaderLeadsNoUnit()
    {
        Guid userId;
        await using (var db = await DbAsync())
        {
            var user = new StaffUser { UserName = "leader", NormalizedUserName = "LEADER", DisplayName = "Lãnh đạo" };
            db.Users.Add(user);
            await db.SaveChangesAsync();
            userId = user.Id;
        }

        SignIn(userId);

        var page = RenderWithProviders<DashboardPage>();

        page.WaitForAssertion(() => Assert.Contains("chưa được ghi nhận là cấp trưởng", page.Find("#dashboard-empty").TextContent, StringComparison.Ordinal), Wait);
        Assert.Empty(page.FindAll("#units"));
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Litter in the temp folder at worst.
        }
    }
}

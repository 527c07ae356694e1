using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Organisation;
using Portal.Web.Infrastructure.Cli;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Demo;

public sealed class DemoSeederTests
{
    [Fact]
    public async Task SeedDemo_CreatesDepartmentWithHeadsAndAccounts_WhenEmpty()
    {
        using var factory = new PortalFactory();
        var output = new StringWriter();

        var exit = await Verbs.RunVerbAsync(factory.Services, ["seed-demo"], output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(0, exit);
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.InRange(await db.StaffMembers.CountAsync(), 28, 40);
        Assert.Equal(1, await db.Units.CountAsync(u => u.ParentId == null));
        var hospital = await db.Units.SingleAsync(u => u.Code == "BVDK");
        Assert.Equal("Lương Văn Khánh", (await db.StaffMembers.SingleAsync(s => s.UnitId == hospital.Id && s.UnitRole == UnitRole.Head)).FullName);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        foreach (var role in Roles.All)
        {
            Assert.NotEmpty(await users.GetUsersInRoleAsync(role));
        }

        Assert.Contains("DEMOHANDLERKEY23", output.ToString(), StringComparison.Ordinal);
        Assert.True((await users.FindByNameAsync("handler"))!.TwoFactorEnabled);

        // Demo cases at several stages, one routed to the Director because it names the hospital's head.
        var stages = await db.Reports.Select(r => new { r.Stage, r.Level }).ToListAsync();
        Assert.Equal(5, stages.Count);
        Assert.Contains(stages, s => s.Stage == Portal.Web.Features.Cases.CaseStage.Concluded);
        Assert.Contains(stages, s => s.Stage == Portal.Web.Features.Cases.CaseStage.Verifying);
        Assert.Contains(stages, s => s.Level == Portal.Web.Features.Cases.CaseLevel.Director);
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Count(output.ToString(), "PA-\\d{4}-\\d{6}  receipt "));

        // Integrity: a declaration pair whose increase is flagged for review, a gift, a conflict, a policy, annual dues.
        var declarations = await db.Declarations.Select(d => new { d.Change, d.Status }).ToListAsync();
        Assert.Equal(2, declarations.Count);
        Assert.Contains(declarations, d => d.Change == Portal.Web.Features.Integrity.Declarations.ChangeOutcome.ExplanationRequired);
        Assert.Equal(1, await db.GiftReports.CountAsync());
        Assert.Equal(1, await db.ConflictReports.CountAsync());
        Assert.Equal(1, await db.PolicyVersions.CountAsync());
        Assert.True(await db.DeclarationDues.CountAsync() >= 10);
    }

    [Fact]
    public async Task SeedDemo_GivesDirectorOverdueCasesAndNotices_WhenSeeded()
    {
        using var factory = new PortalFactory();

        Assert.Equal(0, await Verbs.RunVerbAsync(factory.Services, ["seed-demo"], TextWriter.Null, TextWriter.Null, CancellationToken.None));

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var director = await db.Users.SingleAsync(u => u.UserName == "director");
        var today = DepartmentDate.Today(factory.Clock);
        var summary = await factory.Services.GetRequiredService<Portal.Web.Features.Deadlines.Dashboard.LeaderDashboard>().SummaryAsync(director.Id, today, 6);
        Assert.True(summary.Overdue >= 2, $"overdue {summary.Overdue}");
        Assert.True(summary.ClocksOnTime >= 1, $"on time {summary.ClocksOnTime}");
        // The past was made by moving dates back, never forward.
        Assert.All(await db.CaseClocks.ToListAsync(), c => Assert.True(c.StartedOn <= today));
        Assert.NotEmpty(await db.Notifications.Where(n => n.UserId == director.Id).ToListAsync());
    }

    [Fact]
    public async Task SeedDemo_RefusesAndChangesNothing_WhenPortalHasData()
    {
        using var factory = new PortalFactory();
        await factory.CreateAsync(Roles.Administrator, userName: "real-admin");
        var output = new StringWriter();

        var exit = await Verbs.RunVerbAsync(factory.Services, ["seed-demo"], output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("already has data", output.ToString(), StringComparison.Ordinal);
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Equal(0, await db.Units.CountAsync());
        Assert.Equal(1, await db.Users.CountAsync());
    }

    [Fact]
    public async Task DemoSetting_SeedsAtStart_WhenEmpty()
    {
        using var factory = new PortalFactory();
        factory.Settings["Portal:Demo"] = "true";

        var response = await factory.CreateBrowserlessClient().SignInAsync("staff", "demo-portal-2026");

        Assert.Equal("/", response.RedirectPath());
    }
}

using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Audit;
using Portal.Web.Features.Deadlines.Rules;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Deadlines.Rules;

/// <summary>Rule revisions on the seeded rules, one rule code per test (the class shares a database).</summary>
public sealed class ReviseDeadlineRuleTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private T Use<T>() where T : notnull => factory.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    private DateOnly Today => DepartmentDate.Today(factory.Clock);

    private async Task<PortalDbContext> DbAsync() => await Use<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    private async Task<List<DeadlineRule>> VersionsAsync(string code)
    {
        await using var db = await DbAsync();
        return (await db.DeadlineRules.AsNoTracking().Where(r => r.Code == code).ToListAsync()).OrderBy(r => r.EffectiveFrom).ToList();
    }

    private async Task<DeadlineRuleRevision> RevisionAsync(string code, DateOnly from) =>
        DeadlineRuleRevision.From((await VersionsAsync(code)).Single(r => r.IsInForceOn(Today)), from);

    [Fact]
    public async Task Handle_ClosesCurrentVersionAndAddsNewOne_WhenFromTomorrow()
    {
        var admin = await factory.CreateAsync(Roles.Administrator);
        var revision = await RevisionAsync("denunciation.review", Today.AddDays(1));
        revision.Duration = 25;
        revision.LegalBasis = "Luật Tố cáo 25/2018/QH14, Điều 37 (sửa đổi)";

        var result = await Use<ReviseDeadlineRule>().HandleAsync(revision, admin.Id);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var versions = await VersionsAsync("denunciation.review");
        Assert.Equal(2, versions.Count);
        Assert.Equal((20, (DateOnly?)Today, "Luật Tố cáo 25/2018/QH14, Điều 37"), (versions[0].Duration, versions[0].EffectiveTo, versions[0].LegalBasis));
        Assert.Equal((25, Today.AddDays(1), (DateOnly?)null), (versions[1].Duration, versions[1].EffectiveFrom, versions[1].EffectiveTo));
        Assert.Equal(versions[0].NameVi, versions[1].NameVi);
        Assert.Equal(20, (await Use<DueDates>().ForAsync("denunciation.review", Today))!.Rule.Duration);
        Assert.Equal(25, (await Use<DueDates>().ForAsync("denunciation.review", Today.AddDays(1)))!.Rule.Duration);
        await using var db = await DbAsync();
        var entry = await db.AuditEntries.SingleAsync(e => e.Action == AuditActions.DeadlineRuleRevised && e.Subject == "denunciation.review");
        Assert.Equal(admin.Id, entry.ActorUserId);
        Assert.Contains("duration 20 Days -> 25 Days; legal basis", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_SavesAlertAndExtensionPlans_AndRefusesOnesTheClocksCouldNotRead()
    {
        var bad = await RevisionAsync("complaint.settle", Today.AddDays(1));
        bad.AlertPlan = "50%:nobody";
        bad.ExtensionPlan = "complex:thirty-days";
        var refused = await Use<ReviseDeadlineRule>().HandleAsync(bad, null);

        Assert.False(refused.Succeeded);
        Assert.Equal(2, refused.Errors.Count);
        Assert.Single(await VersionsAsync("complaint.settle"));

        var good = await RevisionAsync("complaint.settle", Today.AddDays(1));
        good.AlertPlan = "50%:handler due:head +1:head +2:director";
        good.ExtensionPlan = "complex:1x15d";
        var saved = await Use<ReviseDeadlineRule>().HandleAsync(good, null);
        Assert.True(saved.Succeeded, string.Join(" ", saved.Errors));
        var next = (await VersionsAsync("complaint.settle"))[^1];
        Assert.Equal(("50%:handler due:head +1:head +2:director", "complex:1x15d"), (next.AlertPlan, next.ExtensionPlan));
    }

    [Fact]
    public async Task Handle_RefusesAndSavesNothing_WhenNewVersionStartsInThePast()
    {
        var revision = await RevisionAsync("staff-report.handle", Today.AddDays(-1));
        revision.Duration = 20;

        var result = await Use<ReviseDeadlineRule>().HandleAsync(revision, null);

        Assert.False(result.Succeeded);
        Assert.Contains("không được ở trong quá khứ", Assert.Single(result.Errors), StringComparison.Ordinal);
        var version = Assert.Single(await VersionsAsync("staff-report.handle"));
        Assert.Null(version.EffectiveTo);
    }

    [Fact]
    public async Task Handle_RefusesOverlap_WhenRevisedVersionIsAlreadyFollowedByAnother()
    {
        var first = await RevisionAsync("declaration.first", Today.AddDays(10));
        first.Duration = 15;
        Assert.True((await Use<ReviseDeadlineRule>().HandleAsync(first, null)).Succeeded);
        // The version in force until then, as it is now (ending the day before the new one).
        var ending = (await VersionsAsync("declaration.first"))[0];
        var late = DeadlineRuleRevision.From(ending, Today.AddDays(20));
        late.Duration = 12;

        var result = await Use<ReviseDeadlineRule>().HandleAsync(late, null);

        Assert.False(result.Succeeded);
        Assert.Contains($"kết thúc ngày {Today.AddDays(9):dd/MM/yyyy} và đã có phiên bản kế tiếp", Assert.Single(result.Errors), StringComparison.Ordinal);
        Assert.Equal([10, 15], (await VersionsAsync("declaration.first")).Select(v => v.Duration));
    }

    [Fact]
    public async Task Handle_RefusesOverlap_WhenAnotherVersionStartsLaterInTheNewPeriod()
    {
        // A later version entered outside the portal (or by a concurrent change) must not end up overlapped.
        await using (var db = await DbAsync())
        {
            var current = await db.DeadlineRules.AsNoTracking().SingleAsync(r => r.Code == "conflict.report");
            db.DeadlineRules.Add(new DeadlineRule
            {
                Code = current.Code, NameVi = current.NameVi, NameEn = current.NameEn, LegalBasis = current.LegalBasis,
                Duration = 3, Unit = current.Unit, EffectiveFrom = Today.AddDays(30), Version = 1,
            });
            await db.SaveChangesAsync();
        }

        var revision = await RevisionAsync("conflict.report", Today.AddDays(5));
        revision.Duration = 4;

        var result = await Use<ReviseDeadlineRule>().HandleAsync(revision, null);

        Assert.False(result.Succeeded);
        Assert.Contains($"trùng với phiên bản từ {Today.AddDays(30):dd/MM/yyyy} đến không thời hạn", Assert.Single(result.Errors), StringComparison.Ordinal);
        Assert.Equal(2, (await VersionsAsync("conflict.report")).Count);
    }

    [Fact]
    public async Task Handle_ReportsConflict_WhenSecondAdministratorSavesStaleVersion()
    {
        var mine = await RevisionAsync("gift.report", Today.AddDays(3));
        var theirs = await RevisionAsync("gift.report", Today.AddDays(4));
        mine.Duration = 6;
        theirs.Duration = 8;

        var first = await Use<ReviseDeadlineRule>().HandleAsync(mine, null);
        var second = await Use<ReviseDeadlineRule>().HandleAsync(theirs, null);

        Assert.True(first.Succeeded);
        Assert.False(second.Succeeded);
        Assert.True(second.Conflict);
        Assert.Contains("Người khác vừa sửa mục này", Assert.Single(second.Errors), StringComparison.Ordinal);
        Assert.Equal([5, 6], (await VersionsAsync("gift.report")).Select(v => v.Duration));
    }

    [Fact]
    public async Task Handle_SaysNothingChanged_WhenRevisionEqualsCurrentVersion()
    {
        var revision = await RevisionAsync("heads-responsibility.consider", Today.AddDays(1));

        var result = await Use<ReviseDeadlineRule>().HandleAsync(revision, null);

        Assert.False(result.Succeeded);
        Assert.Contains("Chưa có thay đổi nào", Assert.Single(result.Errors), StringComparison.Ordinal);
    }
}

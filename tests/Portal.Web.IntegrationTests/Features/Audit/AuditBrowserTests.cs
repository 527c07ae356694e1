using System.Data.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Audit;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Audit;

/// <summary>The audit page's queries on a real SQLite file: filters, paging, names joined from accounts, and the plans SQLite picks.</summary>
public sealed class AuditBrowserTests(AuditBrowserTests.World world) : IClassFixture<AuditBrowserTests.World>
{
    private const string Bulk = "test.bulk";

    private AuditBrowser Browser => world.Factory.Services.GetRequiredService<AuditBrowser>();

    private async Task<AuditPage> PageAsync(AuditFilter filter, int page = 0) => await Browser.PageAsync(filter, page);

    /// <summary>Filters that leave out the 120 bulk entries of day 3, so the small scenario reads plainly.</summary>
    private AuditFilter Small => new() { To = world.Day0.AddDays(2) };

    [Fact]
    public async Task PageAsync_ListsNewestFirstWithActorNames_WhenOnlyDatesFilter()
    {
        var page = await PageAsync(Small);

        Assert.Equal(7, page.Total);
        Assert.Equal(
        [
            "report.reply-sent Lê Văn Nam", "account.sign-in Lê Văn Nam", "report.file-opened Trần Thị Hoa", "report.opened Trần Thị Hoa",
            "account.sign-in-failed ", "report.opened Lê Văn Nam", "account.sign-in Trần Thị Hoa",
        ], page.Rows.Select(r => $"{r.Action} {r.ActorName}"));
        Assert.Equal(page.Rows.Select(r => r.Id).OrderDescending(), page.Rows.Select(r => r.Id));
        Assert.Equal(world.Nam.UserName, page.Rows[0].ActorUserName);
    }

    [Fact]
    public async Task PageAsync_NarrowsRows_WhenFilteredByAction()
    {
        var page = await PageAsync(Small with { Action = AuditActions.ReportOpened });

        Assert.Equal(2, page.Total);
        Assert.All(page.Rows, r => Assert.Equal(AuditActions.ReportOpened, r.Action));
    }

    [Fact]
    public async Task PageAsync_NarrowsRows_WhenFilteredByActor()
    {
        var page = await PageAsync(Small with { ActorUserId = world.Hoa.Id });

        Assert.Equal(3, page.Total);
        Assert.All(page.Rows, r => Assert.Equal("Trần Thị Hoa", r.ActorName));
    }

    [Theory]
    [InlineData("report-aa", 3)]
    [InlineData("report-aaa", 2)]
    [InlineData(" report-bbb ", 1)]
    [InlineData("eport", 0)]
    public async Task PageAsync_NarrowsRows_WhenFilteredBySubjectStart(string subject, int expected)
    {
        var page = await PageAsync(Small with { Subject = subject });

        Assert.Equal(expected, page.Total);
        Assert.All(page.Rows, r => Assert.StartsWith(subject.Trim(), r.Subject, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, 0, 3)]
    [InlineData(1, 1, 2)]
    [InlineData(1, 2, 4)]
    [InlineData(2, 3, 122)]
    [InlineData(4, 9, 0)]
    public async Task PageAsync_NarrowsRows_WhenFilteredByVietnamDays(int from, int to, int expected)
    {
        var page = await PageAsync(new AuditFilter { From = world.Day0.AddDays(from), To = world.Day0.AddDays(to) });

        Assert.Equal(expected, page.Total);
    }

    [Fact]
    public async Task PageAsync_CombinesFilters_WhenSeveralGiven()
    {
        var page = await PageAsync(Small with { Action = AuditActions.ReportOpened, ActorUserId = world.Hoa.Id, Subject = "report-aab" });

        var row = Assert.Single(page.Rows);
        Assert.Equal("report-aab", row.Subject);
    }

    [Fact]
    public async Task PageAsync_PagesByFifty_WhenManyEntries()
    {
        var first = await PageAsync(new AuditFilter { Action = Bulk });
        var third = await PageAsync(new AuditFilter { Action = Bulk }, page: 2);

        Assert.Equal(120, first.Total);
        Assert.Equal(50, first.Rows.Count);
        Assert.Equal("bulk-119", first.Rows[0].Subject);
        Assert.Equal(20, third.Rows.Count);
        Assert.Equal("bulk-0", third.Rows[^1].Subject);
    }

    [Fact]
    public async Task PageAsync_StartsAtEntry_WhenUpToIdGiven()
    {
        var all = await PageAsync(Small);
        var target = all.Rows[3];

        var page = await PageAsync(new AuditFilter { UpToId = target.Id });

        Assert.Equal(target.Id, page.Rows[0].Id);
        Assert.Equal(4, page.Total);
    }

    [Fact]
    public async Task ActorsAsync_FindsAccounts_ByDisplayOrUserName()
    {
        Assert.Equal([world.Hoa.Id], (await Browser.ActorsAsync("Thị Hoa")).Select(a => a.Id));
        Assert.Equal([world.Nam.Id], (await Browser.ActorsAsync(world.Nam.UserName)).Select(a => a.Id));
    }

    [SqliteOnlyTheory("reads SQLite's EXPLAIN QUERY PLAN; PostgreSQL's planner picks plans by statistics")]
    [InlineData("action", "IX_AuditEntries_Action_Id")]
    [InlineData("actor", "IX_AuditEntries_ActorUserId_Id")]
    [InlineData("subject", "IX_AuditEntries_Subject_Id")]
    [InlineData("day", "IX_AuditEntries_At")]
    public async Task PageQuery_UsesIndex_WhenFiltered(string by, string index)
    {
        var filter = by switch
        {
            "action" => new AuditFilter { Action = AuditActions.SignIn },
            "actor" => new AuditFilter { ActorUserId = world.Hoa.Id },
            "subject" => new AuditFilter { Subject = "report-a" },
            _ => new AuditFilter { From = world.Day0, To = world.Day0 },
        };

        var plan = await PlanAsync(filter);

        Assert.Contains(plan, line => line.Contains($"USING INDEX {index} ", StringComparison.Ordinal));
        Assert.Empty(FullScans(plan));
    }

    [SqliteOnlyTheory("reads SQLite's EXPLAIN QUERY PLAN; PostgreSQL's planner picks plans by statistics")]
    [InlineData("none")]
    [InlineData("action")]
    [InlineData("actor")]
    public async Task PageQuery_ReadsInIdOrderWithoutSorting_WhenFilteredByEqualityOrNothing(string by)
    {
        var filter = by switch
        {
            "action" => new AuditFilter { Action = AuditActions.SignIn },
            "actor" => new AuditFilter { ActorUserId = world.Hoa.Id },
            _ => new AuditFilter(),
        };

        var plan = await PlanAsync(filter);

        // A temporary B-tree for the ORDER BY means reading every matching row to show fifty.
        Assert.DoesNotContain(plan, line => line.Contains("USE TEMP B-TREE", StringComparison.Ordinal));
        Assert.Contains(plan, line => line.Contains("USING INDEX sqlite_autoindex_AspNetUsers_1 (Id=?)", StringComparison.Ordinal));
    }

    /// <summary>
    /// Tables read whole: "SCAN x" where x is not the page's subquery (a co-routine whose fifty rows are read
    /// once for the join).
    /// </summary>
    private static List<string> FullScans(List<string> plan)
    {
        var coroutines = plan.Where(l => l.StartsWith("CO-ROUTINE ", StringComparison.Ordinal)).Select(l => l["CO-ROUTINE ".Length..]).ToHashSet();
        return plan.Where(l => l.StartsWith("SCAN ", StringComparison.Ordinal) && !coroutines.Contains(l["SCAN ".Length..])).ToList();
    }

    /// <summary>SQLite's plan for the page query exactly as the browser sends it, parameters included.</summary>
    private async Task<List<string>> PlanAsync(AuditFilter filter)
    {
        await using var db = await world.Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var query = AuditBrowser.Rows(db, AuditBrowser.Filtered(db, filter).OrderByDescending(e => e.Id).Skip(50).Take(50));
        await using DbCommand command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await db.Database.OpenConnectionAsync();
        var lines = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(3));
            }
        }

        return lines;
    }

    /// <summary>
    /// Two accounts and seven entries over three Vietnam days, then 120 bulk entries on a fourth day. The
    /// portal's fake clock moves a whole day between groups, so each group falls on its own day.
    /// </summary>
    public sealed class World : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public StaffUser Hoa { get; private set; } = default!;

        public StaffUser Nam { get; private set; } = default!;

        public DateOnly Day0 { get; private set; }

        public async Task InitializeAsync()
        {
            Hoa = await NamedAsync(Roles.Administrator, "Trần Thị Hoa");
            Nam = await NamedAsync(Roles.Staff, "Lê Văn Nam");
            var log = Factory.Services.GetRequiredService<AuditLog>();
            Day0 = DateOnly.FromDateTime(Factory.Clock.GetUtcNow().ToOffset(AuditBrowser.DisplayOffset).DateTime);

            await log.AppendAsync(AuditActions.SignIn, Hoa.Id, detail: "password");
            await log.AppendAsync(AuditActions.ReportOpened, Nam.Id, "report-aaa");
            await log.AppendAsync(AuditActions.SignInFailed, null, detail: "password: unknown-account");
            Factory.Clock.Advance(TimeSpan.FromDays(1));
            await log.AppendAsync(AuditActions.ReportOpened, Hoa.Id, "report-aab");
            await log.AppendAsync(AuditActions.FileOpened, Hoa.Id, "report-bbb");
            Factory.Clock.Advance(TimeSpan.FromDays(1));
            await log.AppendAsync(AuditActions.SignIn, Nam.Id, detail: "password");
            await log.AppendAsync(AuditActions.ReplySent, Nam.Id, "report-aaa");
            Factory.Clock.Advance(TimeSpan.FromDays(1));
            for (var i = 0; i < 120; i++)
            {
                await log.AppendAsync(Bulk, null, $"bulk-{i}");
            }
        }

        private async Task<StaffUser> NamedAsync(string role, string displayName)
        {
            var user = await Factory.CreateAsync(role, withKey: false);
            await using var scope = Factory.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var stored = (await users.FindByIdAsync(user.Id.ToString()))!;
            stored.DisplayName = displayName;
            Assert.True((await users.UpdateAsync(stored)).Succeeded);
            return stored;
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }
}

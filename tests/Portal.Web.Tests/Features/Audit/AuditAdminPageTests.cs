using Bunit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Data;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Audit;

namespace Portal.Web.Tests.Features.Audit;

/// <summary>The audit page on a real SQLite file, with the portal's own AuditLog and AuditBrowser behind it.</summary>
public sealed class AuditAdminPageTests : PortalTestContext
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);
    private readonly string folder = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));

    public AuditAdminPageTests()
    {
        Directory.CreateDirectory(folder);
        var connection = $"Data Source={Path.Combine(folder, "portal.db")};Pooling=False";
        Services.AddDbContextFactory<SqlitePortalDbContext>(o => o.UseSqlite(connection));
        Services.AddSingleton<IDbContextFactory<PortalDbContext>, PortalDbContextFactory<SqlitePortalDbContext>>();
        Services.AddSingleton<AuditLog>();
        Services.AddSingleton<AuditBrowser>();
        using var db = new SqlitePortalDbContext(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite(connection).Options);
        db.Database.Migrate();
    }

    private AuditLog Log => Services.GetRequiredService<AuditLog>();

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "portal.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<StaffUser> AccountAsync(string userName, string displayName)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var user = new StaffUser { UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), DisplayName = displayName };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user;
    }

    private IRenderedComponent<AuditAdminPage> RenderPage()
    {
        var page = RenderWithProviders<AuditAdminPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("#audit-grid tbody tr")), Wait);
        return page;
    }

    private static List<string> Rows(IRenderedComponent<AuditAdminPage> page) =>
        page.FindAll("#audit-grid tbody tr .audit-id").Select(e => e.TextContent.Trim()).ToList();

    [Fact]
    public async Task VerifyNow_SaysIntactWithCount_WhenChainUntouched()
    {
        for (var i = 0; i < 3; i++)
        {
            await Log.AppendAsync(AuditActions.SignIn, Guid.NewGuid(), detail: "password");
        }

        var page = RenderPage();
        Assert.Contains("chưa được kiểm tra", page.Find("#chain-status").TextContent, StringComparison.Ordinal);

        page.Find("#verify-chain").Click();

        page.WaitForAssertion(() =>
            Assert.Contains("Nguyên vẹn: đã kiểm tra 3 mục", page.Find("#chain-status").TextContent, StringComparison.Ordinal), Wait);
        Assert.Empty(page.FindAll("#chain-broken"));
        Assert.Empty(page.FindAll("tr.audit-broken"));
    }

    [Fact]
    public async Task VerifyNow_NamesAndHighlightsBrokenEntry_WhenDetailTamperedInDatabase()
    {
        for (var i = 1; i <= 5; i++)
        {
            await Log.AppendAsync(AuditActions.ReportOpened, Guid.NewGuid(), $"report-{i}", $"note-{i}");
        }

        await ExecuteAsync("UPDATE AuditEntries SET Detail = 'rewritten' WHERE Id = 3;");
        var page = RenderPage();

        page.Find("#verify-chain").Click();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("#chain-broken")), Wait);
        var status = page.Find("#chain-broken").TextContent;
        Assert.Contains("Chuỗi bị đứt tại mục #3 (", status, StringComparison.Ordinal);
        Assert.Contains("Mở phản ánh", status, StringComparison.Ordinal);
        Assert.Contains("2 mục trước đó vẫn khớp", status, StringComparison.Ordinal);
        // The list now starts at the broken entry, marked so it does not rely on colour alone.
        page.WaitForAssertion(() => Assert.Equal(["3", "2", "1"], Rows(page)), Wait);
        var highlighted = Assert.Single(page.FindAll("tr.audit-broken"));
        Assert.Contains("rewritten", highlighted.TextContent, StringComparison.Ordinal);
        Assert.Equal("Mục làm đứt chuỗi", highlighted.QuerySelector("svg title")?.TextContent);

        // The verb reads the same service and names the same entry.
        var output = new StringWriter();
        Assert.Equal(1, await new AuditVerifyVerb(Log).RunAsync(["verify"], output, CancellationToken.None));
        Assert.Contains("breaks at entry 3 (", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grid_ShowsNewestFirstWithActorNames_WhenOpened()
    {
        var hoa = await AccountAsync("hoa.tt", "Trần Thị Hoa");
        await Log.AppendAsync(AuditActions.SignIn, hoa.Id, detail: "password");
        await Log.AppendAsync(AuditActions.SignInFailed, null, detail: "password: unknown-account");
        await Log.AppendAsync(AuditActions.ReportOpened, hoa.Id, "report-1");

        var page = RenderPage();

        Assert.Equal(["3", "2", "1"], Rows(page));
        var first = page.FindAll("#audit-grid tbody tr")[0].TextContent;
        Assert.Contains("Trần Thị Hoa (hoa.tt)", first, StringComparison.Ordinal);
        Assert.Contains("Mở phản ánh", first, StringComparison.Ordinal);
        Assert.Contains("Không gắn tài khoản", page.FindAll("#audit-grid tbody tr")[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grid_ShowsFiftyRowsAndTotal_WhenManyEntries()
    {
        for (var i = 0; i < 60; i++)
        {
            await Log.AppendAsync(AuditActions.SignIn, null, $"s-{i}");
        }

        var page = RenderPage();

        Assert.Equal(50, Rows(page).Count);
        Assert.Equal("60", Rows(page)[0]);
        Assert.Contains("1–50 trên tổng số 60", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubjectFilter_NarrowsRows_WhenTyped()
    {
        await Log.AppendAsync(AuditActions.ReportOpened, null, "report-aaa");
        await Log.AppendAsync(AuditActions.ReportOpened, null, "report-bbb");
        await Log.AppendAsync(AuditActions.FileOpened, null, "report-aab");
        var page = RenderPage();
        Assert.Equal(3, Rows(page).Count);

        page.Find("#filter-subject").Input("report-aa");

        page.WaitForAssertion(() => Assert.Equal(["3", "1"], Rows(page)), Wait);
    }

    [Fact]
    public async Task Grid_SaysNothingMatches_WhenFilterFindsNothing()
    {
        await Log.AppendAsync(AuditActions.ReportOpened, null, "report-aaa");
        var page = RenderPage();

        page.Find("#filter-subject").Input("nothing-like-this");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("#audit-empty")), Wait);
        Assert.Empty(Rows(page));
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        SqliteConnection.ClearAllPools();
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

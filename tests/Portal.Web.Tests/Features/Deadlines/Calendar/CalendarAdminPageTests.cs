using System.Security.Claims;
using Bunit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Data;
using Portal.Web.Features.Audit;
using Portal.Web.Features.Deadlines.Calendar;

namespace Portal.Web.Tests.Features.Deadlines.Calendar;

/// <summary>The calendar page on a real SQLite file, with the portal's own handler, provider and audit log behind it.</summary>
public sealed class CalendarAdminPageTests : PortalTestContext
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);
    private readonly string folder = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));
    private readonly Guid adminId = Guid.NewGuid();

    public CalendarAdminPageTests()
    {
        Directory.CreateDirectory(folder);
        var connection = $"Data Source={Path.Combine(folder, "portal.db")};Pooling=False";
        Services.AddDbContextFactory<SqlitePortalDbContext>(o => o.UseSqlite(connection));
        Services.AddSingleton<IDbContextFactory<PortalDbContext>, PortalDbContextFactory<SqlitePortalDbContext>>();
        Services.AddSingleton<AuditLog>();
        Services.AddSingleton<WorkingCalendars>();
        Services.AddScoped<CalendarOverrides>();
        Auth.SetAuthorized("admin");
        Auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, adminId.ToString()));
        using var db = new SqlitePortalDbContext(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite(connection).Options);
        db.Database.Migrate();
    }

    private IRenderedComponent<CalendarAdminPage> RenderYear(string year)
    {
        var navigation = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        navigation.NavigateTo($"/admin/calendar?year={Uri.EscapeDataString(year)}");
        var page = RenderWithProviders<CalendarAdminPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("#calendar-year table.cal-month")), Wait);
        return page;
    }

    private static string Classes(IRenderedComponent<CalendarAdminPage> page, string date) =>
        page.Find($"td[data-date='{date}']").GetAttribute("class") ?? "";

    [Fact]
    public void Page_MarksTetAndSubstituteDays_WhenYear2026Shown()
    {
        var page = RenderYear("2026");

        Assert.Equal(12, page.FindAll("table.cal-month").Count);
        Assert.Equal("2026", page.Find("#shown-year").TextContent.Trim());
        // Tết 2026: 16–20 February (Monday to Friday), Lunar New Year's Day on Tuesday 17 February.
        foreach (var day in new[] { "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20" })
        {
            Assert.Contains("holiday", Classes(page, day), StringComparison.Ordinal);
        }

        Assert.Equal("Tết Nguyên đán", page.Find("td[data-date='2026-02-17']").GetAttribute("title"));
        Assert.Contains("weekend", Classes(page, "2026-02-21"), StringComparison.Ordinal);
        Assert.DoesNotContain("off", Classes(page, "2026-02-23"), StringComparison.Ordinal);
        var row = page.Find("#holidays tr[data-date='2026-02-17']").TextContent;
        Assert.Contains("Tết Nguyên đán", row, StringComparison.Ordinal);
        Assert.Contains("Ngày lễ, Tết", row, StringComparison.Ordinal);
        Assert.Contains("Chưa có điều chỉnh nào", page.Find("#overrides").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_MarksSubstituteDay_WhenHolidayFellOnSaturday()
    {
        // 1 January 2022 was a Saturday: its substitute day is Monday 3 January.
        var page = RenderYear("2022");

        Assert.Contains("holiday", Classes(page, "2022-01-01"), StringComparison.Ordinal);
        Assert.Contains("substitute", Classes(page, "2022-01-03"), StringComparison.Ordinal);
        Assert.Contains("Nghỉ bù", page.Find("#holidays tr[data-date='2022-01-03']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddForm_StoresOverrideAndMarksDay_WhenDayPickedAndSaved()
    {
        var page = RenderYear("2027");
        Assert.DoesNotContain("off", Classes(page, "2027-02-12"), StringComparison.Ordinal);

        page.Find("td[data-date='2027-02-12']").Click();
        page.WaitForAssertion(() => Assert.Equal("12/02/2027", page.Find("#override-date").GetAttribute("value")), Wait);
        page.Find("#override-name").Change("Nghỉ Tết bổ sung");
        page.Find("#override-basis").Change("Thông báo 123/TB-BNV");
        page.Find("#add-override").Click();

        page.WaitForAssertion(() => Assert.Contains("override-off", Classes(page, "2027-02-12"), StringComparison.Ordinal), Wait);
        Assert.Contains("off", Classes(page, "2027-02-12").Split(' '));
        Assert.NotNull(page.Find("td[data-date='2027-02-12'] sup.cal-mark"));
        Assert.Contains("Nghỉ Tết bổ sung", page.Find("#overrides tr[data-date='2027-02-12']").TextContent, StringComparison.Ordinal);
        await using var db = await Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var stored = await db.CalendarOverrides.SingleAsync();
        Assert.Equal((new DateOnly(2027, 2, 12), CalendarOverrideKind.DayOff, (Guid?)adminId), (stored.Date, stored.Kind, stored.CreatedBy));
        Assert.Equal(AuditActions.CalendarOverrideAdded, (await db.AuditEntries.SingleAsync()).Action);
    }

    [Fact]
    public async Task AddForm_ShowsMessageAndSavesNothing_WhenDateImpossible()
    {
        var page = RenderYear("2027");

        page.Find("#override-date").Change("30/02/2027");
        page.Find("#override-name").Change("Ngày không có");
        page.Find("#override-basis").Change("Thử");
        page.Find("#add-override").Click();

        page.WaitForAssertion(() => Assert.Contains("“30/02/2027” không phải là một ngày có thật", page.Find("#form-errors").TextContent, StringComparison.Ordinal), Wait);
        await using var db = await Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Equal(0, await db.CalendarOverrides.CountAsync());
    }

    [Fact]
    public void Page_KeepsCurrentYearAndExplains_WhenYearOutOfRange()
    {
        var page = RenderYear("2500");

        Assert.Contains("“2500” không phải là năm hợp lệ", page.Find("#year-error").TextContent, StringComparison.Ordinal);
        Assert.Equal(DateTime.UtcNow.AddHours(7).Year.ToString(System.Globalization.CultureInfo.InvariantCulture), page.Find("#shown-year").TextContent.Trim());
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

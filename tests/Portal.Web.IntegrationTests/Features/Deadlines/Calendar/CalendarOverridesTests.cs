using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Audit;
using Portal.Web.Features.Deadlines.Calendar;
using Portal.Web.Features.Deadlines.Rules;
using Portal.Web.Infrastructure.Cli;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Deadlines.Calendar;

/// <summary>
/// Overrides stored through the administrators' handler, on a real SQLite file. Tết 2027 by default: 5–9 February
/// with substitute days 10 and 11 February; Friday 12 February is a working day until an announcement says otherwise.
/// Each test uses its own dates so the tests of the class, which share a database, do not see each other's overrides.
/// </summary>
public sealed class CalendarOverridesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private T Use<T>() where T : notnull => factory.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    private async Task<PortalDbContext> DbAsync() => await Use<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    private static CalendarOverrideForm Form(string date, CalendarOverrideKind kind, string name = "Nghỉ Tết bổ sung", string basis = "Thông báo 123/TB-BNV ngày 01/10/2026") =>
        new() { Date = date, Kind = kind, Name = name, Basis = basis };

    [Fact]
    public async Task DueDate_MovesPastExtraTetDay_WhenAnnouncedDayOffStored()
    {
        var admin = await factory.CreateAsync(Roles.Administrator);
        var received = new DateOnly(2027, 2, 4);
        var before = await Use<DueDates>().ForAsync(RuleCodes.DenunciationAccept, received);
        Assert.Equal(new DateOnly(2027, 2, 22), before!.Date);

        var change = await Use<CalendarOverrides>().AddAsync(Form("12/02/2027", CalendarOverrideKind.DayOff), admin.Id);

        Assert.True(change.Result.Succeeded, string.Join(" ", change.Result.Errors));
        Assert.Equal(new DateOnly(2027, 2, 23), (await Use<DueDates>().ForAsync(RuleCodes.DenunciationAccept, received))!.Date);
        var calendar = await Use<WorkingCalendars>().CurrentAsync();
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 2, 12)));
        Assert.Contains(calendar.Holidays(2027), h => h.Date == new DateOnly(2027, 2, 12) && h.VietnameseName == "Nghỉ Tết bổ sung");
        await using var db = await DbAsync();
        var stored = await db.CalendarOverrides.SingleAsync(o => o.Date == new DateOnly(2027, 2, 12));
        Assert.Equal(admin.Id, stored.CreatedBy);
        Assert.Equal("Thông báo 123/TB-BNV ngày 01/10/2026", stored.Basis);
        var entry = await db.AuditEntries.OrderByDescending(e => e.Id).FirstAsync();
        Assert.Equal((AuditActions.CalendarOverrideAdded, admin.Id, "2027-02-12"), (entry.Action, entry.ActorUserId, entry.Subject));
        Assert.Contains("DayOff 'Nghỉ Tết bổ sung'", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_RefusesWithMessageAndSavesNothing_WhenOverrideContradictsStoredOne()
    {
        var overrides = Use<CalendarOverrides>();
        Assert.True((await overrides.AddAsync(Form("06/03/2027", CalendarOverrideKind.WorkingDay, "Làm bù thứ Bảy"), null)).Result.Succeeded);
        await using var db = await DbAsync();
        var (rows, audits) = (await db.CalendarOverrides.CountAsync(), await db.AuditEntries.CountAsync());

        var change = await overrides.AddAsync(Form("2027-03-06", CalendarOverrideKind.DayOff, "Nghỉ hoán đổi"), null);

        Assert.False(change.Result.Succeeded);
        var message = Assert.Single(change.Result.Errors);
        Assert.Contains("06/03/2027 đã được điều chỉnh thành Ngày làm việc (“Làm bù thứ Bảy”", message, StringComparison.Ordinal);
        Assert.Contains("Chưa có gì được lưu", message, StringComparison.Ordinal);
        Assert.Equal((rows, audits), (await db.CalendarOverrides.CountAsync(), await db.AuditEntries.CountAsync()));
        Assert.True((await Use<WorkingCalendars>().CurrentAsync()).IsWorkingDay(new DateOnly(2027, 3, 6)));
    }

    [Theory]
    [InlineData("30/02/2027", "“30/02/2027” không phải là một ngày có thật")]
    [InlineData("hôm qua", "“hôm qua” không phải là một ngày có thật")]
    [InlineData("01/01/2500", "Ngày 01/01/2500 nằm ngoài phạm vi lịch được hỗ trợ (01/01/1900 – 31/12/2199)")]
    [InlineData("01/01/1899", "nằm ngoài phạm vi lịch được hỗ trợ")]
    public async Task Add_RefusesWithMessage_WhenDateImpossibleOrOutOfRange(string date, string expected)
    {
        await using var db = await DbAsync();
        var rows = await db.CalendarOverrides.CountAsync();

        var change = await Use<CalendarOverrides>().AddAsync(Form(date, CalendarOverrideKind.DayOff), null);

        Assert.False(change.Result.Succeeded);
        Assert.Contains(expected, string.Join(" ", change.Result.Errors), StringComparison.Ordinal);
        Assert.Equal(rows, await db.CalendarOverrides.CountAsync());
    }

    [Fact]
    public async Task Add_AsksForNameAndBasis_WhenBlank()
    {
        var change = await Use<CalendarOverrides>().AddAsync(Form("05/04/2027", CalendarOverrideKind.DayOff, " ", ""), null);

        Assert.False(change.Result.Succeeded);
        Assert.Equal(2, change.Result.Errors.Count);
        Assert.Contains("Hãy nhập tên ngày", change.Result.Errors[0], StringComparison.Ordinal);
        Assert.Contains("Hãy ghi căn cứ", change.Result.Errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_RestoresDefaultAndAudits_WhenVersionCurrent_AndRefusesStaleSecondRemoval()
    {
        var admin = await factory.CreateAsync(Roles.Administrator);
        var overrides = Use<CalendarOverrides>();
        Assert.True((await overrides.AddAsync(Form("2028-02-14", CalendarOverrideKind.DayOff), admin.Id)).Result.Succeeded);
        var row = Assert.Single(await overrides.ForYearAsync(2028));
        Assert.False((await Use<WorkingCalendars>().CurrentAsync()).IsWorkingDay(new DateOnly(2028, 2, 14)));

        var removed = await overrides.RemoveAsync(row.Id, row.Version, admin.Id);
        var again = await overrides.RemoveAsync(row.Id, row.Version, admin.Id);

        Assert.True(removed.Result.Succeeded);
        Assert.True(again.Result.Conflict);
        Assert.Empty(await overrides.ForYearAsync(2028));
        Assert.True((await Use<WorkingCalendars>().CurrentAsync()).IsWorkingDay(new DateOnly(2028, 2, 14)));
        await using var db = await DbAsync();
        // The row stays, marked removed, so the table keeps what the calendar used to be.
        var stored = await db.CalendarOverrides.SingleAsync(o => o.Id == row.Id);
        Assert.Equal(admin.Id, stored.RemovedBy);
        Assert.NotNull(stored.RemovedAt);
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.CalendarOverrideRemoved && e.Subject == "2028-02-14"));
        // A removed date can be entered again.
        Assert.True((await overrides.AddAsync(Form("14/02/2028", CalendarOverrideKind.WorkingDay, "Làm việc"), admin.Id)).Result.Succeeded);
    }

    [Fact]
    public async Task CalendarVerb_UsesStoredOverrides_ForHolidaysDueDatesAndOverrideList()
    {
        // Its own database, so what the verb prints depends on this test's override alone.
        using var own = new PortalFactory();
        var admin = await own.CreateAsync(Roles.Administrator, userName: "calendar-admin");
        var stored = await own.Services.CreateScope().ServiceProvider.GetRequiredService<CalendarOverrides>()
            .AddAsync(Form("12/02/2027", CalendarOverrideKind.DayOff), admin.Id);
        Assert.True(stored.Result.Succeeded);

        var (addExit, added) = await RunAsync(own, "calendar", "add", "2027-02-04", "7", "working-days");
        var (holidaysExit, holidays) = await RunAsync(own, "calendar", "holidays", "2027");
        var (listExit, list) = await RunAsync(own, "calendar", "overrides", "2027");
        var (badExit, bad) = await RunAsync(own, "calendar", "overrides", "2500");

        Assert.Equal((0, "2027-02-23"), (addExit, added.Trim()));
        Assert.Equal(0, holidaysExit);
        Assert.Contains("2027-02-12\tNghỉ Tết bổ sung (Day off (administrator override))", holidays, StringComparison.Ordinal);
        Assert.Equal(0, listExit);
        Assert.StartsWith("2027-02-12\tday-off\tNghỉ Tết bổ sung\tThông báo 123/TB-BNV ngày 01/10/2026\tTest Administrator (calendar-admin)\t", list, StringComparison.Ordinal);
        Assert.Equal(2, badExit);
        Assert.StartsWith("error: '2500' is not a year in the supported range 1900-2199.", bad, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output)> RunAsync(PortalFactory host, params string[] args)
    {
        var output = new StringWriter();
        var exit = await Verbs.RunVerbAsync(host.Services, args, output, TextWriter.Null, CancellationToken.None);
        return (exit, output.ToString());
    }
}

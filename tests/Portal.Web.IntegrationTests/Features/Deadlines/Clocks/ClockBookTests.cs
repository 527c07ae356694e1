using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Deadlines.Calendar;
using Portal.Web.Features.Deadlines.Clocks;
using Portal.Web.Features.Deadlines.Rules;
using Portal.Web.IntegrationTests.Features.Cases;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Deadlines.Clocks;

/// <summary>
/// Real case clocks started by intake (anonymous information: the triage clock), with the calendar and rules an
/// administrator changed. Own database and clock: one test moves the clock forward.
/// </summary>
public sealed class ClockBookTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private CaseWorld World => fixture.World;

    private T Use<T>() where T : notnull => World.Factory.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    [Fact]
    public async Task Start_CountsAnnouncedDayOff_WhenOverrideStoredBeforeClockStarts()
    {
        var today = DepartmentDate.Today(World.Factory.Clock);
        var before = await Use<WorkingCalendars>().CurrentAsync();
        var extraDay = before.AddWorkingDays(today, 2);
        var stored = await Use<CalendarOverrides>().AddAsync(
            new CalendarOverrideForm { Date = extraDay.ToString("yyyy-MM-dd"), Kind = CalendarOverrideKind.DayOff, Name = "Nghỉ bổ sung", Basis = "Thông báo thử" }, null);
        Assert.True(stored.Result.Succeeded, string.Join(" ", stored.Result.Errors));

        var report = await World.SubmitAsync("Thu tiền ngoài quy định tại khoa khám bệnh");

        var clock = await ClockAsync(report.Id);
        var rule = await RuleAsync(clock.RuleId);
        Assert.Equal(RuleCodes.AnonymousTriage, clock.RuleCode);
        Assert.Equal(DurationUnit.WorkingDays, rule.Unit);
        // The extra day off lies inside the period, so the due date is one working day later than before it was announced.
        Assert.Equal(before.AddWorkingDays(before.AddWorkingDays(clock.StartedOn, rule.Duration), 1), clock.DueOn);
        Assert.Equal(DueDates.Due(await Use<WorkingCalendars>().CurrentAsync(), rule, clock.StartedOn), clock.DueOn);
    }

    [Fact]
    public async Task Start_UsesVersionInForceOnStartDay_WhenRuleRevisedBetweenTwoClocks()
    {
        var admin = await World.Factory.CreateAsync(Roles.Administrator);
        var first = await World.SubmitAsync("Nhận quà của người bệnh");
        var firstClock = await ClockAsync(first.Id);
        var old = await RuleAsync(firstClock.RuleId);
        var tomorrow = DepartmentDate.Today(World.Factory.Clock).AddDays(1);
        var revision = DeadlineRuleRevision.From(old, tomorrow);
        revision.Duration = old.Duration + 5;
        var revised = await Use<ReviseDeadlineRule>().HandleAsync(revision, admin.Id);
        Assert.True(revised.Succeeded, string.Join(" ", revised.Errors));

        World.Factory.Clock.Advance(TimeSpan.FromDays(1));
        var second = await World.SubmitAsync("Nhận quà của người bệnh lần nữa");

        var keptClock = await ClockAsync(first.Id);
        var newClock = await ClockAsync(second.Id);
        var calendar = await Use<WorkingCalendars>().CurrentAsync();
        Assert.Equal((old.Id, firstClock.DueOn), (keptClock.RuleId, keptClock.DueOn));
        Assert.Equal(DueDates.Due(calendar, old, keptClock.StartedOn), keptClock.DueOn);
        Assert.Equal(revision.RuleId, newClock.RuleId);
        Assert.NotEqual(old.Id, newClock.RuleId);
        Assert.Equal(tomorrow, newClock.StartedOn);
        Assert.Equal(old.Duration + 5, (await RuleAsync(newClock.RuleId)).Duration);
        Assert.Equal(calendar.AddWorkingDays(tomorrow, old.Duration + 5), newClock.DueOn);
    }

    private async Task<CaseClock> ClockAsync(Guid reportId)
    {
        await using var db = await World.DbAsync();
        return await db.CaseClocks.AsNoTracking().SingleAsync(c => c.ReportId == reportId);
    }

    private async Task<DeadlineRule> RuleAsync(int id)
    {
        await using var db = await World.DbAsync();
        return await db.DeadlineRules.AsNoTracking().SingleAsync(r => r.Id == id);
    }
}

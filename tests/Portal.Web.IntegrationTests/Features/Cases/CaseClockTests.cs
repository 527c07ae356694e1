using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Deadlines.Calendar;
using Portal.Web.Features.Deadlines.Rules;
using Portal.Web.Features.Intake;
using Portal.Web.Features.Keys;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Cases;

/// <summary>Tests that move the clock get their own database and clock, so other classes' key sessions stay alive.</summary>
public sealed class CaseClockTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private CaseWorld World => fixture.World;

    [Fact]
    public async Task Suspension_PausesSettlementClock_AndResumeGivesBackTheRemainingDays()
    {
        var report = await World.SubmitAsync("Sử dụng xe công vào việc riêng", reporterName: "Đỗ Văn Minh");
        Done(await World.RunAsync(World.HandlerA, report.Id, CaseAction.Classify, c => c with { Track = ReportTrack.IdentifiedDenunciation }));
        Done(await World.RunAsync(World.HandlerA, report.Id, CaseAction.Accept));
        var settle = await ClockAsync(report.Id, RuleCodes.DenunciationSettle);
        var remaining = settle.DueOn.DayNumber - settle.StartedOn.DayNumber;

        Done(await World.RunAsync(World.HandlerA, report.Id, CaseAction.Suspend));
        Assert.NotNull((await ClockAsync(report.Id, RuleCodes.DenunciationSettle)).PausedOn);
        World.Factory.Clock.Advance(TimeSpan.FromDays(10));
        // Ten days idle end every key session: the handler signs in again.
        var (_, session) = await World.Factory.Services.GetRequiredService<KeyCustody>().UnlockAsync(World.HandlerA.Id, TestAccounts.Password);
        Done(await World.RunAsync(World.HandlerA with { Session = session! }, report.Id, CaseAction.Resume));

        var resumed = await ClockAsync(report.Id, RuleCodes.DenunciationSettle);
        var today = DepartmentDate.Of(World.Factory.Clock.GetUtcNow());
        Assert.Null(resumed.PausedOn);
        var calendar = await World.Factory.Services.GetRequiredService<WorkingCalendars>().CurrentAsync();
        Assert.Equal(calendar.AddCalendarDays(today, remaining), resumed.DueOn);
    }

    private static void Done(CaseResult result) => Assert.True(result.Outcome == CaseOutcome.Done, result.ToString());

    private async Task<Portal.Web.Features.Deadlines.Clocks.CaseClock> ClockAsync(Guid reportId, string code)
    {
        await using var db = await World.DbAsync();
        return await db.CaseClocks.AsNoTracking().SingleAsync(c => c.ReportId == reportId && c.RuleCode == code);
    }
}

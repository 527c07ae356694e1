using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Deadlines.Calendar;
using Portal.Web.Features.Deadlines.Clocks;
using Portal.Web.Features.Deadlines.Rules;
using Portal.Web.Features.Intake;

namespace Portal.Web.IntegrationTests.Features.Cases;

/// <summary>Extending the settlement clock of a complex denunciation: the handler asks, a leader decides, the law's limits hold.</summary>
public sealed class ClockExtensionTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private CaseWorld World => fixture.World;

    [Fact]
    public async Task Extension_AddsThirtyDaysOncePerComplexCaseAndTwiceWhenEspeciallyComplex_WhenLeaderApproves()
    {
        var report = await AcceptedAsync();
        var settle = await ClockAsync(report.Id, RuleCodes.DenunciationSettle);

        Done(await RequestAsync(World.HandlerA, report.Id, settle.Id, ExtensionGrade.Complex));
        Done(await DecideAsync(World.Director, report.Id, granted: true));

        var once = await ClockAsync(report.Id, RuleCodes.DenunciationSettle);
        Assert.Equal((1, WorkingCalendar.CreateStatutory().AddCalendarDays(settle.DueOn, 30)), (once.Extensions, once.DueOn));
        Assert.Equal("Cases.Error.ExtensionLimit", (await RequestAsync(World.HandlerA, report.Id, settle.Id, ExtensionGrade.Complex)).Problem);

        // Found to be especially complex: a second extension of 30 days, and no third.
        Done(await RequestAsync(World.HandlerA, report.Id, settle.Id, ExtensionGrade.EspeciallyComplex));
        Done(await DecideAsync(World.Director, report.Id, granted: true));
        var twice = await ClockAsync(report.Id, RuleCodes.DenunciationSettle);
        Assert.Equal(2, twice.Extensions);
        Assert.Equal("Cases.Error.ExtensionLimit", (await RequestAsync(World.HandlerA, report.Id, settle.Id, ExtensionGrade.EspeciallyComplex)).Problem);

        await using var db = await World.DbAsync();
        var decided = await db.ClockExtensions.Where(e => e.ReportId == report.Id).ToListAsync();
        Assert.All(decided, e => Assert.Equal((RequestState.Approved, World.Director.Id), (e.State, e.DecidedByUserId!.Value)));
        Assert.Equal(twice.DueOn, decided.Max(e => e.NewDueOn));
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == "case.decideextension" && e.Subject == report.Id.ToString()));
    }

    [Fact]
    public async Task Decide_IsRefused_WhenDecidedByRequesterOrNonLeader_AndRefusalKeepsDueDate()
    {
        var report = await AcceptedAsync();
        var settle = await ClockAsync(report.Id, RuleCodes.DenunciationSettle);

        Done(await RequestAsync(World.Director, report.Id, settle.Id, ExtensionGrade.Complex));
        Assert.Equal("Cases.Error.ExtensionPending", (await RequestAsync(World.HandlerA, report.Id, settle.Id, ExtensionGrade.Complex)).Problem);
        var self = await DecideAsync(World.Director, report.Id, granted: true);
        var handler = await DecideAsync(World.HandlerA, report.Id, granted: true);
        Assert.Equal((CaseOutcome.NotPermitted, "Cases.Error.SelfApproval"), (self.Outcome, self.Problem));
        Assert.Equal((CaseOutcome.NotPermitted, "Cases.Error.LeaderOnly"), (handler.Outcome, handler.Problem));
        Assert.Equal(settle.DueOn, (await ClockAsync(report.Id, RuleCodes.DenunciationSettle)).DueOn);

        // The other request path: a handler asks, the Director refuses; the clock keeps its date.
        await using (var db = await World.DbAsync())
        {
            await db.ClockExtensions.Where(e => e.ReportId == report.Id).ExecuteDeleteAsync();
        }

        Done(await RequestAsync(World.HandlerA, report.Id, settle.Id, ExtensionGrade.Complex));
        Done(await DecideAsync(World.Director, report.Id, granted: false));
        var after = await ClockAsync(report.Id, RuleCodes.DenunciationSettle);
        Assert.Equal((settle.DueOn, 0), (after.DueOn, after.Extensions));
    }

    [Fact]
    public async Task Request_IsRefused_WhenRuleAllowsNoExtensionOrGradeMissing()
    {
        var report = await AcceptedAsync();
        var notify = await ClockAsync(report.Id, RuleCodes.DenunciationNotifyAccepted);

        var none = await RequestAsync(World.HandlerA, report.Id, notify.Id, ExtensionGrade.EspeciallyComplex);
        var noGrade = await World.RunAsync(World.HandlerA, report.Id, CaseAction.RequestExtension, c => c with { ItemId = notify.Id });

        Assert.Equal((CaseOutcome.Invalid, "Cases.Error.ExtensionLimit"), (none.Outcome, none.Problem));
        Assert.Equal("Cases.Error.GradeRequired", noGrade.Problem);
        await using var db = await World.DbAsync();
        Assert.False(await db.ClockExtensions.AnyAsync(e => e.ReportId == report.Id));
    }

    private async Task<Submitted> AcceptedAsync()
    {
        var report = await World.SubmitAsync("Thông đồng nâng giá thiết bị y tế", reporterName: "Hà Văn Tín");
        Done(await World.RunAsync(World.HandlerA, report.Id, CaseAction.Classify, c => c with { Track = ReportTrack.IdentifiedDenunciation }));
        Done(await World.RunAsync(World.HandlerA, report.Id, CaseAction.Accept));
        return report;
    }

    private Task<CaseResult> RequestAsync(Person who, Guid reportId, Guid clockId, ExtensionGrade grade) =>
        World.RunAsync(who, reportId, CaseAction.RequestExtension, c => c with { ItemId = clockId, Grade = grade, Reason = "Phải xác minh tại ba bệnh viện" });

    private async Task<CaseResult> DecideAsync(Person who, Guid reportId, bool granted)
    {
        await using var db = await World.DbAsync();
        var pending = await db.ClockExtensions.Where(e => e.ReportId == reportId && e.State == RequestState.Pending).Select(e => e.Id).SingleAsync();
        return await World.RunAsync(who, reportId, CaseAction.DecideExtension, c => c with { ItemId = pending, Granted = granted, Reason = null });
    }

    private async Task<CaseClock> ClockAsync(Guid reportId, string code)
    {
        await using var db = await World.DbAsync();
        return await db.CaseClocks.AsNoTracking().SingleAsync(c => c.ReportId == reportId && c.RuleCode == code);
    }

    private static void Done(CaseResult result) => Assert.True(result.Outcome == CaseOutcome.Done, result.ToString());
}

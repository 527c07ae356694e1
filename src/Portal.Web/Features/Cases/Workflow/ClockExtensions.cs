using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Deadlines.Clocks;
using Portal.Web.Features.Deadlines.Rules;

namespace Portal.Web.Features.Cases;

/// <summary>
/// Extending a statutory clock: the handler asks with the case's complexity and a reason, a leader other than the
/// handler decides. The limits are the rule's extension plan (data, with its legal basis), checked on the request
/// and again on approval, so a plan edited in between cannot be overrun.
/// </summary>
internal static class ClockExtensions
{
    public static async Task<CaseResult?> RequestAsync(CaseStep s, CancellationToken ct)
    {
        var clock = await RunningClockAsync(s, s.Command.ItemId!.Value, ct);
        if (clock is null)
        {
            return CaseResult.Invalid("Cases.Error.Invalid");
        }

        if (await s.Db.ClockExtensions.AnyAsync(e => e.ClockId == clock.Id && e.State == RequestState.Pending, ct))
        {
            return CaseResult.Invalid("Cases.Error.ExtensionPending");
        }

        if (await LimitAsync(s, clock, s.Command.Grade!.Value, ct) is null)
        {
            return CaseResult.Invalid("Cases.Error.ExtensionLimit");
        }

        s.Db.ClockExtensions.Add(new ClockExtension
        {
            ReportId = s.Report.Id, ClockId = clock.Id, Grade = s.Command.Grade.Value, RequestedByUserId = s.Actor.UserId, RequestedAt = s.Now,
            State = RequestState.Pending,
        });
        s.Detail = s.Detail with { Names = [clock.RuleCode, s.Command.Grade.Value.ToString()] };
        return null;
    }

    public static async Task<CaseResult?> DecideAsync(CaseStep s, CancellationToken ct)
    {
        var request = await s.Db.ClockExtensions.FirstOrDefaultAsync(
            e => e.Id == s.Command.ItemId && e.ReportId == s.Report.Id && e.State == RequestState.Pending, ct);
        if (request is null)
        {
            return CaseResult.Invalid("Cases.Error.Invalid");
        }

        if (CaseSteps.RefuseUnlessOtherLeader(s.Actor, request.RequestedByUserId) is { } refused)
        {
            return refused;
        }

        request.DecidedByUserId = s.Actor.UserId;
        request.DecidedAt = s.Now;
        request.State = s.Command.Granted!.Value ? RequestState.Approved : RequestState.Refused;
        var clock = await RunningClockAsync(s, request.ClockId, ct);
        if (request.State == RequestState.Approved)
        {
            // A clock paused or stopped since the request cannot be extended; neither can one whose limit is used up.
            if (clock is null || !await ClockBook.ExtendAsync(s.Db, clock, request.Grade, ct))
            {
                return CaseResult.Invalid("Cases.Error.ExtensionLimit");
            }

            request.NewDueOn = clock.DueOn;
        }

        s.Detail = s.Detail with { Names = [clock?.RuleCode ?? "", request.Grade.ToString(), request.NewDueOn?.ToString("yyyy-MM-dd") ?? ""] };
        return null;
    }

    private static Task<CaseClock?> RunningClockAsync(CaseStep s, Guid clockId, CancellationToken ct) =>
        s.Db.CaseClocks.FirstOrDefaultAsync(c => c.Id == clockId && c.ReportId == s.Report.Id && c.StoppedOn == null && c.PausedOn == null, ct);

    private static async Task<ExtensionLimit?> LimitAsync(CaseStep s, CaseClock clock, ExtensionGrade grade, CancellationToken ct)
    {
        var plan = await s.Db.DeadlineRules.Where(r => r.Id == clock.RuleId).Select(r => r.ExtensionPlan).FirstAsync(ct);
        return ExtensionPlan.TryParse(plan, out var parsed, out _) && parsed.LimitFor(grade) is { } limit && clock.Extensions < limit.Count
            ? limit : null;
    }
}

using Portal.Web.Features.Deadlines.Calendar;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Deadlines.Rules;

namespace Portal.Web.Features.Deadlines.Alerts;

/// <summary>
/// Everything an alert or digest may say, and nothing more: case code, step (the rule's name), due date, days
/// overdue and who is assigned; for a duty, its label (a code), the rule's name, the due date and its page, never
/// the owner's name. Built from workflow metadata only; report content never enters it.
/// </summary>
public sealed record AlertNotice(
    NotificationKind Kind, Guid? ReportId, string? CaseCode, int? RuleId, string? StepVi, string? StepEn, DateOnly? DueOn, int DaysOverdue,
    string? Assignees, long? DigestId, IReadOnlyList<DigestItem> Items, Guid? DutyId = null, string? Label = null, string? Link = null)
{
    /// <summary>What the notice is about: the case code, or the duty's label.</summary>
    public string? Subject => CaseCode ?? Label;

    public string? Step(bool english) => english ? StepEn : StepVi;
}

internal static class AlertNotices
{
    public static bool IsOverdue(DeadlineAlert alert) => alert.Point.StartsWith("overdue:", StringComparison.Ordinal);

    /// <summary>Working days overdue on the day the alert was raised (0 before the due date passes).</summary>
    public static int DaysOverdue(DeadlineAlert alert, WorkingCalendar calendar) =>
        IsOverdue(alert) ? Math.Max(0, calendar.WorkingDaysBetween(alert.DueOn, alert.RaisedOn)) : 0;

    public static AlertLevel LevelOf(DeadlineRule? rule, DeadlineAlert alert, WorkingCalendar calendar)
    {
        var plan = rule is not null && AlertPlan.TryParse(rule.AlertPlan, out var parsed, out _) ? parsed : AlertPlan.Parse(AlertPlan.Default);
        return IsOverdue(alert) ? plan.LevelOverdue(DaysOverdue(alert, calendar)) : plan.LevelOf(alert.Point);
    }

    /// <summary>The notice for a delivery, or null when its alert's case or clock is gone.</summary>
    public static async Task<AlertNotice?> ForAsync(PortalDbContext db, AlertDelivery delivery, WorkingCalendar calendar, CancellationToken cancellationToken)
    {
        if (delivery.DigestId is { } digestId)
        {
            var digest = await db.LeaderDigests.AsNoTracking().FirstOrDefaultAsync(d => d.Id == digestId, cancellationToken);
            var items = digest is null ? [] : JsonSerializer.Deserialize<List<DigestItem>>(digest.Items) ?? [];
            return digest is null ? null : new AlertNotice(NotificationKind.Digest, null, null, null, null, null, null, 0, null, digest.Id, items);
        }

        var alert = await db.DeadlineAlerts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == delivery.AlertId, cancellationToken);
        if (alert is null)
        {
            return null;
        }

        if (alert.DutyId is { } dutyId)
        {
            return await ForDutyAsync(db, alert, dutyId, calendar, cancellationToken);
        }

        var facts = await (from c in db.CaseClocks
                           join r in db.Reports on c.ReportId equals r.Id
                           join rule in db.DeadlineRules on c.RuleId equals rule.Id
                           where c.Id == alert.ClockId
                           select new { r.CaseCode, rule.Id, rule.NameVi, rule.NameEn }).FirstOrDefaultAsync(cancellationToken);
        if (facts is null)
        {
            return null;
        }

        var assignees = await (from a in db.CaseAssignments
                               join u in db.Users on a.UserId equals u.Id
                               where a.ReportId == alert.ReportId
                               orderby u.DisplayName
                               select u.DisplayName).ToListAsync(cancellationToken);
        return new AlertNotice(NotificationKind.Alert, alert.ReportId, facts.CaseCode, facts.Id, facts.NameVi, facts.NameEn, alert.DueOn,
            DaysOverdue(alert, calendar), assignees.Count == 0 ? null : string.Join(", ", assignees), null, []);
    }

    /// <summary>A duty's notice, or null when the duty is gone or done (the alert is no longer owed).</summary>
    private static async Task<AlertNotice?> ForDutyAsync(PortalDbContext db, DeadlineAlert alert, Guid dutyId, WorkingCalendar calendar, CancellationToken cancellationToken)
    {
        var duty = await db.Duties.AsNoTracking().Where(d => d.Id == dutyId && d.DoneOn == null)
            .Select(d => new { d.Id, d.Label, d.Link, d.RuleId, d.RuleCode }).FirstOrDefaultAsync(cancellationToken);
        if (duty is null)
        {
            return null;
        }

        var rule = await db.DeadlineRules.AsNoTracking().Where(r => duty.RuleId != null ? r.Id == duty.RuleId : r.Code == duty.RuleCode)
            .OrderByDescending(r => r.EffectiveFrom).Select(r => new { r.Id, r.NameVi, r.NameEn }).FirstOrDefaultAsync(cancellationToken);
        return new AlertNotice(NotificationKind.Alert, null, null, rule?.Id, rule?.NameVi, rule?.NameEn, alert.DueOn, DaysOverdue(alert, calendar), null, null, [],
            duty.Id, duty.Label, duty.Link);
    }
}

using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Deadlines.Calendar;
using Portal.Web.Features.Deadlines.Clocks;
using Portal.Web.Features.Deadlines.Rules;

namespace Portal.Web.Features.Deadlines.Duties;

/// <summary>What a module says when something becomes due (or its date moves).</summary>
public sealed record DutyStart(
    string Kind, Guid SubjectId, string Label, string RuleCode, Guid? UnitId, Guid? OwnerStaffId, string Link, DateOnly StartedOn, DateOnly DueOn);

/// <summary>
/// How modules start, move and close their duties. Each call only stages changes on the caller's context, so the
/// duty is saved in the same transaction as the module's own record: a gift report and its deadline exist together
/// or not at all. Tracking also schedules the duty's alert points (<see cref="DutyAlertPoint"/>), as a case clock's
/// start does, with the alert plan of the rule in force on the start day.
/// </summary>
public static class DutyClocks
{
    /// <summary>Starts the duty, or moves an existing one (same kind and subject) to the new date and owner and reopens it.</summary>
    public static async Task TrackAsync(PortalDbContext db, DutyStart start, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(start);
        var duty = db.Duties.Local.FirstOrDefault(d => d.Kind == start.Kind && d.SubjectId == start.SubjectId)
            ?? await db.Duties.FirstOrDefaultAsync(d => d.Kind == start.Kind && d.SubjectId == start.SubjectId, cancellationToken);
        var reschedule = true;
        if (duty is null)
        {
            duty = new Duty { Id = Guid.NewGuid(), Kind = start.Kind, SubjectId = start.SubjectId, Label = start.Label, RuleCode = start.RuleCode, Link = start.Link };
            db.Duties.Add(duty);
        }
        else if (duty.StartedOn == start.StartedOn && duty.DueOn == start.DueOn && duty.RuleCode == start.RuleCode && duty.DoneOn is null)
        {
            // Same dates, still open: the alerts already raised stay raised, the pending points stay as they are.
            reschedule = false;
        }
        else
        {
            // New dates (or a reopened duty) start a new round: its alerts are new rows under the outbox's unique key.
            duty.Round++;
            await RemovePointsAsync(db, duty.Id, cancellationToken);
        }

        duty.Label = start.Label;
        duty.RuleCode = start.RuleCode;
        duty.UnitId = start.UnitId;
        duty.OwnerStaffId = start.OwnerStaffId;
        duty.Link = start.Link;
        duty.StartedOn = start.StartedOn;
        duty.DueOn = start.DueOn;
        duty.DoneOn = null;
        if (reschedule)
        {
            await ScheduleAsync(db, duty, cancellationToken);
        }
    }

    /// <summary>Marks the duty done; no-op when there is none or it is already done, so callers need not check.</summary>
    public static async Task CloseAsync(PortalDbContext db, string kind, Guid subjectId, DateOnly on, CancellationToken cancellationToken = default)
    {
        var duty = db.Duties.Local.FirstOrDefault(d => d.Kind == kind && d.SubjectId == subjectId)
            ?? await db.Duties.FirstOrDefaultAsync(d => d.Kind == kind && d.SubjectId == subjectId, cancellationToken);
        if (duty is not null && duty.DoneOn is null)
        {
            duty.DoneOn = on;
            // Pending points of a done duty will never be raised; the sweep would delete them too.
            await RemovePointsAsync(db, duty.Id, cancellationToken);
        }
    }

    /// <summary>Stored points and points staged in this unit of work alike.</summary>
    private static async Task RemovePointsAsync(PortalDbContext db, Guid dutyId, CancellationToken cancellationToken)
    {
        await db.DutyAlertPoints.Where(p => p.DutyId == dutyId).LoadAsync(cancellationToken);
        db.DutyAlertPoints.RemoveRange(db.DutyAlertPoints.Local.Where(p => p.DutyId == dutyId).ToList());
    }

    /// <summary>
    /// Starts many new duties at once (a policy for every member of staff): one query per 500 subjects to skip those
    /// that already have a duty (left to <see cref="TrackAsync"/>), the calendar loaded once and each rule resolved
    /// once per start day, instead of a few queries per duty. Stages on the caller's context; returns how many were added.
    /// </summary>
    public static async Task<int> StartManyAsync(PortalDbContext db, IReadOnlyCollection<DutyStart> starts, CancellationToken cancellationToken = default)
    {
        if (starts.Count == 0)
        {
            return 0;
        }

        var kinds = starts.Select(s => s.Kind).Distinct().ToList();
        var existing = new HashSet<(string, Guid)>();
        foreach (var chunk in starts.Select(s => s.SubjectId).Distinct().Chunk(500))
        {
            var found = await db.Duties.Where(d => kinds.Contains(d.Kind) && chunk.Contains(d.SubjectId)).Select(d => new { d.Kind, d.SubjectId }).ToListAsync(cancellationToken);
            existing.UnionWith(found.Select(d => (d.Kind, d.SubjectId)));
        }

        var calendar = await StoredCalendar.LoadAsync(db, cancellationToken);
        var rules = new Dictionary<(string, DateOnly), DeadlineRule?>();
        var added = 0;
        foreach (var start in starts.Where(s => existing.Add((s.Kind, s.SubjectId))))
        {
            if (!rules.TryGetValue((start.RuleCode, start.StartedOn), out var rule))
            {
                rules[(start.RuleCode, start.StartedOn)] = rule = await DueDates.InForceAsync(db, start.RuleCode, start.StartedOn, cancellationToken);
            }

            var duty = new Duty
            {
                Id = Guid.NewGuid(), Kind = start.Kind, SubjectId = start.SubjectId, Label = start.Label, RuleCode = start.RuleCode, Link = start.Link, UnitId = start.UnitId,
                OwnerStaffId = start.OwnerStaffId, StartedOn = start.StartedOn, DueOn = start.DueOn,
            };
            db.Duties.Add(duty);
            Schedule(db, duty, rule, calendar);
            added++;
        }

        return added;
    }

    private static async Task ScheduleAsync(PortalDbContext db, Duty duty, CancellationToken cancellationToken) =>
        Schedule(db, duty, await DueDates.InForceAsync(db, duty.RuleCode, duty.StartedOn, cancellationToken), await StoredCalendar.LoadAsync(db, cancellationToken));

    private static void Schedule(PortalDbContext db, Duty duty, DeadlineRule? rule, WorkingCalendar calendar)
    {
        duty.RuleId = rule?.Id;
        // A rule an administrator broke, or none in force, must not silence the duty: the default plan still warns.
        var plan = rule is not null && AlertPlan.TryParse(rule.AlertPlan, out var parsed, out _) ? parsed : AlertPlan.Parse(AlertPlan.Default);
        var from = duty.StartedOn < duty.DueOn ? duty.StartedOn : duty.DueOn;
        foreach (var (point, sequence, on) in AlertSchedule.For(plan, rule?.Unit ?? DurationUnit.Days, from, duty.DueOn, calendar))
        {
            db.DutyAlertPoints.Add(new DutyAlertPoint { DutyId = duty.Id, Round = duty.Round, Point = point, Sequence = sequence, On = on });
        }
    }
}

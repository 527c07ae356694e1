using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Features.Deadlines.Duties;

/// <summary>What a module says when something becomes due (or its date moves).</summary>
public sealed record DutyStart(
    string Kind, Guid SubjectId, string Label, string RuleCode, Guid? UnitId, Guid? OwnerStaffId, string Link, DateOnly StartedOn, DateOnly DueOn);

/// <summary>
/// How modules start, move and close their duties. Each call only stages changes on the caller's context, so the
/// duty is saved in the same transaction as the module's own record: a gift report and its deadline exist together
/// or not at all.
/// </summary>
public static class DutyClocks
{
    /// <summary>Starts the duty, or moves an existing one (same kind and subject) to the new date and owner and reopens it.</summary>
    public static async Task TrackAsync(PortalDbContext db, DutyStart start, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(start);
        var duty = db.Duties.Local.FirstOrDefault(d => d.Kind == start.Kind && d.SubjectId == start.SubjectId)
            ?? await db.Duties.FirstOrDefaultAsync(d => d.Kind == start.Kind && d.SubjectId == start.SubjectId, cancellationToken);
        if (duty is null)
        {
            duty = new Duty { Id = Guid.NewGuid(), Kind = start.Kind, SubjectId = start.SubjectId, Label = start.Label, RuleCode = start.RuleCode, Link = start.Link };
            db.Duties.Add(duty);
        }

        duty.Label = start.Label;
        duty.RuleCode = start.RuleCode;
        duty.UnitId = start.UnitId;
        duty.OwnerStaffId = start.OwnerStaffId;
        duty.Link = start.Link;
        duty.StartedOn = start.StartedOn;
        duty.DueOn = start.DueOn;
        duty.DoneOn = null;
    }

    /// <summary>Marks the duty done; no-op when there is none or it is already done, so callers need not check.</summary>
    public static async Task CloseAsync(PortalDbContext db, string kind, Guid subjectId, DateOnly on, CancellationToken cancellationToken = default)
    {
        var duty = db.Duties.Local.FirstOrDefault(d => d.Kind == kind && d.SubjectId == subjectId)
            ?? await db.Duties.FirstOrDefaultAsync(d => d.Kind == kind && d.SubjectId == subjectId, cancellationToken);
        if (duty is not null && duty.DoneOn is null)
        {
            duty.DoneOn = on;
        }
    }
}

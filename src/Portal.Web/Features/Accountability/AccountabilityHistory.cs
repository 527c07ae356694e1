using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Features.Accountability;

public sealed record HistoryLine(DateTimeOffset At, string Action, string Actor, string? Detail);

/// <summary>The history of one record, for those who may read the record; the read is audited.</summary>
public sealed class AccountabilityHistory(IDbContextFactory<PortalDbContext> contexts, Audit.AuditLog audit)
{
    public async Task<IReadOnlyList<HistoryLine>?> ForAsync(AccountabilityActor actor, Guid subjectId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var owner = await db.DisciplineRecords.Where(r => r.Id == subjectId).Select(r => new { Staff = r.StaffMemberId, r.UnitId, r.Code }).FirstOrDefaultAsync(cancellationToken)
            ?? await db.HeadResponsibilities.Where(r => r.Id == subjectId).Select(r => new { Staff = r.HeadStaffId, r.UnitId, r.Code }).FirstOrDefaultAsync(cancellationToken)
            ?? await db.Suspensions.Where(r => r.Id == subjectId).Select(r => new { Staff = r.StaffMemberId, r.UnitId, r.Code }).FirstOrDefaultAsync(cancellationToken)
            ?? await db.RotationAssignments.Where(r => r.Id == subjectId).Select(r => new { Staff = r.StaffMemberId, r.UnitId, r.Code }).FirstOrDefaultAsync(cancellationToken);
        if (owner is null || !actor.CanRead(owner.Staff, owner.UnitId))
        {
            await audit.AppendAsync(AccountabilityAudit.Refused, actor.UserId, subjectId.ToString(), "action=history;problem=Accountability.Error.NotFound", cancellationToken);
            return null;
        }

        var lines = await db.AccountabilityEvents.AsNoTracking().Where(e => e.SubjectId == subjectId)
            .Select(e => new
            {
                e.At, e.Action, e.Detail,
                Actor = db.Users.Where(u => u.Id == e.ActorUserId).Select(u => u.DisplayName ?? u.UserName).FirstOrDefault(),
            }).ToListAsync(cancellationToken);
        await AccountabilityAudit.ViewedAsync(audit, actor, "history", [owner.Code], cancellationToken);
        return lines.OrderBy(l => l.At).Select(l => new HistoryLine(l.At, l.Action, l.Actor ?? "?", l.Detail)).ToList();
    }
}

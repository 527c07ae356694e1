using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Deadlines.Rules;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Deadlines.Alerts;

/// <summary>
/// Who hears of an alert: the assigned handlers, then the head of the handling unit, then the Director, as far
/// up as the alert's level reaches. Recused people are left out whatever their place in the chain: recusals are
/// stored by keyed tag, so the check runs here, per person, and again just before each delivery.
/// </summary>
public sealed class AlertRecipients(OrganisationDirectory directory, CaseGate gate)
{
    public async Task<IReadOnlyList<Guid>> ForAsync(PortalDbContext db, Guid reportId, Guid handlingUnitId, AlertLevel level, CancellationToken cancellationToken)
    {
        var people = await AllowedAsync(db, reportId,
            await db.CaseAssignments.AsNoTracking().Where(a => a.ReportId == reportId).Select(a => a.UserId).ToListAsync(cancellationToken), cancellationToken);

        // A case nobody is assigned to is everyone's and no one's: its first alert goes to the head at once. A head
        // who is recused (or has no account) is skipped, and the Director hears in their place.
        if (level >= AlertLevel.Head || people.Count == 0)
        {
            var head = await AllowedAsync(db, reportId, await AccountOfAsync(db, await directory.HeadOfAsync(handlingUnitId, cancellationToken), cancellationToken), cancellationToken);
            people.AddRange(head);
            if (level >= AlertLevel.Director || head.Count == 0)
            {
                people.AddRange(await AllowedAsync(db, reportId, await AccountOfAsync(db, await directory.DirectorAsync(cancellationToken), cancellationToken), cancellationToken));
            }
        }

        return people.Distinct().ToList();
    }

    /// <summary>Enabled accounts that are not recused from the case.</summary>
    private async Task<List<Guid>> AllowedAsync(PortalDbContext db, Guid reportId, List<Guid> candidates, CancellationToken cancellationToken)
    {
        var enabled = await db.Users.AsNoTracking().Where(u => candidates.Contains(u.Id) && !u.IsDisabled).Select(u => u.Id).ToListAsync(cancellationToken);
        var result = new List<Guid>();
        foreach (var id in candidates.Distinct().Where(enabled.Contains))
        {
            if (!await gate.IsRecusedAsync(db, reportId, id, cancellationToken))
            {
                result.Add(id);
            }
        }

        return result;
    }

    private static async Task<List<Guid>> AccountOfAsync(PortalDbContext db, StaffMember? member, CancellationToken cancellationToken) =>
        member is null ? [] : await db.Users.AsNoTracking().Where(u => u.StaffMemberId == member.Id).Select(u => u.Id).ToListAsync(cancellationToken);

    /// <summary>
    /// A duty's chain: the owner's account, then the head of the duty's unit, then the Director. A duty nobody owns
    /// (or whose owner has no enabled account) goes to the head at once; a duty of no unit, or a unit without a head
    /// with an account, to the Director. No recusal applies: a duty is the person's own, not a case about them.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> ForDutyAsync(PortalDbContext db, Guid? ownerStaffId, Guid? unitId, AlertLevel level, CancellationToken cancellationToken)
    {
        var people = await EnabledAsync(db, ownerStaffId is { } owner ? await AccountOfAsync(db, owner, cancellationToken) : [], cancellationToken);
        if (level >= AlertLevel.Head || people.Count == 0)
        {
            var head = unitId is { } unit ? await EnabledAsync(db, await AccountOfAsync(db, await directory.HeadOfAsync(unit, cancellationToken), cancellationToken), cancellationToken) : [];
            people.AddRange(head);
            if (level >= AlertLevel.Director || head.Count == 0)
            {
                people.AddRange(await EnabledAsync(db, await AccountOfAsync(db, await directory.DirectorAsync(cancellationToken), cancellationToken), cancellationToken));
            }
        }

        return people.Distinct().ToList();
    }

    private static async Task<List<Guid>> EnabledAsync(PortalDbContext db, List<Guid> candidates, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => candidates.Contains(u.Id) && !u.IsDisabled).Select(u => u.Id).ToListAsync(cancellationToken);

    private static async Task<List<Guid>> AccountOfAsync(PortalDbContext db, Guid staffId, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => u.StaffMemberId == staffId).Select(u => u.Id).ToListAsync(cancellationToken);
}

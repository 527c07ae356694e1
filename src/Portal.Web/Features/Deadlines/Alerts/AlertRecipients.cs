using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Deadlines.Rules;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Deadlines.Alerts;

/// <summary>
/// Who hears of an alert: the first tier (a case's assigned handlers, a duty's owner), then the head of the unit,
/// then the Director, as far up as the alert's level reaches. Nobody in the first tier sends the first alert to the
/// head at once; a unit without a head who may hear it sends it to the Director.
/// </summary>
public sealed class AlertRecipients(OrganisationDirectory directory, CaseGate gate)
{
    /// <summary>
    /// A case's chain. Recused people are left out whatever their place in it: recusals are stored by keyed tag,
    /// so the check runs here, per person, and again just before each delivery.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> ForAsync(PortalDbContext db, Guid reportId, Guid handlingUnitId, AlertLevel level, CancellationToken cancellationToken)
    {
        var assigned = await db.CaseAssignments.AsNoTracking().Where(a => a.ReportId == reportId).Select(a => a.UserId).ToListAsync(cancellationToken);
        return await ChainAsync(db, assigned, handlingUnitId, level, (candidates, ct) => NotRecusedAsync(db, reportId, candidates, ct), cancellationToken);
    }

    /// <summary>
    /// A duty's chain: its owner's account first. No recusal applies: a duty is the person's own, not a case about
    /// them. A duty of no unit goes from its owner straight to the Director.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> ForDutyAsync(PortalDbContext db, Guid? ownerStaffId, Guid? unitId, AlertLevel level, CancellationToken cancellationToken)
    {
        var owner = await AccountsOfAsync(db, ownerStaffId, cancellationToken);
        return await ChainAsync(db, owner, unitId, level, (candidates, _) => Task.FromResult(candidates), cancellationToken);
    }

    private async Task<IReadOnlyList<Guid>> ChainAsync(PortalDbContext db, List<Guid> firstTier, Guid? unitId, AlertLevel level,
        Func<List<Guid>, CancellationToken, Task<List<Guid>>> mayHear, CancellationToken cancellationToken)
    {
        async Task<List<Guid>> AllowedAsync(List<Guid> candidates) => await mayHear(await EnabledAsync(db, candidates, cancellationToken), cancellationToken);

        var people = await AllowedAsync(firstTier);
        if (level >= AlertLevel.Head || people.Count == 0)
        {
            var head = unitId is { } unit ? await AllowedAsync(await AccountsOfAsync(db, (await directory.HeadOfAsync(unit, cancellationToken))?.Id, cancellationToken)) : [];
            people.AddRange(head);
            if (level >= AlertLevel.Director || head.Count == 0)
            {
                people.AddRange(await AllowedAsync(await AccountsOfAsync(db, (await directory.DirectorAsync(cancellationToken))?.Id, cancellationToken)));
            }
        }

        return people.Distinct().ToList();
    }

    private static async Task<List<Guid>> EnabledAsync(PortalDbContext db, List<Guid> candidates, CancellationToken cancellationToken)
    {
        var enabled = await db.Users.AsNoTracking().Where(u => candidates.Contains(u.Id) && !u.IsDisabled).Select(u => u.Id).ToListAsync(cancellationToken);
        return candidates.Distinct().Where(enabled.Contains).ToList();
    }

    private async Task<List<Guid>> NotRecusedAsync(PortalDbContext db, Guid reportId, List<Guid> candidates, CancellationToken cancellationToken)
    {
        var result = new List<Guid>();
        foreach (var id in candidates)
        {
            if (!await gate.IsRecusedAsync(db, reportId, id, cancellationToken))
            {
                result.Add(id);
            }
        }

        return result;
    }

    private static async Task<List<Guid>> AccountsOfAsync(PortalDbContext db, Guid? staffId, CancellationToken cancellationToken) =>
        staffId is { } id ? await db.Users.AsNoTracking().Where(u => u.StaffMemberId == id).Select(u => u.Id).ToListAsync(cancellationToken) : [];
}

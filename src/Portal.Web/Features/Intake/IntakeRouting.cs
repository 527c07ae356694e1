using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Features.Intake;

/// <summary>Which unit's inbox receives a report about a given unit.</summary>
public sealed class IntakeRouting(IDbContextFactory<PortalDbContext> contexts)
{
    /// <summary>
    /// The nearest unit at or above the concerned unit that receives reports and has an inbox; else the
    /// Department's. Null means the channel is not configured: no inbox exists to seal a report to.
    /// </summary>
    public async Task<(Guid UnitId, byte[] PublicKey)?> ReceivingInboxAsync(Guid? concernedUnitId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.ReceivesReports }).ToDictionaryAsync(u => u.Id, cancellationToken);
        var inboxes = await db.Inboxes.AsNoTracking().Where(i => i.UnitId != null).ToDictionaryAsync(i => i.UnitId!.Value, i => i.PublicKey, cancellationToken);

        var seen = new HashSet<Guid>();
        for (var current = concernedUnitId; current is { } id && seen.Add(id) && units.TryGetValue(id, out var unit); current = unit.ParentId)
        {
            if (unit.ReceivesReports && inboxes.TryGetValue(id, out var key))
            {
                return (id, key);
            }
        }

        var root = units.Values.FirstOrDefault(u => u.ParentId is null);
        return root is not null && inboxes.TryGetValue(root.Id, out var rootKey) ? (root.Id, rootKey) : null;
    }

    public async Task<bool> IsOpenAsync(CancellationToken cancellationToken) => await ReceivingInboxAsync(null, cancellationToken) is not null;
}

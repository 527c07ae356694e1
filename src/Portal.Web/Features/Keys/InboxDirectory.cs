using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Features.Keys;

public sealed record InboxMember(Guid UserId, string Name, DateTimeOffset GrantedAt, string? GrantedBy);

public sealed record InboxSummary(Guid Id, string? UnitName, IReadOnlyList<InboxMember> Members);

public sealed record KeyHolder(Guid UserId, string Name, string UserName);

/// <summary>Who holds which inbox, and who could be added (only people with a key pair can be granted anything).</summary>
public sealed class InboxDirectory(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<IReadOnlyList<InboxSummary>> ForMemberAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var mine = await db.InboxGrants.Where(g => g.UserId == userId).Select(g => g.InboxId).ToListAsync(cancellationToken);
        return await SummariesAsync(db, mine, cancellationToken);
    }

    public async Task<IReadOnlyList<InboxSummary>> AllAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await SummariesAsync(db, await db.Inboxes.Select(i => i.Id).ToListAsync(cancellationToken), cancellationToken);
    }

    public async Task<IReadOnlyList<KeyHolder>> KeyHoldersAsync(string? search, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Users.Where(u => !u.IsDisabled && db.StaffKeys.Any(k => k.UserId == u.Id));
        if (!string.IsNullOrWhiteSpace(search))
        {
            query = query.Where(u => u.DisplayName.Contains(search.Trim()) || u.UserName!.Contains(search.Trim()));
        }

        return await query.OrderBy(u => u.DisplayName).Take(20).Select(u => new KeyHolder(u.Id, u.DisplayName, u.UserName!)).ToListAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<InboxSummary>> SummariesAsync(PortalDbContext db, List<Guid> ids, CancellationToken cancellationToken)
    {
        var inboxes = await db.Inboxes.Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, Unit = db.Units.Where(u => u.Id == i.UnitId).Select(u => u.Name).FirstOrDefault() }).ToListAsync(cancellationToken);
        var members = (await db.InboxGrants.Where(g => ids.Contains(g.InboxId))
            .Select(g => new
            {
                g.InboxId, g.UserId, g.GrantedAt,
                Name = db.Users.Where(u => u.Id == g.UserId).Select(u => u.DisplayName).First(),
                By = db.Users.Where(u => u.Id == g.GrantedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
            }).ToListAsync(cancellationToken)).ToLookup(m => m.InboxId);
        return inboxes.Select(i => new InboxSummary(i.Id, i.Unit,
            members[i.Id].OrderBy(m => m.Name, StringComparer.CurrentCulture).Select(m => new InboxMember(m.UserId, m.Name, m.GrantedAt, m.By)).ToList())).ToList();
    }
}

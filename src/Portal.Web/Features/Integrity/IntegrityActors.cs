using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Accounts;

namespace Portal.Web.Features.Integrity;

/// <summary>Turns the signed-in person into an <see cref="IntegrityActor"/>: account, key session, roles, and their staff record (read fresh, not from the cookie).</summary>
public sealed class IntegrityActors(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<IntegrityActor> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var staffId = await db.Users.Where(u => u.Id == userId).Select(u => u.StaffMemberId).FirstOrDefaultAsync(cancellationToken);
        return new IntegrityActor(userId, user.FindFirstValue(PortalClaims.KeySession), staffId, Roles.All.Where(user.IsInRole).ToHashSet());
    }
}

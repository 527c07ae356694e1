using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Integrity.Declarations;

public sealed record DesignationEntry(DateTimeOffset At, string Action, string Subject, string? Detail, string? Actor);

/// <summary>
/// Who must declare is data (Decree 130/2020 Art 10, Appendix III): administrators mark positions that declare and
/// staff members' sensitive posts. Each change is audited with the old and new value, so the audit log is the
/// history; the declarants' list (<see cref="DeclarationDuties.Obligated"/>) reads the same columns and follows at once.
/// </summary>
public sealed class DeclarantDesignations(IDbContextFactory<PortalDbContext> contexts, Audit.AuditLog audit)
{
    public async Task<IntegrityResult> MarkPositionAsync(IntegrityActor actor, Guid positionId, bool declares, long version, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var position = actor.IsAdministrator ? await db.Positions.FirstOrDefaultAsync(p => p.Id == positionId, cancellationToken) : null;
        var problem = !actor.IsAdministrator ? IntegrityResult.NotPermitted
            : position is null ? "Declarations.Error.NotFound"
            : position.Version != version ? "Integrity.Error.Conflict"
            : null;
        if (problem is not null || position!.DeclaresAssets == declares)
        {
            return problem is null ? IntegrityResult.Ok(positionId) : await RefuseAsync(actor, "position", positionId, problem, cancellationToken);
        }

        var was = position.DeclaresAssets;
        position.DeclaresAssets = declares;
        if (!await SaveAsync(db, cancellationToken))
        {
            return IntegrityResult.Stale();
        }

        await audit.AppendAsync(IntegrityAudit.PositionDeclares, actor.UserId, positionId.ToString(), $"code={position.Code};declares={declares};was={was}", cancellationToken);
        return IntegrityResult.Ok(positionId);
    }

    public async Task<IntegrityResult> MarkPostAsync(IntegrityActor actor, Guid staffId, SensitivePost post, long version, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var member = actor.IsAdministrator ? await db.StaffMembers.FirstOrDefaultAsync(s => s.Id == staffId, cancellationToken) : null;
        var problem = !actor.IsAdministrator ? IntegrityResult.NotPermitted
            : member is null ? "Declarations.Error.NotFound"
            : !Enum.IsDefined(post) ? "Integrity.Error.SensitivePost"
            : member.Version != version ? "Integrity.Error.Conflict"
            : null;
        if (problem is not null || member!.SensitivePost == post)
        {
            return problem is null ? IntegrityResult.Ok(staffId) : await RefuseAsync(actor, "post", staffId, problem, cancellationToken);
        }

        var was = member.SensitivePost;
        member.SensitivePost = post;
        if (!await SaveAsync(db, cancellationToken))
        {
            return IntegrityResult.Stale();
        }

        await audit.AppendAsync(IntegrityAudit.SensitivePostSet, actor.UserId, staffId.ToString(), $"post={post};was={was}", cancellationToken);
        return IntegrityResult.Ok(staffId);
    }

    /// <summary>The latest designation changes from the audit log, newest first, for administrators.</summary>
    public async Task<IReadOnlyList<DesignationEntry>> HistoryAsync(IntegrityActor actor, int take = 20, CancellationToken cancellationToken = default)
    {
        if (!actor.IsAdministrator)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == IntegrityAudit.PositionDeclares || e.Action == IntegrityAudit.SensitivePostSet)
            .OrderByDescending(e => e.Id).Take(take).ToListAsync(cancellationToken);
        // Subjects are ids as text; names are looked up in memory so the query stays the same on SQLite and PostgreSQL.
        var ids = entries.Select(e => Guid.TryParse(e.Subject, out var id) ? id : Guid.Empty).ToList();
        var names = (await db.Positions.Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken))
            .Concat(await db.StaffMembers.Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, Name = s.FullName }).ToListAsync(cancellationToken))
            .ToDictionary(x => x.Id, x => x.Name);
        var actorIds = entries.Select(e => e.ActorUserId).OfType<Guid>().Distinct().ToList();
        var actors = await db.Users.Where(u => actorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return entries.Select(e => new DesignationEntry(e.At, e.Action,
            Guid.TryParse(e.Subject, out var id) && names.TryGetValue(id, out var name) ? name : e.Subject ?? "", e.Detail,
            e.ActorUserId is { } a && actors.TryGetValue(a, out var who) ? who : null)).ToList();
    }

    private static async Task<bool> SaveAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    private async Task<IntegrityResult> RefuseAsync(IntegrityActor actor, string what, Guid subject, string problem, CancellationToken cancellationToken)
    {
        await audit.AppendAsync(IntegrityAudit.Refused, actor.UserId, subject.ToString(), $"action=declarant.{what};problem={problem}", cancellationToken);
        return problem == "Integrity.Error.Conflict" ? IntegrityResult.Stale() : IntegrityResult.Refused(problem);
    }
}

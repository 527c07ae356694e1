using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Integrity.Declarations;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Integrity.Draw;

public sealed record DrawResult(VerificationDraw Draw, IReadOnlyList<(Drawn Pick, string Name, string Unit)> Selected);

/// <summary>
/// Builds the eligible list (annual declarants, minus legal exclusions, minus people drawn in the previous four
/// years), runs <see cref="DrawAlgorithm"/> with the published seed, and records the draw once per year.
/// </summary>
public sealed class VerificationDraws(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, Audit.AuditLog audit)
{
    public const int YearsProtected = 4;
    public const int MinSeedLength = 8;

    public async Task<IReadOnlyList<Eligible>> EligibleAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await EligibleAsync(db, year, cancellationToken);
    }

    private static async Task<IReadOnlyList<Eligible>> EligibleAsync(PortalDbContext db, int year, CancellationToken ct)
    {
        var excluded = await db.DrawExclusions.Where(x => x.Year == year).Select(x => x.StaffMemberId).ToListAsync(ct);
        var recent = await db.VerificationSelections.Where(s => s.Year >= year - YearsProtected && s.Year < year).Select(s => s.StaffMemberId).ToListAsync(ct);
        var leaders = await db.StaffMembers.Where(s => s.UnitRole != UnitRole.Member || (s.Position != null && s.Position.IsLeadership)).Select(s => s.Id).ToListAsync(ct);
        return (await DeclarationDuties.Obligated(db).ToListAsync(ct))
            .Where(p => !excluded.Contains(p.StaffId) && !recent.Contains(p.StaffId))
            .Select(p => new Eligible(p.UnitId, p.StaffId, leaders.Contains(p.StaffId))).ToList();
    }

    public async Task<IntegrityResult> ExcludeAsync(Guid officerId, int year, Guid staffId, string reason, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var problem = string.IsNullOrWhiteSpace(reason) || reason.Length > 500 ? "Draw.Error.ReasonRequired"
            : await db.VerificationDraws.AnyAsync(d => d.Year == year, cancellationToken) ? "Draw.Error.AlreadyDrawn"
            : await db.DrawExclusions.AnyAsync(x => x.Year == year && x.StaffMemberId == staffId, cancellationToken) ? "Draw.Error.AlreadyExcluded"
            : null;
        if (problem is not null)
        {
            await audit.AppendAsync(IntegrityAudit.Refused, officerId, staffId.ToString(), $"action=draw.exclude;problem={problem}", cancellationToken);
            return IntegrityResult.Refused(problem);
        }

        db.DrawExclusions.Add(new DrawExclusion { Year = year, StaffMemberId = staffId, Reason = reason.Trim(), RecordedBy = officerId, RecordedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        return IntegrityResult.Ok(staffId);
    }

    /// <summary>Draws once for the year. Another draw for the same year (with any seed) is refused and audited.</summary>
    public async Task<IntegrityResult> DrawAsync(Guid officerId, int year, string seed, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        seed = seed?.Trim() ?? "";
        var existing = await db.VerificationDraws.AsNoTracking().FirstOrDefaultAsync(d => d.Year == year, cancellationToken);
        var eligible = existing is null ? await EligibleAsync(db, year, cancellationToken) : [];
        var problem = existing is not null ? "Draw.Error.AlreadyDrawn"
            : seed.Length < MinSeedLength || seed.Length > 200 ? "Draw.Error.Seed"
            : eligible.Count == 0 ? "Draw.Error.NoneEligible"
            : null;
        if (problem is not null)
        {
            var detail = existing is null ? "" : existing.Seed == seed ? ";seed=same" : ";seed=different";
            await audit.AppendAsync(IntegrityAudit.Refused, officerId, $"draw/{year}", $"action=draw;problem={problem}{detail}", cancellationToken);
            return IntegrityResult.Refused(problem);
        }

        var canonical = DrawAlgorithm.Canonical(eligible);
        var picks = DrawAlgorithm.Run(seed, eligible);
        var draw = new VerificationDraw
        {
            Year = year, Seed = seed, EligibleList = canonical, EligibleSha256 = DrawAlgorithm.Sha256(canonical), DrawnAt = clock.GetUtcNow(), DrawnBy = officerId,
            PlanDueOn = new DateOnly(year, 1, 31), UnitCount = picks.Select(p => p.UnitId).Distinct().Count(),
        };
        db.VerificationDraws.Add(draw);
        db.VerificationSelections.AddRange(picks.Select(p => new VerificationSelection { Year = year, StaffMemberId = p.StaffId, UnitId = p.UnitId }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await audit.AppendAsync(IntegrityAudit.Refused, officerId, $"draw/{year}", "action=draw;problem=Draw.Error.AlreadyDrawn", cancellationToken);
            return IntegrityResult.Refused("Draw.Error.AlreadyDrawn");
        }

        await audit.AppendAsync(IntegrityAudit.DrawMade, officerId, $"draw/{year}",
            $"seed={seed};sha256={draw.EligibleSha256};eligible={eligible.Count};units={draw.UnitCount};selected={picks.Count}", cancellationToken);
        return IntegrityResult.Ok();
    }

    public async Task<DrawResult?> ForYearAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var draw = await db.VerificationDraws.AsNoTracking().FirstOrDefaultAsync(d => d.Year == year, cancellationToken);
        if (draw is null)
        {
            return null;
        }

        var selected = await db.VerificationSelections.AsNoTracking().Where(s => s.Year == year)
            .Select(s => new { s.UnitId, s.StaffMemberId, Name = db.StaffMembers.Where(m => m.Id == s.StaffMemberId).Select(m => m.FullName).First(),
                Unit = db.Units.Where(u => u.Id == s.UnitId).Select(u => u.Name).First() })
            .ToListAsync(cancellationToken);
        return new DrawResult(draw, selected.OrderBy(s => s.Unit).ThenBy(s => s.Name).Select(s => (new Drawn(s.UnitId, s.StaffMemberId), s.Name, s.Unit)).ToList());
    }

    /// <summary>Re-runs the stored draw from its seed and list: true when it gives exactly the stored selection and the list's hash matches.</summary>
    public async Task<bool?> VerifyAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var draw = await db.VerificationDraws.AsNoTracking().FirstOrDefaultAsync(d => d.Year == year, cancellationToken);
        if (draw is null)
        {
            return null;
        }

        var stored = (await db.VerificationSelections.Where(s => s.Year == year).Select(s => new Drawn(s.UnitId, s.StaffMemberId)).ToListAsync(cancellationToken)).ToHashSet();
        var rerun = DrawAlgorithm.Run(draw.Seed, DrawAlgorithm.Parse(draw.EligibleList)).ToHashSet();
        return DrawAlgorithm.Sha256(draw.EligibleList) == draw.EligibleSha256 && stored.SetEquals(rerun);
    }
}

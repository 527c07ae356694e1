using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Integrity.Declarations;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Integrity.Draw;

public sealed record DrawResult(VerificationDraw Draw, IReadOnlyList<(Drawn Pick, string Name, string Unit)> Selected);

/// <summary>The year's list before the draw: who may be drawn, and who is left out (counted by ground, plus those verified recently).</summary>
public sealed record DrawCandidates(IReadOnlyList<Eligible> Eligible, IReadOnlyDictionary<string, int> ExcludedByGround, int RecentlyVerified)
{
    /// <summary>The published form of the exclusions: "ground=count" pairs in code order, counts only.</summary>
    public string ExclusionSummary => string.Join(';', ExcludedByGround.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Value}"));
}

public sealed record ExclusionLine(Guid Id, Guid StaffId, string Name, string Unit, string GroundCode, string? Note, DateTimeOffset RecordedAt);

/// <summary>
/// Builds the eligible list (annual declarants, minus exclusions on a recorded ground, minus people drawn in the
/// previous four years), runs <see cref="DrawAlgorithm"/> with the published seed, and records the draw once per
/// year with the exclusions as counts per ground. Only personnel officers record exclusions and draw.
/// </summary>
public sealed class VerificationDraws(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, Audit.AuditLog audit)
{
    public const int YearsProtected = 4;
    public const int MinSeedLength = 8;
    public const int MaxNote = 500;

    public async Task<DrawCandidates> CandidatesAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await CandidatesAsync(db, year, cancellationToken);
    }

    public async Task<IReadOnlyList<Eligible>> EligibleAsync(int year, CancellationToken cancellationToken = default) =>
        (await CandidatesAsync(year, cancellationToken)).Eligible;

    private static async Task<DrawCandidates> CandidatesAsync(PortalDbContext db, int year, CancellationToken ct)
    {
        var excluded = (await db.DrawExclusions.Where(x => x.Year == year).Select(x => new { x.StaffMemberId, x.GroundCode }).ToListAsync(ct))
            .ToDictionary(x => x.StaffMemberId, x => x.GroundCode);
        var recent = (await db.VerificationSelections.Where(s => s.Year >= year - YearsProtected && s.Year < year).Select(s => s.StaffMemberId).ToListAsync(ct)).ToHashSet();
        var leaders = (await db.StaffMembers.Where(s => s.UnitRole != UnitRole.Member || (s.Position != null && s.Position.IsLeadership)).Select(s => s.Id).ToListAsync(ct)).ToHashSet();
        var declarants = await DeclarationDuties.Obligated(db).ToListAsync(ct);
        var byGround = declarants.Where(p => excluded.ContainsKey(p.StaffId)).GroupBy(p => excluded[p.StaffId]).ToDictionary(g => g.Key, g => g.Count());
        var recentCount = declarants.Count(p => !excluded.ContainsKey(p.StaffId) && recent.Contains(p.StaffId));
        var eligible = declarants.Where(p => !excluded.ContainsKey(p.StaffId) && !recent.Contains(p.StaffId))
            .Select(p => new Eligible(p.UnitId, p.StaffId, leaders.Contains(p.StaffId))).ToList();
        return new DrawCandidates(eligible, byGround, recentCount);
    }

    public async Task<IReadOnlyList<DrawExclusionGround>> GroundsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DrawExclusionGrounds.AsNoTracking().Where(g => g.IsActive).OrderBy(g => g.SortOrder).ToListAsync(cancellationToken);
    }

    /// <summary>The year's exclusions with names, for the personnel unit only (the published record has counts).</summary>
    public async Task<IReadOnlyList<ExclusionLine>> ExclusionsAsync(IntegrityActor actor, int year, CancellationToken cancellationToken = default)
    {
        if (!actor.IsPersonnelOfficer)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await db.DrawExclusions.AsNoTracking().Where(x => x.Year == year)
            .Join(db.StaffMembers, x => x.StaffMemberId, s => s.Id, (x, s) => new { x, s.FullName, Unit = s.Unit!.Name })
            .ToListAsync(cancellationToken))
            .OrderBy(r => r.Unit).ThenBy(r => r.FullName)
            .Select(r => new ExclusionLine(r.x.Id, r.x.StaffMemberId, r.FullName, r.Unit, r.x.GroundCode, r.x.Note, r.x.RecordedAt)).ToList();
    }

    public async Task<IntegrityResult> ExcludeAsync(IntegrityActor actor, int year, Guid staffId, string groundCode, string? note, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        var problem = !actor.IsPersonnelOfficer ? IntegrityResult.NotPermitted
            : !await db.DrawExclusionGrounds.AnyAsync(g => g.Code == groundCode && g.IsActive, cancellationToken) ? "Integrity.Error.ExclusionGround"
            : note?.Length > MaxNote ? "Declarations.Error.TooLong"
            : !await db.StaffMembers.AnyAsync(s => s.Id == staffId, cancellationToken) ? "Declarations.Error.NotFound"
            : await db.VerificationDraws.AnyAsync(d => d.Year == year, cancellationToken) ? "Draw.Error.AlreadyDrawn"
            : await db.DrawExclusions.AnyAsync(x => x.Year == year && x.StaffMemberId == staffId, cancellationToken) ? "Draw.Error.AlreadyExcluded"
            : null;
        if (problem is not null)
        {
            await audit.AppendAsync(IntegrityAudit.Refused, actor.UserId, staffId.ToString(), $"action=draw.exclude;problem={problem}", cancellationToken);
            return IntegrityResult.Refused(problem);
        }

        var exclusion = new DrawExclusion { Year = year, StaffMemberId = staffId, GroundCode = groundCode, Note = note, RecordedBy = actor.UserId, RecordedAt = clock.GetUtcNow() };
        db.DrawExclusions.Add(exclusion);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await audit.AppendAsync(IntegrityAudit.Refused, actor.UserId, staffId.ToString(), "action=draw.exclude;problem=Draw.Error.AlreadyExcluded", cancellationToken);
            return IntegrityResult.Refused("Draw.Error.AlreadyExcluded");
        }

        // The note may describe someone's health or discipline: the audit keeps the ground's code only.
        await audit.AppendAsync(IntegrityAudit.DrawExcluded, actor.UserId, staffId.ToString(), $"year={year};ground={groundCode}", cancellationToken);
        return IntegrityResult.Ok(exclusion.Id);
    }

    /// <summary>Draws once for the year. Another draw for the same year (with any seed) is refused and audited.</summary>
    public async Task<IntegrityResult> DrawAsync(IntegrityActor actor, int year, string seed, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        seed = seed?.Trim() ?? "";
        var existing = actor.IsPersonnelOfficer ? await db.VerificationDraws.AsNoTracking().FirstOrDefaultAsync(d => d.Year == year, cancellationToken) : null;
        var candidates = actor.IsPersonnelOfficer && existing is null ? await CandidatesAsync(db, year, cancellationToken) : null;
        var problem = !actor.IsPersonnelOfficer ? IntegrityResult.NotPermitted
            : existing is not null ? "Draw.Error.AlreadyDrawn"
            : seed.Length < MinSeedLength || seed.Length > 200 ? "Draw.Error.Seed"
            : candidates!.Eligible.Count == 0 ? "Draw.Error.NoneEligible"
            : null;
        if (problem is not null)
        {
            var detail = existing is null ? "" : existing.Seed == seed ? ";seed=same" : ";seed=different";
            await audit.AppendAsync(IntegrityAudit.Refused, actor.UserId, $"draw/{year}", $"action=draw;problem={problem}{detail}", cancellationToken);
            return IntegrityResult.Refused(problem);
        }

        var eligible = candidates!.Eligible;
        var canonical = DrawAlgorithm.Canonical(eligible);
        var picks = DrawAlgorithm.Run(seed, eligible);
        var draw = new VerificationDraw
        {
            Year = year, Seed = seed, EligibleList = canonical, EligibleSha256 = DrawAlgorithm.Sha256(canonical), DrawnAt = clock.GetUtcNow(), DrawnBy = actor.UserId,
            PlanDueOn = new DateOnly(year, 1, 31), UnitCount = picks.Select(p => p.UnitId).Distinct().Count(),
            ExcludedByGround = candidates.ExclusionSummary, RecentlyVerified = candidates.RecentlyVerified,
        };
        db.VerificationDraws.Add(draw);
        db.VerificationSelections.AddRange(picks.Select(p => new VerificationSelection { Year = year, StaffMemberId = p.StaffId, UnitId = p.UnitId }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await audit.AppendAsync(IntegrityAudit.Refused, actor.UserId, $"draw/{year}", "action=draw;problem=Draw.Error.AlreadyDrawn", cancellationToken);
            return IntegrityResult.Refused("Draw.Error.AlreadyDrawn");
        }

        await audit.AppendAsync(IntegrityAudit.DrawMade, actor.UserId, $"draw/{year}",
            $"seed={seed};sha256={draw.EligibleSha256};eligible={eligible.Count};units={draw.UnitCount};selected={picks.Count};excluded={draw.ExcludedByGround};recent={draw.RecentlyVerified}",
            cancellationToken);
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

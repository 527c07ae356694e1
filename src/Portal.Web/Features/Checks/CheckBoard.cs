using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Features.Checks;

public sealed record CheckRow(
    Guid Id, string Code, CheckKind Kind, Guid CheckedUnitId, string CheckedUnit, string Subject, string? LegalBasis, DateOnly PlannedFrom, DateOnly PlannedTo, CheckStatus Status,
    int Recommendations, int OpenRecommendations, int OverdueRecommendations, long Version);

public sealed record PlanView(int Year, string? DecisionNumber, DateOnly? ApprovedOn, long PlanVersion, IReadOnlyList<CheckRow> Checks);

public sealed record TeamRow(Guid Id, Guid StaffId, string FullName, string Unit, bool IsLeader, DateOnly? ConfirmedOn);

public sealed record ProgressLine(DateOnly ReportedOn, string Author, string Text);

public sealed record RecommendationRow(
    Guid Id, Guid CheckId, string CheckCode, string Label, Guid OwnerUnitId, string OwnerUnit, string? OwnerStaff, string Text, RecommendationKind Kind,
    long? AmountVnd, DateOnly DueOn, RecommendationStatus Status, DateOnly? ClosedOn, string? ClosingEvidence, Guid? LoopholeId, bool Overdue, bool CanReport,
    IReadOnlyList<ProgressLine> Progress, long Version);

/// <summary>A check as the detail page shows it; <see cref="Findings"/> is null for people who may not read them.</summary>
public sealed record CheckDetail(
    Check Check, string CheckedUnit, IReadOnlyList<TeamRow> Team, IReadOnlyList<RecommendationRow> Recommendations, bool SeesFindings, bool IsTeamMember,
    string? Findings);

/// <summary>What the checks pages read, narrowed to what the actor may see (a check they may not see does not exist for them).</summary>
public sealed class CheckBoard(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Checks.Select(c => c.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
    }

    public async Task<PlanView> PlanAsync(CheckActor actor, int year, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var today = DepartmentDate.Today(clock);
        var plan = await db.CheckPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Year == year, cancellationToken);
        var checks = Visible(db, actor).Where(c => c.Year == year);
        var rows = await (
            from c in checks
            join u in db.Units on c.CheckedUnitId equals u.Id
            select new
            {
                c, u.Name, u.NameEn,
                Total = db.CheckRecommendations.Count(r => r.CheckId == c.Id),
                Open = db.CheckRecommendations.Count(r => r.CheckId == c.Id && r.Status == RecommendationStatus.Open),
                Overdue = db.CheckRecommendations.Count(r => r.CheckId == c.Id && r.Status == RecommendationStatus.Open && r.DueOn < today),
            }).ToListAsync(cancellationToken);
        return new PlanView(year, plan?.DecisionNumber, plan?.ApprovedOn, plan?.Version ?? 0, rows
            .Select(r => new CheckRow(r.c.Id, r.c.Code, r.c.Kind, r.c.CheckedUnitId, UiLanguage.Pick(r.Name, r.NameEn), r.c.Subject, r.c.LegalBasis, r.c.PlannedFrom, r.c.PlannedTo,
                r.c.Status, r.Total, r.Open, r.Overdue, r.c.Version))
            .OrderBy(r => r.PlannedFrom).ThenBy(r => r.Code, StringComparer.Ordinal).ToList());
    }

    public async Task<CheckDetail?> DetailAsync(CheckActor actor, Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var check = await Visible(db, actor).AsNoTracking().Include(c => c.Team).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (check is null)
        {
            return null;
        }

        var unit = await db.Units.AsNoTracking().Where(u => u.Id == check.CheckedUnitId).Select(u => new { u.Name, u.NameEn }).SingleAsync(cancellationToken);
        var staffIds = check.Team.Select(m => m.StaffMemberId).ToList();
        var people = await (
            from s in db.StaffMembers.AsNoTracking()
            where staffIds.Contains(s.Id)
            join u in db.Units on s.UnitId equals u.Id
            select new { s.Id, s.FullName, u.Name, u.NameEn }).ToDictionaryAsync(s => s.Id, cancellationToken);
        var team = check.Team
            .Select(m => new TeamRow(m.Id, m.StaffMemberId, people[m.StaffMemberId].FullName, UiLanguage.Pick(people[m.StaffMemberId].Name, people[m.StaffMemberId].NameEn),
                m.IsLeader, m.NoConflictConfirmedOn))
            .OrderByDescending(m => m.IsLeader).ThenBy(m => m.FullName, StringComparer.CurrentCulture).ToList();
        var isMember = actor.StaffId is { } me && check.Team.Any(m => m.StaffMemberId == me);
        var seesFindings = actor.IsOfficer || actor.IsDepartmentLeader || isMember;
        var findings = check.Findings;
        if (!seesFindings)
        {
            // The entity goes to the page: what one may not read must not travel with it.
            check.Findings = null;
        }

        var recommendations = await RecommendationsAsync(db, actor, db.CheckRecommendations.Where(r => r.CheckId == id), cancellationToken);
        return new CheckDetail(check, UiLanguage.Pick(unit.Name, unit.NameEn), team, recommendations, seesFindings, isMember, seesFindings ? findings : null);
    }

    /// <summary>The recommendations a head (or a named owner) must act on: their units' and their own, open ones first.</summary>
    public async Task<IReadOnlyList<RecommendationRow>> ForOwnerAsync(CheckActor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var units = actor.HeadedUnits.ToList();
        var me = actor.StaffId;
        var mine = db.CheckRecommendations.Where(r => units.Contains(r.OwnerUnitId) || (me != null && r.OwnerStaffId == me));
        return (await RecommendationsAsync(db, actor, mine, cancellationToken))
            .OrderBy(r => r.Status).ThenBy(r => r.DueOn).ToList();
    }

    private async Task<IReadOnlyList<RecommendationRow>> RecommendationsAsync(
        PortalDbContext db, CheckActor actor, IQueryable<CheckRecommendation> query, CancellationToken cancellationToken)
    {
        var today = DepartmentDate.Today(clock);
        var rows = await (
            from r in query.AsNoTracking()
            join c in db.Checks on r.CheckId equals c.Id
            join u in db.Units on r.OwnerUnitId equals u.Id
            join s in db.StaffMembers on r.OwnerStaffId equals s.Id into owners
            from s in owners.DefaultIfEmpty()
            orderby c.Code, r.Number
            select new { r, c.Code, u.Name, u.NameEn, Staff = s == null ? null : s.FullName }).ToListAsync(cancellationToken);
        var ids = rows.Select(x => x.r.Id).ToList();
        var progress = (await (
                from p in db.RecommendationProgress.AsNoTracking()
                where ids.Contains(p.RecommendationId)
                join a in db.Users on p.AuthorUserId equals a.Id
                select new { p.RecommendationId, p.ReportedOn, p.CreatedAt, a.DisplayName, p.Text }).ToListAsync(cancellationToken))
            .OrderByDescending(p => p.ReportedOn).ThenByDescending(p => p.CreatedAt)
            .ToLookup(p => p.RecommendationId, p => new ProgressLine(p.ReportedOn, p.DisplayName, p.Text));
        return rows.Select(x => new RecommendationRow(
            x.r.Id, x.r.CheckId, x.Code, CheckRecommendation.Label(x.Code, x.r.Number), x.r.OwnerUnitId, UiLanguage.Pick(x.Name, x.NameEn), x.Staff, x.r.Text, x.r.Kind,
            x.r.AmountVnd, x.r.DueOn, x.r.Status, x.r.ClosedOn, x.r.ClosingEvidence, x.r.LoopholeId, CheckRecommendation.IsOverdue(x.r.DueOn, x.r.Status, today),
            x.r.Status == RecommendationStatus.Open && CheckRecommendations.CanReport(actor, x.r), progress[x.r.Id].ToList(), x.r.Version)).ToList();
    }

    /// <summary>Deny by default: the whole plan for officers, Department leaders and the programme secretary; otherwise one's units, teams and recommendations.</summary>
    private static IQueryable<Check> Visible(PortalDbContext db, CheckActor actor)
    {
        if (actor.SeesWholePlan)
        {
            return db.Checks;
        }

        var units = actor.HeadedUnits.ToList();
        var me = actor.StaffId;
        return db.Checks.Where(c => units.Contains(c.CheckedUnitId)
            || (me != null && c.Team.Any(m => m.StaffMemberId == me))
            || db.CheckRecommendations.Any(r => r.CheckId == c.Id && (units.Contains(r.OwnerUnitId) || (me != null && r.OwnerStaffId == me))));
    }
}

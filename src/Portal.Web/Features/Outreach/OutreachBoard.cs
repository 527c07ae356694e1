using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Features.Outreach;

public sealed record TrainingLine(Guid Id, string Code, string Title, OutreachKind Kind, int Year, bool Mandatory, DateOnly? DueOn, int Sessions, int Expected, int Attended, int Passed);

public sealed record UnitCoverage(Guid UnitId, string Unit, string? UnitEn, int Expected, int Attended, int Passed)
{
    public int? AttendedPercent => Expected == 0 ? null : (int)Math.Round(100.0 * Attended / Expected);
}

public sealed record AttendeeLine(Guid StaffId, string Name, string Unit, bool InAudience, DateOnly? AttendedOn, DateOnly? PassedOn, int? BestScore);

public sealed record TrainingDetail(
    Training Training, IReadOnlyList<TrainingSession> Sessions, IReadOnlyList<TrainingMaterial> Materials, IReadOnlyList<Guid> AudienceUnits,
    IReadOnlyList<Guid> AudiencePositions, int Questions, IReadOnlyList<AttendeeLine> People, IReadOnlyList<(Guid SessionId, Guid StaffId)> Attendance);

public sealed record MyTraining(Guid Id, string Code, string Title, bool Mandatory, DateOnly? DueOn, DateOnly? AttendedOn, DateOnly? PassedOn, int? BestScore, int Questions, IReadOnlyList<TrainingSession> Sessions);

/// <summary>The read side of outreach: the register, one training in full, a person's own trainings, coverage per unit.</summary>
public sealed class OutreachBoard(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<IReadOnlyList<TrainingLine>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Trainings.AsNoTracking().OrderByDescending(t => t.Year).ThenBy(t => t.Code)
            .Select(t => new TrainingLine(t.Id, t.Code, t.Title, t.Kind, t.Year, t.Mandatory, t.DueOn,
                db.TrainingSessions.Count(s => s.TrainingId == t.Id),
                db.TrainingParticipants.Count(p => p.TrainingId == t.Id && p.InAudience),
                db.TrainingParticipants.Count(p => p.TrainingId == t.Id && p.AttendedOn != null),
                db.TrainingParticipants.Count(p => p.TrainingId == t.Id && p.PassedOn != null)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Managers only: it names the people expected and who came.</summary>
    public async Task<TrainingDetail?> DetailAsync(OutreachActor actor, Guid id, CancellationToken cancellationToken = default)
    {
        if (!actor.CanManage)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var training = await db.Trainings.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (training is null)
        {
            return null;
        }

        var audience = await db.TrainingAudiences.AsNoTracking().Where(a => a.TrainingId == id).ToListAsync(cancellationToken);
        var people = await db.TrainingParticipants.AsNoTracking().Where(p => p.TrainingId == id)
            .Join(db.StaffMembers, p => p.StaffMemberId, s => s.Id, (p, s) => new { p, s.FullName })
            .Join(db.Units, x => x.p.UnitId, u => u.Id, (x, u) => new { x.p, x.FullName, u.Name, u.SortOrder })
            .OrderBy(x => x.SortOrder).ThenBy(x => x.FullName)
            .Select(x => new AttendeeLine(x.p.StaffMemberId, x.FullName, x.Name, x.p.InAudience, x.p.AttendedOn, x.p.PassedOn, x.p.BestScorePercent))
            .ToListAsync(cancellationToken);
        var attendance = await db.TrainingAttendances.AsNoTracking().Where(a => a.TrainingId == id).Select(a => new { a.SessionId, a.StaffMemberId }).ToListAsync(cancellationToken);
        return new TrainingDetail(training,
            await db.TrainingSessions.AsNoTracking().Where(s => s.TrainingId == id).OrderBy(s => s.HeldOn).ToListAsync(cancellationToken),
            await db.TrainingMaterials.AsNoTracking().Where(m => m.TrainingId == id).OrderBy(m => m.Label).ToListAsync(cancellationToken),
            audience.Where(a => a.UnitId is not null).Select(a => a.UnitId!.Value).ToList(),
            audience.Where(a => a.PositionId is not null).Select(a => a.PositionId!.Value).ToList(),
            await db.QuizQuestions.CountAsync(q => q.TrainingId == id, cancellationToken),
            people, attendance.Select(a => (a.SessionId, a.StaffMemberId)).ToList());
    }

    public async Task<IReadOnlyList<MyTraining>> MineAsync(OutreachActor actor, CancellationToken cancellationToken = default)
    {
        if (actor.StaffId is not { } staffId)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.TrainingParticipants.AsNoTracking().Where(p => p.StaffMemberId == staffId)
            .Join(db.Trainings, p => p.TrainingId, t => t.Id, (p, t) => new { p, t })
            .OrderByDescending(x => x.t.Year).ThenBy(x => x.t.Code)
            .Select(x => new { x.t.Id, x.t.Code, x.t.Title, x.t.Mandatory, x.t.DueOn, x.p.AttendedOn, x.p.PassedOn, x.p.BestScorePercent, Questions = db.QuizQuestions.Count(q => q.TrainingId == x.t.Id) })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var sessions = await db.TrainingSessions.AsNoTracking().Where(s => ids.Contains(s.TrainingId)).OrderBy(s => s.HeldOn).ToListAsync(cancellationToken);
        return rows.Select(r => new MyTraining(r.Id, r.Code, r.Title, r.Mandatory, r.DueOn, r.AttendedOn, r.PassedOn, r.BestScorePercent, r.Questions,
            sessions.Where(s => s.TrainingId == r.Id).ToList())).ToList();
    }

    /// <summary>
    /// Coverage of the given trainings' audiences, rolled up to the units directly under the Department (a hospital
    /// with its wards): who was expected, who attended by <paramref name="asOf"/>, who passed the quiz by then.
    /// <paramref name="rowOf"/> rolls up otherwise (a head's report: their unit and the units under it) and drops the
    /// participants it maps to null.
    /// </summary>
    public static async Task<IReadOnlyList<UnitCoverage>> CoverageAsync(
        PortalDbContext db, IReadOnlyCollection<Guid> trainingIds, DateOnly asOf, CancellationToken cancellationToken, Func<Guid, Guid?>? rowOf = null)
    {
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.Name, u.NameEn, u.SortOrder }).ToListAsync(cancellationToken);
        var byId = units.ToDictionary(u => u.Id);
        Guid TopOf(Guid id)
        {
            var u = byId[id];
            while (u.ParentId is { } parent && byId[parent].ParentId is not null)
            {
                u = byId[parent];
            }

            return u.Id;
        }

        var participants = await db.TrainingParticipants.AsNoTracking().Where(p => trainingIds.Contains(p.TrainingId) && p.InAudience)
            .Select(p => new { p.UnitId, p.AttendedOn, p.PassedOn }).ToListAsync(cancellationToken);
        return participants.Select(p => (Row: rowOf is null ? TopOf(p.UnitId) : rowOf(p.UnitId), p)).Where(x => x.Row is not null)
            .GroupBy(x => x.Row!.Value, x => x.p)
            .Select(g => new { Unit = byId[g.Key], g })
            .OrderBy(x => x.Unit.SortOrder)
            .Select(x => new UnitCoverage(x.Unit.Id, x.Unit.Name, x.Unit.NameEn, x.g.Count(), x.g.Count(p => p.AttendedOn <= asOf), x.g.Count(p => p.PassedOn <= asOf)))
            .ToList();
    }
}

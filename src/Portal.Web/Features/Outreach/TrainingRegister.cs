using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Audit;
using Portal.Web.Features.Deadlines.Duties;

namespace Portal.Web.Features.Outreach;

public sealed class TrainingForm
{
    public Guid? Id { get; set; }
    public string Code { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public OutreachKind Kind { get; set; }
    public int Year { get; set; }
    public bool Mandatory { get; set; }
    public DateOnly? DueOn { get; set; }
    public int PassMarkPercent { get; set; } = 80;
    public List<Guid> UnitIds { get; set; } = [];
    public List<Guid> PositionIds { get; set; } = [];
}

/// <summary>
/// Trainings and campaigns: the record, its audience, sessions, materials and attendance. Saving the audience
/// turns it into participants; a mandatory training gives each of them a duty (<see cref="DutyKinds.Training"/>)
/// that attendance closes, in the same transaction as the attendance itself.
/// </summary>
public sealed class TrainingRegister(IDbContextFactory<PortalDbContext> contexts, AuditLog audit, TimeProvider clock)
{
    public const string AttendRule = "training.attend";

    public async Task<OutreachResult> SaveAsync(OutreachActor actor, TrainingForm form, CancellationToken cancellationToken = default)
    {
        if (await RefuseUnlessManagerAsync(actor, "training", cancellationToken) is { } refused)
        {
            return refused;
        }

        var problem = string.IsNullOrWhiteSpace(form.Code) || string.IsNullOrWhiteSpace(form.Title) ? "Outreach.Error.Required"
            : form.Mandatory && form.DueOn is null ? "Outreach.Error.DueRequired"
            : form.PassMarkPercent is < 1 or > 100 ? "Outreach.Error.PassMark"
            : null;
        if (problem is not null)
        {
            return OutreachResult.Refused(problem);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var code = form.Code.Trim();
        if (await db.Trainings.AnyAsync(t => t.Code == code && t.Id != form.Id, cancellationToken))
        {
            return OutreachResult.Refused("Outreach.Error.CodeTaken");
        }

        var training = form.Id is { } id ? await db.Trainings.FirstOrDefaultAsync(t => t.Id == id, cancellationToken) : null;
        if (form.Id is not null && training is null)
        {
            return OutreachResult.Refused("Outreach.Error.NotFound");
        }

        if (training is null)
        {
            training = new Training { Code = code, Title = form.Title.Trim(), CreatedBy = actor.UserId, CreatedAt = clock.GetUtcNow() };
            db.Trainings.Add(training);
        }

        (training.Code, training.Title, training.Description, training.Kind) = (code, form.Title.Trim(), form.Description?.Trim(), form.Kind);
        (training.Year, training.Mandatory, training.DueOn, training.PassMarkPercent) = (form.Year, form.Mandatory, form.Mandatory ? form.DueOn : null, form.PassMarkPercent);

        db.TrainingAudiences.RemoveRange(await db.TrainingAudiences.Where(a => a.TrainingId == training.Id).ToListAsync(cancellationToken));
        db.TrainingAudiences.AddRange(form.UnitIds.Distinct().Select(u => new TrainingAudience { TrainingId = training.Id, UnitId = u }));
        db.TrainingAudiences.AddRange(form.PositionIds.Distinct().Select(p => new TrainingAudience { TrainingId = training.Id, PositionId = p }));
        await SyncParticipantsAsync(db, training, form, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(OutreachAudit.TrainingSaved, actor.UserId, training.Id.ToString(), $"code={training.Code}", cancellationToken);
        return OutreachResult.Ok(training.Id);
    }

    private async Task SyncParticipantsAsync(PortalDbContext db, Training training, TrainingForm form, CancellationToken cancellationToken)
    {
        var today = DepartmentDate.Today(clock);
        var members = await TrainingAudienceResolver.ResolveAsync(db, form.UnitIds, form.PositionIds, cancellationToken);
        var inAudience = members.ToDictionary(m => m.StaffId);
        var existing = await db.TrainingParticipants.Where(p => p.TrainingId == training.Id).ToListAsync(cancellationToken);
        foreach (var p in existing.Where(p => !inAudience.ContainsKey(p.StaffMemberId)))
        {
            // No longer expected: the duty is no longer owed; someone who came stays on record as attending.
            await DutyClocks.CloseAsync(db, DutyKinds.Training, p.Id, today, cancellationToken);
            if (p.AttendedOn is null && p.PassedOn is null)
            {
                db.TrainingParticipants.Remove(p);
            }
            else
            {
                p.InAudience = false;
            }
        }

        var byStaff = existing.ToDictionary(p => p.StaffMemberId);
        foreach (var m in members)
        {
            if (!byStaff.TryGetValue(m.StaffId, out var participant))
            {
                participant = new TrainingParticipant { TrainingId = training.Id, StaffMemberId = m.StaffId, UnitId = m.UnitId };
                db.TrainingParticipants.Add(participant);
            }

            participant.InAudience = true;
            if (training.Mandatory && training.DueOn is { } due && participant.AttendedOn is null)
            {
                await DutyClocks.TrackAsync(db, new DutyStart(
                    DutyKinds.Training, participant.Id, training.Code, AttendRule, participant.UnitId, m.StaffId, $"/outreach/{training.Id}", today, due), cancellationToken);
            }
            else
            {
                await DutyClocks.CloseAsync(db, DutyKinds.Training, participant.Id, today, cancellationToken);
            }
        }
    }

    public async Task<OutreachResult> AddSessionAsync(OutreachActor actor, Guid trainingId, DateOnly heldOn, string place, CancellationToken cancellationToken = default)
    {
        if (await RefuseUnlessManagerAsync(actor, trainingId.ToString(), cancellationToken) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(place))
        {
            return OutreachResult.Refused("Outreach.Error.Required");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Trainings.AnyAsync(t => t.Id == trainingId, cancellationToken))
        {
            return OutreachResult.Refused("Outreach.Error.NotFound");
        }

        var session = new TrainingSession { TrainingId = trainingId, HeldOn = heldOn, Place = place.Trim() };
        db.TrainingSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(OutreachAudit.SessionAdded, actor.UserId, trainingId.ToString(), $"session={session.Id}", cancellationToken);
        return OutreachResult.Ok(session.Id);
    }

    public async Task<OutreachResult> AddMaterialAsync(OutreachActor actor, Guid trainingId, string label, string url, CancellationToken cancellationToken = default)
    {
        if (await RefuseUnlessManagerAsync(actor, trainingId.ToString(), cancellationToken) is { } refused)
        {
            return refused;
        }

        // Links only, and only web links: a "javascript:" address would run in the portal's origin when clicked.
        if (string.IsNullOrWhiteSpace(label) || !Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return OutreachResult.Refused("Outreach.Error.Link");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Trainings.AnyAsync(t => t.Id == trainingId, cancellationToken))
        {
            return OutreachResult.Refused("Outreach.Error.NotFound");
        }

        var material = new TrainingMaterial { TrainingId = trainingId, Label = label.Trim(), Url = uri.ToString() };
        db.TrainingMaterials.Add(material);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(OutreachAudit.MaterialAdded, actor.UserId, trainingId.ToString(), null, cancellationToken);
        return OutreachResult.Ok(material.Id);
    }

    /// <summary>Records who came to a session; closes each one's duty on the session's day.</summary>
    public async Task<OutreachResult> RecordAttendanceAsync(OutreachActor actor, Guid sessionId, IReadOnlyCollection<Guid> staffIds, CancellationToken cancellationToken = default)
    {
        if (await RefuseUnlessManagerAsync(actor, sessionId.ToString(), cancellationToken) is { } refused)
        {
            return refused;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var session = await db.TrainingSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null)
        {
            return OutreachResult.Refused("Outreach.Error.NotFound");
        }

        var ids = staffIds.Distinct().ToList();
        var staff = await db.StaffMembers.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.UnitId }).ToListAsync(cancellationToken);
        var already = (await db.TrainingAttendances.Where(a => a.SessionId == sessionId).Select(a => a.StaffMemberId).ToListAsync(cancellationToken)).ToHashSet();
        var participants = await db.TrainingParticipants.Where(p => p.TrainingId == session.TrainingId && ids.Contains(p.StaffMemberId)).ToDictionaryAsync(p => p.StaffMemberId, cancellationToken);
        var now = clock.GetUtcNow();
        var added = 0;
        foreach (var s in staff)
        {
            if (already.Add(s.Id))
            {
                db.TrainingAttendances.Add(new TrainingAttendance { SessionId = sessionId, StaffMemberId = s.Id, TrainingId = session.TrainingId, RecordedBy = actor.UserId, RecordedAt = now });
                added++;
            }

            if (!participants.TryGetValue(s.Id, out var participant))
            {
                participant = new TrainingParticipant { TrainingId = session.TrainingId, StaffMemberId = s.Id, UnitId = s.UnitId, InAudience = false };
                db.TrainingParticipants.Add(participant);
            }

            if (participant.AttendedOn is null || session.HeldOn < participant.AttendedOn)
            {
                participant.AttendedOn = session.HeldOn;
            }

            await DutyClocks.CloseAsync(db, DutyKinds.Training, participant.Id, session.HeldOn, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(OutreachAudit.AttendanceRecorded, actor.UserId, sessionId.ToString(), $"added={added}", cancellationToken);
        return OutreachResult.Ok(sessionId);
    }

    private async Task<OutreachResult?> RefuseUnlessManagerAsync(OutreachActor actor, string subject, CancellationToken cancellationToken)
    {
        if (actor.CanManage)
        {
            return null;
        }

        await audit.AppendAsync(OutreachAudit.Refused, actor.UserId == Guid.Empty ? null : actor.UserId, subject, null, cancellationToken);
        return OutreachResult.Refused("Outreach.Error.NotAllowed");
    }
}

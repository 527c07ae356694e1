using Microsoft.EntityFrameworkCore;
using Portal.Crypto;
using Portal.Web.Data;
using Portal.Web.Features.Deadlines.Calendar;
using Portal.Web.Features.Deadlines.Rules;
using Portal.Web.Features.Integrity.Thresholds;
using Portal.Web.Features.Keys;

namespace Portal.Web.Features.Integrity.Declarations;

/// <summary>
/// The declarant's side: start a declaration for a period, save drafts, submit (with change detection), and
/// correct when asked. Every refusal is audited with the reason; a submitted declaration is never edited in place.
/// </summary>
public sealed class DeclarationWorkflow(
    IDbContextFactory<PortalDbContext> contexts, DeclarationGate gate, TimeProvider clock, Audit.AuditLog audit)
{
    public async Task<IntegrityResult> StartAsync(IntegrityActor actor, DeclarationKind kind, int year, DateOnly? eventDate, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var problem = await StartProblemAsync(db, actor, kind, year, eventDate, cancellationToken);
        if (problem is not null)
        {
            return await RefuseAsync(actor, "start", null, problem, cancellationToken);
        }

        var staff = await db.StaffMembers.AsNoTracking().SingleAsync(s => s.Id == actor.StaffId, cancellationToken);
        var publicKey = await db.StaffKeys.Where(k => k.UserId == actor.UserId).Select(k => k.PublicKey).SingleAsync(cancellationToken);
        var ruleDays = kind switch
        {
            DeclarationKind.First => (await DueDates.InForceAsync(db, DeclarationDeadlines.FirstRule, eventDate!.Value, cancellationToken))?.Duration,
            DeclarationKind.Appointment => (await DueDates.InForceAsync(db, DeclarationDeadlines.AppointmentRule, eventDate!.Value, cancellationToken))?.Duration,
            _ => 0,
        } ?? throw new InvalidOperationException("The declaration deadline rules are missing.");
        var calendar = await StoredCalendar.LoadAsync(db, cancellationToken);
        using var key = SecretKey.Generate();
        var declaration = new Declaration
        {
            DeclarantStaffId = staff.Id, DeclarantUserId = actor.UserId, UnitId = staff.UnitId, Kind = kind, Year = year, EventDate = eventDate,
            PeriodKey = DeclarationDeadlines.PeriodKey(kind, year, eventDate), DueOn = DeclarationDeadlines.Due(calendar, kind, year, eventDate, ruleDays),
            Content = [], ContentKeyForDeclarant = [], CreatedAt = clock.GetUtcNow(),
        };
        declaration.ContentKeyForDeclarant = Sealing.SealKey(key, publicKey, DeclarationCipher.DeclarantKeyAd(declaration.Id));
        declaration.Content = DeclarationCipher.EncryptForm(key, declaration.Id, new DeclarationForm());
        db.Declarations.Add(declaration);
        await db.DeclarationDues.Where(d => d.StaffMemberId == staff.Id && d.PeriodKey == declaration.PeriodKey && d.DeclarationId == null)
            .ExecuteUpdateAsync(d => d.SetProperty(x => x.DeclarationId, declaration.Id), cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two starts at once for one period: the unique index keeps one.
            return await RefuseAsync(actor, "start", null, "Declarations.Error.Duplicate", cancellationToken);
        }

        await audit.AppendAsync(IntegrityAudit.DeclarationDrafted, actor.UserId, declaration.Id.ToString(), $"kind={kind};period={declaration.PeriodKey}", cancellationToken);
        return IntegrityResult.Ok(declaration.Id);
    }

    private static async Task<string?> StartProblemAsync(PortalDbContext db, IntegrityActor actor, DeclarationKind kind, int year, DateOnly? eventDate, CancellationToken ct)
    {
        if (actor.StaffId is not { } staffId)
        {
            return "Declarations.Error.NoStaffRecord";
        }

        if (!Enum.IsDefined(kind) || year is < 2019 or > 2100 || (DeclarationDeadlines.NeedsEventDate(kind) && eventDate is null))
        {
            return "Declarations.Error.Period";
        }

        if (!await db.StaffKeys.AnyAsync(k => k.UserId == actor.UserId, ct))
        {
            return "Declarations.Error.NoKey";
        }

        var period = DeclarationDeadlines.PeriodKey(kind, year, eventDate);
        return await db.Declarations.AnyAsync(d => d.DeclarantStaffId == staffId && d.PeriodKey == period, ct) ? "Declarations.Error.Duplicate" : null;
    }

    /// <summary>The content as its reader may see it; opening someone else's declaration is audited.</summary>
    public async Task<DeclarationView?> ReadAsync(IntegrityActor actor, Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var d = await db.Declarations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (d is null)
        {
            return null;
        }

        // Only the declarant, personnel officers and the control body read declarations; keys alone (an inbox grant
        // left behind after a change of job) do not open one.
        var entitled = d.DeclarantUserId == actor.UserId || actor.IsPersonnelOfficer || actor.IsControlBody;
        var (access, key) = entitled ? await gate.OpenAsync(db, d, actor.UserId, actor.Session, cancellationToken) : (DeclarationAccess.NotEntitled, null);
        using (key)
        {
            if (d.DeclarantUserId != actor.UserId)
            {
                await audit.AppendAsync(access == DeclarationAccess.Opened ? IntegrityAudit.DeclarationOpened : IntegrityAudit.Refused, actor.UserId, id.ToString(),
                    access == DeclarationAccess.Opened ? null : $"action=open;access={access}", cancellationToken);
            }

            var name = await db.StaffMembers.Where(s => s.Id == d.DeclarantStaffId).Select(s => s.FullName).FirstAsync(cancellationToken);
            var events = await db.DeclarationEvents.AsNoTracking().Where(e => e.DeclarationId == id).OrderBy(e => e.At)
                .Select(e => new { e.Id, e.At, e.Action, e.Note, Actor = db.Users.Where(u => u.Id == e.ActorUserId).Select(u => u.DisplayName).FirstOrDefault() })
                .ToListAsync(cancellationToken);
            var form = key is null ? null : DeclarationCipher.DecryptForm(key, d.Id, d.Content);
            var history = events.Select(e => new DeclarationHistoryLine(e.At, e.Action, e.Actor ?? "",
                key is not null && e.Note is not null ? DeclarationCipher.DecryptNote(key, d.Id, e.Id, e.Note) : null)).ToList();
            return new DeclarationView(d, name, access, form, history);
        }
    }

    public async Task<IntegrityResult> SaveAsync(IntegrityActor actor, Guid id, long version, DeclarationForm form, CancellationToken cancellationToken = default) =>
        await WriteAsync(actor, id, version, form, submit: false, cancellationToken);

    public async Task<IntegrityResult> SubmitAsync(IntegrityActor actor, Guid id, long version, DeclarationForm form, CancellationToken cancellationToken = default) =>
        await WriteAsync(actor, id, version, form, submit: true, cancellationToken);

    private async Task<IntegrityResult> WriteAsync(IntegrityActor actor, Guid id, long version, DeclarationForm form, bool submit, CancellationToken cancellationToken)
    {
        var action = submit ? "submit" : "save";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var d = await db.Declarations.FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (d is null || d.DeclarantUserId != actor.UserId)
        {
            // Someone else's declaration, or none: the same answer, so ids cannot be probed.
            return await RefuseAsync(actor, action, id, "Declarations.Error.NotYours", cancellationToken);
        }

        if (d.Status is not (DeclarationStatus.Draft or DeclarationStatus.CorrectionRequested))
        {
            return await RefuseAsync(actor, action, id, "Declarations.Error.Locked", cancellationToken);
        }

        if (d.Version != version)
        {
            return IntegrityResult.Stale();
        }

        if (DeclarationValidation.Validate(form) is [var invalid, ..])
        {
            return await RefuseAsync(actor, action, id, invalid, cancellationToken);
        }

        var (access, key) = await gate.OpenAsync(db, d, actor.UserId, actor.Session, cancellationToken);
        using (key)
        {
            if (key is null)
            {
                return await RefuseAsync(actor, action, id, $"Declarations.Access.{access}", cancellationToken);
            }

            d.Content = DeclarationCipher.EncryptForm(key, d.Id, form);
            if (submit && await SubmitProblemAsync(db, d, key, form, actor, cancellationToken) is { } problem)
            {
                return await RefuseAsync(actor, action, id, problem, cancellationToken);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return IntegrityResult.Stale();
            }
        }

        await audit.AppendAsync(submit ? IntegrityAudit.DeclarationSubmitted : IntegrityAudit.DeclarationSaved, actor.UserId, id.ToString(),
            submit ? $"revision={d.Revision};change={d.Change}" : null, cancellationToken);
        return IntegrityResult.Ok(id);
    }

    /// <summary>Compares with the previous declaration, seals the key to the reviewers and the control body, and records the revision.</summary>
    private async Task<string?> SubmitProblemAsync(PortalDbContext db, Declaration d, SecretKey key, DeclarationForm form, IntegrityActor actor, CancellationToken ct)
    {
        var reviewers = await db.Inboxes.Where(i => i.Id == Inboxes.PersonnelReviewers).Select(i => i.PublicKey).FirstOrDefaultAsync(ct);
        var control = await db.Inboxes.Where(i => i.Id == Inboxes.ControlBody).Select(i => i.PublicKey).FirstOrDefaultAsync(ct);
        if (reviewers is null || control is null)
        {
            return "Declarations.Error.NoReviewers";
        }

        var now = clock.GetUtcNow();
        var today = DepartmentDate.Of(now);
        var (flag, comparedWith) = await CompareAsync(db, d, key, form, actor, today, ct);
        if (flag == ChangeOutcome.ExplanationRequired && string.IsNullOrWhiteSpace(form.IncreaseExplanation))
        {
            return "Declarations.Error.ExplanationRequired";
        }

        var corrected = d.Status == DeclarationStatus.CorrectionRequested;
        d.Change = flag;
        d.ComparedWithId = comparedWith;
        d.ThresholdFrom = (await IntegrityThresholds.InForceAsync(db, ThresholdCodes.Increase, today, ct)).EffectiveFrom;
        d.ContentKeyForReviewers ??= Sealing.SealKey(key, reviewers, DeclarationCipher.ReviewersKeyAd(d.Id));
        d.ContentKeyForControlBody ??= Sealing.SealKey(key, control, DeclarationCipher.ControlBodyKeyAd(d.Id));
        d.Status = DeclarationStatus.Submitted;
        d.SubmittedOn = today;
        d.CorrectionDueOn = null;
        d.Revision++;
        var revision = new DeclarationRevision { DeclarationId = d.Id, Number = d.Revision, SubmittedAt = now, Content = [] };
        revision.Content = DeclarationCipher.EncryptRevision(key, d.Id, revision.Id, form);
        db.DeclarationRevisions.Add(revision);
        db.DeclarationEvents.Add(new DeclarationEvent { DeclarationId = d.Id, At = now, ActorUserId = actor.UserId, Action = corrected ? "corrected" : "submitted" });
        await DeclarationDutyTracking.SubmittedAsync(db, d, today, ct);
        return null;
    }

    /// <summary>
    /// The threshold in force on the submission day applies. The previous declaration is the declarant's latest
    /// earlier submitted one, opened with their own key; its amounts stay in this method's memory.
    /// </summary>
    private async Task<(ChangeOutcome, Guid?)> CompareAsync(PortalDbContext db, Declaration d, SecretKey key, DeclarationForm form, IntegrityActor actor, DateOnly today, CancellationToken ct)
    {
        var previous = await db.Declarations.AsNoTracking()
            .Where(x => x.DeclarantStaffId == d.DeclarantStaffId && x.Id != d.Id && x.Status != DeclarationStatus.Draft && x.Status != DeclarationStatus.CorrectionRequested
                        && x.Year <= d.Year)
            .OrderByDescending(x => x.Year).ThenByDescending(x => x.SubmittedOn).FirstOrDefaultAsync(ct);
        if (previous is null)
        {
            return (ChangeOutcome.NotCompared, null);
        }

        var (_, previousKey) = await gate.OpenAsync(db, previous, actor.UserId, actor.Session, ct);
        using (previousKey)
        {
            var previousForm = previousKey is null ? null : DeclarationCipher.DecryptForm(previousKey, previous.Id, previous.Content);
            var threshold = await IntegrityThresholds.InForceAsync(db, ThresholdCodes.Increase, today, ct);
            return previousForm is null ? (ChangeOutcome.NotCompared, null) : (ChangeDetection.Compare(previousForm, form, threshold.AmountVnd), previous.Id);
        }
    }

    public async Task<IReadOnlyList<DeclarationSummary>> MineAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await DeclarationSummary.Query(db, db.Declarations.Where(d => d.DeclarantUserId == userId)).ToListAsync(cancellationToken);
    }

    internal async Task<IntegrityResult> RefuseAsync(IntegrityActor actor, string action, Guid? id, string problem, CancellationToken cancellationToken)
    {
        await audit.AppendAsync(IntegrityAudit.Refused, actor.UserId, id?.ToString(), $"action=declaration.{action};problem={problem}", cancellationToken);
        return IntegrityResult.Refused(problem);
    }
}

public sealed record DeclarationHistoryLine(DateTimeOffset At, string Action, string Actor, string? Note);

public sealed record DeclarationView(Declaration Declaration, string DeclarantName, DeclarationAccess Access, DeclarationForm? Form, IReadOnlyList<DeclarationHistoryLine> History);

/// <summary>What lists show: workflow metadata only, no content.</summary>
public sealed record DeclarationSummary(
    Guid Id, string DeclarantName, string UnitName, DeclarationKind Kind, int Year, DeclarationStatus Status, DateOnly DueOn, DateOnly? SubmittedOn,
    DateOnly? CorrectionDueOn, DateOnly? HandOverDueOn, ChangeOutcome Change, int Revision, long Version)
{
    internal static IQueryable<DeclarationSummary> Query(PortalDbContext db, IQueryable<Declaration> source) =>
        source.OrderByDescending(d => d.Year).ThenBy(d => d.DueOn).Select(d => new DeclarationSummary(
            d.Id, db.StaffMembers.Where(s => s.Id == d.DeclarantStaffId).Select(s => s.FullName).First(),
            db.Units.Where(u => u.Id == d.UnitId).Select(u => u.Name).First(), d.Kind, d.Year, d.Status, d.DueOn, d.SubmittedOn,
            d.CorrectionDueOn, d.HandOverDueOn, d.Change, d.Revision, d.Version));
}

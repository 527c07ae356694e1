using Microsoft.EntityFrameworkCore;
using Portal.Crypto;
using Portal.Web.Data;
using Portal.Web.Features.Deadlines.Duties;
using Portal.Web.Features.Deadlines.Rules;
using Portal.Web.Features.Keys;

namespace Portal.Web.Features.Integrity.Declarations;

public sealed record PublicationRecord(PublicationMethod Method, DateOnly From, DateOnly? To, int? Present, int? Summoned);

/// <summary>
/// The personnel unit's side: request a correction (7 days), accept, hand the copy to the control body (20 days),
/// record the publication. Each step needs the declaration's key through the reviewers' inbox: a person without
/// it is refused even when calling this service directly.
/// </summary>
public sealed class DeclarationReview(
    IDbContextFactory<PortalDbContext> contexts, DeclarationGate gate, DueDates dueDates, TimeProvider clock, Audit.AuditLog audit)
{
    public const int MinPostingDays = 15;
    public const int MaxReason = 2000;

    /// <summary>What the reviewer may see: everything filed for a personnel officer holding the reviewers' inbox, handed-over ones for the control body, nothing for anyone else.</summary>
    public async Task<IReadOnlyList<DeclarationSummary>> QueueAsync(IntegrityActor actor, CancellationToken cancellationToken = default)
    {
        var userId = actor.UserId;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (actor.IsPersonnelOfficer && await DeclarationGate.IsMemberAsync(db, Inboxes.PersonnelReviewers, userId, cancellationToken))
        {
            return await DeclarationSummary.Query(db, db.Declarations.Where(d => d.Status != DeclarationStatus.Draft)).ToListAsync(cancellationToken);
        }

        return actor.IsControlBody && await DeclarationGate.IsMemberAsync(db, Inboxes.ControlBody, userId, cancellationToken)
            ? await DeclarationSummary.Query(db, db.Declarations.Where(d => d.Status == DeclarationStatus.HandedOver)).ToListAsync(cancellationToken)
            : [];
    }

    public Task<IntegrityResult> RequestCorrectionAsync(IntegrityActor actor, Guid id, long version, string reason, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, version, "correction", [DeclarationStatus.Submitted], async (db, d, key, today, now) =>
        {
            if (string.IsNullOrWhiteSpace(reason) || reason.Length > MaxReason)
            {
                return "Declarations.Error.ReasonRequired";
            }

            d.Status = DeclarationStatus.CorrectionRequested;
            d.CorrectionDueOn = (await dueDates.ForAsync(DeclarationDeadlines.CorrectionRule, today, cancellationToken))?.Date;
            if (d.CorrectionDueOn is { } correctionDue)
            {
                await DeclarationDutyTracking.CorrectionAsync(db, d, today, correctionDue, cancellationToken);
            }

            var e = new DeclarationEvent { DeclarationId = d.Id, At = now, ActorUserId = actor.UserId, Action = "correction-requested" };
            e.Note = DeclarationCipher.EncryptNote(key, d.Id, e.Id, reason.Trim());
            db.DeclarationEvents.Add(e);
            return null;
        }, IntegrityAudit.CorrectionRequested, cancellationToken);

    public Task<IntegrityResult> AcceptAsync(IntegrityActor actor, Guid id, long version, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, version, "accept", [DeclarationStatus.Submitted], async (db, d, _, today, now) =>
        {
            d.Status = DeclarationStatus.Accepted;
            d.AcceptedOn = today;
            d.HandOverDueOn = (await dueDates.ForAsync(DeclarationDeadlines.HandOverRule, today, cancellationToken))?.Date;
            d.PublishDueOn = (await dueDates.ForAsync(DeclarationDeadlines.PublishRule, today, cancellationToken))?.Date;
            await DeclarationDutyTracking.AcceptedAsync(db, d, actor.StaffId, today, d.HandOverDueOn, d.PublishDueOn, cancellationToken);
            db.DeclarationEvents.Add(new DeclarationEvent { DeclarationId = d.Id, At = now, ActorUserId = actor.UserId, Action = "accepted" });
            return null;
        }, IntegrityAudit.DeclarationAccepted, cancellationToken);

    public Task<IntegrityResult> HandOverAsync(IntegrityActor actor, Guid id, long version, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, version, "hand-over", [DeclarationStatus.Accepted], async (db, d, _, today, now) =>
        {
            d.Status = DeclarationStatus.HandedOver;
            d.HandedOverOn = today;
            await DutyClocks.CloseAsync(db, DutyKinds.DeclarationHandOver, d.Id, today, cancellationToken);
            db.DeclarationEvents.Add(new DeclarationEvent { DeclarationId = d.Id, At = now, ActorUserId = actor.UserId, Action = "handed-over" });
            return null;
        }, IntegrityAudit.DeclarationHandedOver, cancellationToken);

    public Task<IntegrityResult> RecordPublicationAsync(IntegrityActor actor, Guid id, long version, PublicationRecord record, CancellationToken cancellationToken = default) =>
        StepAsync(actor, id, version, "publish", [DeclarationStatus.Accepted, DeclarationStatus.HandedOver], async (db, d, _, today, now) =>
        {
            if (PublicationProblem(record) is { } problem)
            {
                return problem;
            }

            (d.PublicationMethod, d.PublishedFrom, d.PublishedTo, d.MeetingPresent, d.MeetingSummoned) =
                (record.Method, record.From, record.To, record.Present, record.Summoned);
            db.DeclarationEvents.Add(new DeclarationEvent { DeclarationId = d.Id, At = now, ActorUserId = actor.UserId, Action = "published" });
            await DutyClocks.CloseAsync(db, DutyKinds.DeclarationPublication, d.Id, today, cancellationToken);
            return null;
        }, IntegrityAudit.DeclarationPublished, cancellationToken);

    /// <summary>Posting for at least 15 consecutive days, or a meeting with at least two thirds of those summoned (Decree 130/2020 Art 11).</summary>
    public static string? PublicationProblem(PublicationRecord r) => r.Method switch
    {
        PublicationMethod.Posting when r.To is not { } to || to.DayNumber - r.From.DayNumber + 1 < MinPostingDays => "Declarations.Error.PostingTooShort",
        PublicationMethod.Meeting when r.Summoned is not > 0 || r.Present is not { } p || p < 0 || p > r.Summoned || p * 3 < r.Summoned * 2 => "Declarations.Error.Quorum",
        PublicationMethod.Posting or PublicationMethod.Meeting => null,
        _ => "Declarations.Error.PublicationMethod",
    };

    private async Task<IntegrityResult> StepAsync(
        IntegrityActor actor, Guid id, long version, string action, DeclarationStatus[] from,
        Func<PortalDbContext, Declaration, SecretKey, DateOnly, DateTimeOffset, Task<string?>> apply, string auditAction, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var d = await db.Declarations.FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        string? problem = null;
        SecretKey? key = null;
        if (d is null)
        {
            problem = "Declarations.Error.NotFound";
        }
        else if (d.DeclarantUserId == actor.UserId)
        {
            problem = "Declarations.Error.OwnDeclaration";
        }
        else if (!actor.IsPersonnelOfficer)
        {
            // Holding the inbox key is not enough: the review is the personnel unit's, by role as well (ADR 0004).
            problem = IntegrityResult.NotPermitted;
        }
        else if (!await DeclarationGate.IsMemberAsync(db, Inboxes.PersonnelReviewers, actor.UserId, cancellationToken))
        {
            problem = "Declarations.Access.NotEntitled";
        }
        else
        {
            (var access, key) = await gate.OpenAsync(db, d, actor.UserId, actor.Session, cancellationToken);
            problem = key is null ? $"Declarations.Access.{access}"
                : !from.Contains(d.Status) ? "Declarations.Error.OutOfOrder"
                : d.Version != version ? "Integrity.Error.Conflict"
                : null;
        }

        using (key)
        {
            if (problem is null)
            {
                var now = clock.GetUtcNow();
                problem = await apply(db, d!, key!, DepartmentDate.Of(now), now);
            }

            if (problem is null)
            {
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateConcurrencyException)
                {
                    problem = "Integrity.Error.Conflict";
                }
            }
        }

        if (problem is not null)
        {
            await audit.AppendAsync(IntegrityAudit.Refused, actor.UserId, id.ToString(), $"action=declaration.{action};problem={problem}", cancellationToken);
            return problem == "Integrity.Error.Conflict" ? IntegrityResult.Stale() : IntegrityResult.Refused(problem);
        }

        await audit.AppendAsync(auditAction, actor.UserId, id.ToString(), null, cancellationToken);
        return IntegrityResult.Ok(id);
    }
}

using Microsoft.EntityFrameworkCore;
using Portal.Crypto;
using Portal.Web.Data;
using Portal.Web.Features.Intake;
using Portal.Web.Features.Keys;

namespace Portal.Web.Features.Cases;

public sealed record PendingIdentityRequest(Guid Id, Guid ReportId, string CaseCode, string Requester, string Reason, DateTimeOffset RequestedAt, long Version);

/// <summary>
/// The second lock: a handler asks for the reporter's identity with a reason; a custodian (never the requester)
/// approves by re-sealing the identity key from the vault to that handler alone, or refuses. All of it audited.
/// </summary>
public sealed class IdentityRequests(IDbContextFactory<PortalDbContext> contexts, CaseGate gate, Inboxes inboxes, TimeProvider clock, Audit.AuditLog audit)
{
    public const int MinReason = 10;
    public const int MaxReason = 1000;

    internal static byte[] PersonAd(Guid reportId, Guid userId) => ReportCipher.Ad(reportId, "identity-key-person", userId);

    public async Task<CaseResult> RequestAsync(CaseActor actor, Guid reportId, string? reason, CancellationToken cancellationToken = default)
    {
        reason = reason?.Trim();
        if (reason is null || reason.Length < MinReason || reason.Length > MaxReason)
        {
            return CaseResult.Invalid("Identity.Error.Reason");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (access, report, key) = await gate.OpenReportAsync(db, reportId, actor.UserId, actor.Session, true, cancellationToken);
        using (key)
        {
            if (report is null)
            {
                return new CaseResult(CaseOutcome.NotFound, CaseAccess.NotFound);
            }

            CaseResult result;
            if (key is null)
            {
                result = new CaseResult(CaseOutcome.Refused, access);
            }
            else if (report.Identity is null)
            {
                result = CaseResult.Invalid("Cases.Error.NoIdentity");
            }
            else if (await db.IdentityRequests.AnyAsync(r => r.ReportId == reportId && r.RequesterUserId == actor.UserId && r.State != RequestState.Refused, cancellationToken))
            {
                result = CaseResult.Invalid("Identity.Error.AlreadyRequested");
            }
            else
            {
                db.IdentityRequests.Add(new IdentityRequest { ReportId = reportId, RequesterUserId = actor.UserId, Reason = reason, RequestedAt = clock.GetUtcNow() });
                await db.SaveChangesAsync(cancellationToken);
                result = CaseResult.Done;
            }

            await audit.AppendAsync(result.Outcome == CaseOutcome.Done ? CaseAudit.IdentityRequested : CaseAudit.Refused, actor.UserId, reportId.ToString(),
                result.Outcome == CaseOutcome.Done ? null : $"action=identity-request;outcome={result.Outcome}", cancellationToken);
            return result;
        }
    }

    public async Task<IReadOnlyList<PendingIdentityRequest>> PendingAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await (from q in db.IdentityRequests.AsNoTracking()
                      join r in db.Reports on q.ReportId equals r.Id
                      join u in db.Users on q.RequesterUserId equals u.Id
                      where q.State == RequestState.Pending
                      orderby q.RequestedAt
                      select new PendingIdentityRequest(q.Id, r.Id, r.CaseCode, u.DisplayName, q.Reason, q.RequestedAt, q.Version)).ToListAsync(cancellationToken);
    }

    public async Task<CaseResult> DecideAsync(Guid custodianId, string? session, Guid requestId, long version, bool approve, string? note, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var request = await db.IdentityRequests.FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        var result = await CheckAsync(db, request, custodianId, version, approve, note, cancellationToken);
        if (result is null)
        {
            request!.State = approve ? RequestState.Approved : RequestState.Refused;
            request.DecidedByUserId = custodianId;
            request.DecidedAt = clock.GetUtcNow();
            request.DecisionNote = note?.Trim();
            result = approve ? await SealToRequesterAsync(db, request, custodianId, session, cancellationToken) : null;
            if (result is null)
            {
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    result = CaseResult.Done;
                }
                catch (DbUpdateConcurrencyException)
                {
                    result = new CaseResult(CaseOutcome.Conflict, Problem: "Cases.Error.Conflict");
                }
            }
        }

        var done = result.Outcome == CaseOutcome.Done;
        await audit.AppendAsync(done ? (approve ? CaseAudit.IdentityApproved : CaseAudit.IdentityRefused) : CaseAudit.Refused, custodianId,
            request?.ReportId.ToString(), done ? $"request={requestId};requester={request!.RequesterUserId}" : $"action=identity-decision;request={requestId};outcome={result.Outcome}",
            cancellationToken);
        return result;
    }

    private async Task<CaseResult?> CheckAsync(PortalDbContext db, IdentityRequest? request, Guid custodianId, long version, bool approve, string? note, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return new CaseResult(CaseOutcome.NotFound, CaseAccess.NotFound);
        }

        if (note?.Length > MaxReason)
        {
            return CaseResult.Invalid("Cases.Error.TooLong");
        }

        if (request.RequesterUserId == custodianId)
        {
            return new CaseResult(CaseOutcome.NotPermitted, Problem: "Cases.Error.SelfApproval");
        }

        if (request.State != RequestState.Pending || request.Version != version)
        {
            return new CaseResult(CaseOutcome.Conflict, Problem: "Cases.Error.Conflict");
        }

        return approve && await gate.IsRecusedAsync(db, request.ReportId, request.RequesterUserId, cancellationToken)
            ? CaseResult.Invalid("Identity.Error.RequesterRecused") : null;
    }

    private async Task<CaseResult?> SealToRequesterAsync(PortalDbContext db, IdentityRequest request, Guid custodianId, string? session, CancellationToken cancellationToken)
    {
        var report = await db.Reports.AsNoTracking().FirstAsync(r => r.Id == request.ReportId, cancellationToken);
        var publicKey = await db.StaffKeys.Where(k => k.UserId == request.RequesterUserId).Select(k => k.PublicKey).FirstOrDefaultAsync(cancellationToken);
        using var vault = await inboxes.OpenAsync(Inboxes.IdentityVault, custodianId, session, cancellationToken);
        if (vault is null)
        {
            return new CaseResult(CaseOutcome.Refused, CaseAccess.KeyLocked, "Identity.Error.VaultLocked");
        }

        if (report.IdentityKeyForVault is null || publicKey is null ||
            !Sealing.TryOpenKey(report.IdentityKeyForVault, vault, ReportCipher.Ad(report.Id, "identity-key-vault"), out var identityKey))
        {
            return CaseResult.Invalid("Identity.Error.NotInVault");
        }

        using (identityKey)
        {
            db.ReportIdentityKeys.RemoveRange(await db.ReportIdentityKeys.Where(k => k.ReportId == report.Id && k.UserId == request.RequesterUserId).ToListAsync(cancellationToken));
            db.ReportIdentityKeys.Add(new ReportIdentityKey
            {
                ReportId = report.Id, UserId = request.RequesterUserId,
                SealedKey = Sealing.SealKey(identityKey, publicKey, PersonAd(report.Id, request.RequesterUserId)),
            });
            return null;
        }
    }
}

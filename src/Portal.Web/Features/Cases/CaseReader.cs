using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Crypto;
using Portal.Web.Data;
using Portal.Web.Features.Intake;

namespace Portal.Web.Features.Cases;

/// <summary>
/// Opens a case for someone entitled (through <see cref="CaseGate"/>): the view, the reply to the reporter,
/// the files, the conflict-of-interest confirmation. Every view of decrypted content and every refusal is audited.
/// </summary>
public sealed class CaseReader(
    IDbContextFactory<PortalDbContext> contexts, CaseGate gate, Keys.KeyRing ring, AttachmentStore store, TimeProvider clock, IOptions<IntakeOptions> options,
    Audit.AuditLog audit)
{
    public async Task<(CaseAccess Access, CaseFile? File)> OpenAsync(Guid userId, string? session, Guid reportId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (access, report, contentKey) = await gate.OpenReportAsync(db, reportId, userId, session, true, cancellationToken);
        if (report is null)
        {
            return (access, null);
        }

        using (contentKey)
        {
            await audit.AppendAsync(contentKey is null ? Audit.AuditActions.ReportRefused : Audit.AuditActions.ReportOpened, userId,
                report.Id.ToString(), contentKey is null ? access.ToString() : null, cancellationToken);
            if (contentKey is null)
            {
                return (access, null);
            }

            var identityKey = await IdentityKeyAsync(db, report, userId, session, cancellationToken);
            using (identityKey)
            {
                var file = await CaseFile.LoadAsync(db, report, contentKey, identityKey, cancellationToken);
                if (identityKey is not null)
                {
                    await audit.AppendAsync(CaseAudit.IdentityViewed, userId, report.Id.ToString(), null, cancellationToken);
                }

                return file is null ? (CaseAccess.NotMember, null) : (CaseAccess.Opened, file);
            }
        }
    }

    /// <summary>The redacted file for sharing: identity fields are left out even for someone allowed to see them.</summary>
    public async Task<(CaseAccess Access, CaseFile? File)> ExportAsync(Guid userId, string? session, Guid reportId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (access, report, contentKey) = await gate.OpenReportAsync(db, reportId, userId, session, true, cancellationToken);
        using (contentKey)
        {
            await audit.AppendAsync(contentKey is null ? CaseAudit.Refused : CaseAudit.Exported, userId, reportId.ToString(),
                contentKey is null ? $"action=export;access={access}" : "redacted", cancellationToken);
            var file = report is null || contentKey is null ? null : await CaseFile.LoadAsync(db, report, contentKey, null, cancellationToken);
            return file is null ? (access == CaseAccess.Opened ? CaseAccess.NotMember : access, null) : (CaseAccess.Opened, file);
        }
    }

    /// <summary>The person confirms they have no conflict of interest with the case (asked once, before any content).</summary>
    public async Task<CaseAccess> ConfirmNoConflictAsync(Guid userId, string? session, Guid reportId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (access, report, key) = await gate.OpenReportAsync(db, reportId, userId, session, false, cancellationToken);
        using (key)
        {
            if (report is null || key is null)
            {
                return access;
            }

            if (!await db.ConflictConfirmations.AnyAsync(c => c.ReportId == reportId && c.UserId == userId, cancellationToken))
            {
                db.ConflictConfirmations.Add(new ConflictConfirmation { ReportId = reportId, UserId = userId, ConfirmedAt = clock.GetUtcNow() });
                await db.SaveChangesAsync(cancellationToken);
                await audit.AppendAsync(CaseAudit.ConflictConfirmed, userId, reportId.ToString(), null, cancellationToken);
            }

            return CaseAccess.Opened;
        }
    }

    /// <summary>The person declares a conflict of interest: from now on they are recused, and their keys to the case are gone.</summary>
    public async Task<CaseAccess> DeclareConflictAsync(Guid userId, string? session, Guid reportId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (access, report, key) = await gate.OpenReportAsync(db, reportId, userId, session, false, cancellationToken, tracked: true);
        using (key)
        {
            if (report is null || key is null)
            {
                return access;
            }

            var now = clock.GetUtcNow();
            await gate.RecuseAsync(db, report, key, new Dictionary<Guid, RecusalReason> { [userId] = RecusalReason.Declared }, DepartmentDate.Of(now), userId, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await audit.AppendAsync(CaseAudit.ConflictDeclared, userId, reportId.ToString(), null, cancellationToken);
            return CaseAccess.Recused;
        }
    }

    public async Task<CaseAccess> ReplyAsync(Guid userId, string? session, Guid reportId, string text, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (access, report, contentKey) = await gate.OpenReportAsync(db, reportId, userId, session, true, cancellationToken);
        using (contentKey)
        {
            if (report is null || contentKey is null)
            {
                await audit.AppendAsync(CaseAudit.Refused, userId, reportId.ToString(), $"action=reply;access={access}", cancellationToken);
                return access;
            }

            await using var message = new PendingMessage(contexts, store, clock, options.Value, report.Id, contentKey, MessageAuthor.Handler, userId);
            await message.CommitAsync(text, cancellationToken);
            await audit.AppendAsync(Audit.AuditActions.ReplySent, userId, report.Id.ToString(), $"message={message.Id}", cancellationToken);
            return CaseAccess.Opened;
        }
    }

    public async Task<(CaseAccess Access, (Stream Content, string Name)? File)> OpenFileAsync(
        Guid userId, string? session, Guid reportId, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (access, report, contentKey) = await gate.OpenReportAsync(db, reportId, userId, session, true, cancellationToken);
        if (report is null)
        {
            return (access, null);
        }

        using (contentKey)
        {
            await audit.AppendAsync(contentKey is null ? Audit.AuditActions.ReportRefused : Audit.AuditActions.FileOpened, userId,
                report.Id.ToString(), $"file={attachmentId}", cancellationToken);
            return contentKey is null ? (access, null)
                : (CaseAccess.Opened, await AttachmentReader.OpenAsync(db, store, report.Id, attachmentId, contentKey, cancellationToken));
        }
    }

    /// <summary>The identity key for a handler whose request a custodian approved; null otherwise (the default view is redacted).</summary>
    private async Task<SecretKey?> IdentityKeyAsync(PortalDbContext db, Report report, Guid userId, string? session, CancellationToken cancellationToken)
    {
        var sealedKey = await db.ReportIdentityKeys.AsNoTracking().Where(k => k.ReportId == report.Id && k.UserId == userId)
            .Select(k => k.SealedKey).FirstOrDefaultAsync(cancellationToken);
        return sealedKey is not null && ring.TryGet(session, userId, out var own) &&
            Sealing.TryOpenKey(sealedKey, own, IdentityRequests.PersonAd(report.Id, userId), out var key) ? key : null;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Crypto;
using Portal.Web.Data;
using Portal.Web.Features.Intake;
using Portal.Web.Features.Keys;

namespace Portal.Web.Features.Cases;

public enum CaseAccess
{
    Opened,
    /// <summary>The person holds no grant for the receiving unit's inbox: no key, no content.</summary>
    NotMember,
    /// <summary>The person is a member but their key is not unlocked in this session (sign in again).</summary>
    KeyLocked,
    NotFound,
}

public sealed record CaseRow(Guid Id, string CaseCode, ReportChannel Channel, ReportTrack Track, ReportStatus Status, DateOnly ReceivedOn, string UnitName, int Files);

/// <summary>
/// The handlers' minimal view of reports (full case handling comes later). Access is decided by keys: a
/// report opens only through the receiving unit's inbox key, which opens only with the reader's own key.
/// </summary>
public sealed class CaseReader(
    IDbContextFactory<PortalDbContext> contexts, Inboxes inboxes, KeyRing ring, AttachmentStore store, TimeProvider clock, IOptions<IntakeOptions> options,
    Audit.AuditLog audit)
{
    public async Task<IReadOnlyList<CaseRow>> ListAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var units = db.InboxGrants.Where(g => g.UserId == userId).Select(g => g.InboxId);
        return await db.Reports.AsNoTracking().Where(r => units.Contains(r.ReceivingUnitId))
            .OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.CaseCode)
            .Select(r => new CaseRow(r.Id, r.CaseCode, r.Channel, r.Track, r.Status, r.ReceivedOn,
                db.Units.Where(u => u.Id == r.ReceivingUnitId).Select(u => u.Name).First(),
                db.ReportAttachments.Count(a => a.ReportId == r.Id)))
            .Take(500).ToListAsync(cancellationToken);
    }

    public async Task<(CaseAccess Access, ReportView? View)> OpenAsync(Guid userId, string? session, Guid reportId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (access, report, contentKey) = await OpenReportAsync(db, reportId, userId, session, cancellationToken);
        if (report is null)
        {
            return (access, null);
        }

        using (contentKey)
        {
            // Every view of decrypted content, and every refusal, is on the record.
            await audit.AppendAsync(contentKey is null ? Audit.AuditActions.ReportRefused : Audit.AuditActions.ReportOpened, userId,
                report.Id.ToString(), contentKey is null ? access.ToString() : null, cancellationToken);
            return contentKey is null ? (access, null) : (CaseAccess.Opened, await ReportView.LoadAsync(db, report, contentKey, null, cancellationToken));
        }
    }

    public async Task<CaseAccess> ReplyAsync(Guid userId, string? session, Guid reportId, string text, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (access, report, contentKey) = await OpenReportAsync(db, reportId, userId, session, cancellationToken);
        if (report is null || contentKey is null)
        {
            return access;
        }

        await using var message = new PendingMessage(contexts, store, clock, options.Value, report.Id, contentKey, MessageAuthor.Handler, userId);
        await message.CommitAsync(text, cancellationToken);
        await audit.AppendAsync(Audit.AuditActions.ReplySent, userId, report.Id.ToString(), $"message={message.Id}", cancellationToken);
        return CaseAccess.Opened;
    }

    public async Task<(CaseAccess Access, (Stream Content, string Name)? File)> OpenFileAsync(
        Guid userId, string? session, Guid reportId, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (access, report, contentKey) = await OpenReportAsync(db, reportId, userId, session, cancellationToken);
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

    /// <summary>The report and, for someone entitled, its content key (the caller disposes it); NotFound leaves both null.</summary>
    private async Task<(CaseAccess Access, Report? Report, SecretKey? Key)> OpenReportAsync(
        PortalDbContext db, Guid reportId, Guid userId, string? session, CancellationToken cancellationToken)
    {
        var report = await db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        if (report is null)
        {
            return (CaseAccess.NotFound, null, null);
        }

        var (access, key) = await ContentKeyAsync(report, userId, session, cancellationToken);
        return (access, report, key);
    }

    private async Task<(CaseAccess, SecretKey?)> ContentKeyAsync(Report report, Guid userId, string? session, CancellationToken cancellationToken)
    {
        using var inbox = await inboxes.OpenAsync(report.ReceivingUnitId, userId, session, cancellationToken);
        if (inbox is null)
        {
            var member = (await inboxes.InboxesOfAsync(userId, cancellationToken)).Contains(report.ReceivingUnitId);
            return (member && !ring.TryGet(session, userId, out _) ? CaseAccess.KeyLocked : CaseAccess.NotMember, null);
        }

        return Sealing.TryOpenKey(report.ContentKeyForInbox, inbox, ReportCipher.Ad(report.Id, "content-key-inbox"), out var key)
            ? (CaseAccess.Opened, key)
            : (CaseAccess.NotMember, null);
    }
}

using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Data;
using Portal.Web.Features.Audit;
using Portal.Web.Features.Intake;

namespace Portal.Web.Features.Cases;

/// <summary>
/// Destroys closed cases once their retention period has passed: every key, every ciphertext and every file
/// goes, and what stays is a stub with the code, dates, stages and who decided what (no content), so the
/// destruction itself can be audited. A case whose reporter is still under protection is kept until the
/// protection ends, because its file may be needed to act on retaliation.
/// </summary>
public sealed class CaseRetention(
    IDbContextFactory<PortalDbContext> contexts, AttachmentStore store, AuditLog audit, TimeProvider clock,
    IOptions<CaseOptions> options, ILogger<CaseRetention> logger)
{
    /// <summary>Cases closed on or before this day are due for destruction today.</summary>
    public DateOnly Cutoff(DateOnly today) => today.AddYears(-options.Value.RetentionYears);

    /// <summary>Destroys every case due today and returns how many; safe to run again after a crash part-way.</summary>
    public async Task<int> DestroyDueAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = Cutoff(DepartmentDate.Today(clock));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var closed = db.Reports.Where(r => r.DestroyedOn == null && r.ClosedOn != null && r.ClosedOn <= cutoff
            && r.Protection != ProtectionState.Granted && r.Protection != ProtectionState.Requested);
        // A merged duplicate has no closing day of its own: it goes with the case it was merged into.
        var merged = db.Reports.Where(r => r.DestroyedOn == null && r.MergedIntoId != null
            && closed.Any(c => c.Id == r.MergedIntoId));
        var due = await merged.Select(r => r.Id).Concat(closed.Select(r => r.Id)).ToListAsync(cancellationToken);

        var destroyed = 0;
        foreach (var id in due)
        {
            if (await DestroyAsync(id, cancellationToken))
            {
                destroyed++;
            }
        }

        return destroyed;
    }

    private async Task<bool> DestroyAsync(Guid reportId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var report = await db.Reports.FirstOrDefaultAsync(r => r.Id == reportId && r.DestroyedOn == null, cancellationToken);
        if (report is null)
        {
            return false;
        }

        // Files first: a crash after this leaves rows naming missing files, which the next run removes; the other
        // order could leave ciphertext on disk that no row (and no later run) knows about.
        var files = await db.ReportAttachments.Where(a => a.ReportId == reportId).Select(a => a.StoredName).ToListAsync(cancellationToken);
        foreach (var file in files)
        {
            store.Discard(file);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.ReportAttachments.Where(a => a.ReportId == reportId).ExecuteDeleteAsync(cancellationToken);
        await db.ReportMessages.Where(m => m.ReportId == reportId).ExecuteDeleteAsync(cancellationToken);
        await db.ReportIdentityKeys.Where(k => k.ReportId == reportId).ExecuteDeleteAsync(cancellationToken);
        await db.CaseKeys.Where(k => k.ReportId == reportId).ExecuteDeleteAsync(cancellationToken);
        await db.CaseNotes.Where(n => n.ReportId == reportId).ExecuteDeleteAsync(cancellationToken);
        await db.CaseEvents.Where(e => e.ReportId == reportId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Detail, (byte[]?)null), cancellationToken);
        var none = Array.Empty<byte>();
        await db.RecommendedActions.Where(a => a.ReportId == reportId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Description, none), cancellationToken);

        report.Body = [];
        report.Identity = null;
        report.ContentKeyForInbox = null;
        report.ContentKeyForReporter = [];
        report.ReporterPublicKey = [];
        report.IdentityKeyForReporter = null;
        report.IdentityKeyForVault = null;
        report.OriginalsKeyForVault = null;
        report.OriginalsKeyForReporter = null;
        // The column is unique and required; random bytes no receipt derives to, so the old receipt finds nothing.
        report.LookupHash = RandomNumberGenerator.GetBytes(report.LookupHash.Length);
        report.DestroyedOn = DepartmentDate.Today(clock);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone touched the case meanwhile (a protection review, say); the next run looks at it again.
            return false;
        }

        await audit.AppendAsync(CaseAudit.Destroyed, null, report.CaseCode,
            $"closed {report.ClosedOn:yyyy-MM-dd}; retention {options.Value.RetentionYears} years", cancellationToken);
        logger.LogInformation("Destroyed case {CaseCode} after its retention period", report.CaseCode);
        return true;
    }
}

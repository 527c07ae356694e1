using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Crypto;
using Portal.Web.Data;
using Portal.Web.Features.Keys;

namespace Portal.Web.Features.Intake.FollowUp;

public enum OpenProblem
{
    None,
    NotFound,
    Busy,
}

/// <summary>The reporter's side of the conversation, reached with the receipt and nothing else.</summary>
public sealed class Mailbox(
    IDbContextFactory<PortalDbContext> contexts, ReceiptKeys receipts, MailboxSessions sessions, Inboxes inboxes,
    AttachmentStore store, TimeProvider clock, IOptions<IntakeOptions> options)
{
    /// <summary>
    /// The next statutory date that matters to the reporter: the earliest running clock of the case. The
    /// Department's own service levels for anonymous information (Art 25) are targets, not promises, so they are not shown.
    /// </summary>
    public async Task<Deadlines.Rules.DueDate?> DueDateAsync(ReportView view, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var next = await db.CaseClocks.AsNoTracking()
            .Where(c => c.ReportId == view.Id && c.StoppedOn == null && c.PausedOn == null && !c.RuleCode.StartsWith("anonymous."))
            .OrderBy(c => c.DueOn).FirstOrDefaultAsync(cancellationToken);
        var rule = next is null ? null : await db.DeadlineRules.AsNoTracking().FirstOrDefaultAsync(r => r.Id == next.RuleId, cancellationToken);
        return next is null || rule is null ? null : new Deadlines.Rules.DueDate(next.DueOn, rule);
    }

    /// <summary>
    /// Finds the report for a receipt. Found or not, the answer takes at least the configured time, and
    /// "not found" is the same for a never-issued receipt as for a withdrawn one: timing tells a guesser nothing.
    /// </summary>
    public async Task<(string? Token, OpenProblem Problem)> OpenAsync(Receipt receipt, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var secrets = await receipts.DeriveAsync(receipt, cancellationToken);
            if (secrets is null)
            {
                return (null, OpenProblem.Busy);
            }

            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var report = await db.Reports.FirstOrDefaultAsync(r => r.LookupHash == secrets.LookupHash, cancellationToken);
            if (report is null)
            {
                return (null, OpenProblem.NotFound);
            }

            await SealIdentityToVaultAsync(db, report, secrets.KeyPair, cancellationToken);
            return (sessions.Open(report.Id, secrets.KeyPair), OpenProblem.None);
        }
        finally
        {
            var remaining = TimeSpan.FromMilliseconds(options.Value.MinLookupMilliseconds) - Stopwatch.GetElapsedTime(started);
            if (remaining > TimeSpan.Zero)
            {
                await Task.Delay(remaining, CancellationToken.None);
            }
        }
    }

    public async Task<ReportView?> ViewAsync(string? token, CancellationToken cancellationToken)
    {
        if (!sessions.TryGet(token, out var reportId, out var key))
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var report = await db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        if (report is null)
        {
            return null;
        }

        using var contentKey = OpenContentKey(report, key);
        using var identityKey = OpenIdentityKey(report, key);
        return contentKey is null ? null : await ReportView.LoadAsync(db, report, contentKey, identityKey, cancellationToken);
    }

    /// <summary>A reply from the reporter, with files streamed in by the caller. Null when the mailbox session has ended.</summary>
    public async Task<PendingMessage?> BeginMessageAsync(string? token, CancellationToken cancellationToken)
    {
        if (!sessions.TryGet(token, out var reportId, out var key))
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var report = await db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        var contentKey = report is null ? null : OpenContentKey(report, key);
        if (contentKey is null)
        {
            return null;
        }

        var originals = report!.OriginalsKeyForReporter is { } sealedOriginals &&
            Sealing.TryOpenKey(sealedOriginals, key, ReportCipher.Ad(report.Id, "originals-key-reporter"), out var opened) ? opened : null;
        return new PendingMessage(contexts, store, clock, options.Value, reportId, contentKey, MessageAuthor.Reporter, null,
            originals, await inboxes.PublicKeyAsync(Inboxes.IdentityVault, cancellationToken));
    }

    public async Task<bool> DiscloseIdentityAsync(string? token, ReporterIdentity identity, CancellationToken cancellationToken)
    {
        if (!sessions.TryGet(token, out var reportId, out var key))
        {
            return false;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var report = await db.Reports.FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        if (report is null || report.Identity is not null)
        {
            return false;
        }

        using var identityKey = SecretKey.Generate();
        report.Identity = ReportCipher.EncryptJson(identityKey, identity, ReportCipher.Ad(report.Id, "identity"));
        report.IdentityKeyForReporter = Sealing.SealKey(identityKey, report.ReporterPublicKey, ReportCipher.Ad(report.Id, "identity-key-reporter"));
        if (await inboxes.PublicKeyAsync(Inboxes.IdentityVault, cancellationToken) is { } vault)
        {
            report.IdentityKeyForVault = Sealing.SealKey(identityKey, vault, ReportCipher.Ad(report.Id, "identity-key-vault"));
        }

        if (report.Channel != ReportChannel.Petition && report.Stage == Cases.CaseStage.New)
        {
            // From now on the statutory clock for a denunciation applies (Law on Denunciations, two tracks), counted
            // from the day the reporter said who they are. Once triaged, the handler reclassifies with reasons.
            report.Track = ReportTrack.IdentifiedDenunciation;
            await Deadlines.Clocks.ClockBook.StopAsync(db, report.Id, Today, _ => true, cancellationToken);
            await Deadlines.Clocks.ClockBook.StartAsync(db, report, Cases.CaseSteps.IntakeClock(report.Track), Today, cancellationToken);
            await Deadlines.Clocks.ClockBook.RefreshDueOnAsync(db, report, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> WithdrawAsync(string? token, CancellationToken cancellationToken) =>
        await UpdateAsync(token, r =>
        {
            if (Cases.PublicStatus.CanWithdraw(r.Stage))
            {
                r.WithdrawnOn ??= Today;
            }
        }, cancellationToken);

    public async Task<bool> RequestProtectionAsync(string? token, CancellationToken cancellationToken) =>
        await UpdateAsync(token, r =>
        {
            r.ProtectionRequested = true;
            r.Protection = r.Protection == Cases.ProtectionState.None ? Cases.ProtectionState.Requested : r.Protection;
        }, cancellationToken);

    private DateOnly Today => DepartmentDate.Of(clock.GetUtcNow());

    /// <summary>The decrypting stream of one of the report's files, with its name; null when not entitled or missing.</summary>
    public async Task<(Stream Content, string Name)?> OpenFileAsync(string? token, Guid attachmentId, CancellationToken cancellationToken)
    {
        if (!sessions.TryGet(token, out var reportId, out var key))
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var report = await db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        using var contentKey = report is null ? null : OpenContentKey(report, key);
        if (contentKey is null)
        {
            return null;
        }

        // The reporter may also open their own originals (files held back because they could not be cleaned).
        using var originals = report!.OriginalsKeyForReporter is { } sealedOriginals &&
            Sealing.TryOpenKey(sealedOriginals, key, ReportCipher.Ad(report.Id, "originals-key-reporter"), out var opened) ? opened : null;
        return await AttachmentReader.OpenAsync(db, store, reportId, attachmentId, contentKey, cancellationToken, originals);
    }

    private async Task<bool> UpdateAsync(string? token, Action<Report> change, CancellationToken cancellationToken)
    {
        if (!sessions.TryGet(token, out var reportId, out _))
        {
            return false;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var report = await db.Reports.FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        if (report is null)
        {
            return false;
        }

        change(report);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>An identity or originals given before the custodians' vault existed are sealed to it at the reporter's next visit.</summary>
    private async Task SealIdentityToVaultAsync(PortalDbContext db, Report report, X25519KeyPair reporter, CancellationToken cancellationToken)
    {
        var missing = (report.Identity is not null && report.IdentityKeyForVault is null) ||
                      (report.OriginalsKeyForReporter is not null && report.OriginalsKeyForVault is null);
        if (!missing || await inboxes.PublicKeyAsync(Inboxes.IdentityVault, cancellationToken) is not { } vault)
        {
            return;
        }

        using var identityKey = report.IdentityKeyForVault is null ? OpenIdentityKey(report, reporter) : null;
        if (identityKey is not null)
        {
            report.IdentityKeyForVault = Sealing.SealKey(identityKey, vault, ReportCipher.Ad(report.Id, "identity-key-vault"));
        }

        if (report.OriginalsKeyForVault is null && report.OriginalsKeyForReporter is { } sealedOriginals &&
            Sealing.TryOpenKey(sealedOriginals, reporter, ReportCipher.Ad(report.Id, "originals-key-reporter"), out var originals))
        {
            using (originals)
            {
                report.OriginalsKeyForVault = Sealing.SealKey(originals, vault, ReportCipher.Ad(report.Id, "originals-key-vault"));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static SecretKey? OpenContentKey(Report report, X25519KeyPair reporter) =>
        Sealing.TryOpenKey(report.ContentKeyForReporter, reporter, ReportCipher.Ad(report.Id, "content-key-reporter"), out var key) ? key : null;

    private static SecretKey? OpenIdentityKey(Report report, X25519KeyPair reporter) =>
        report.IdentityKeyForReporter is { } sealedKey &&
        Sealing.TryOpenKey(sealedKey, reporter, ReportCipher.Ad(report.Id, "identity-key-reporter"), out var key) ? key : null;
}

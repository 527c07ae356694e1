using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Crypto;
using Portal.Web.Data;
using Portal.Web.Features.Keys;

namespace Portal.Web.Features.Intake;

public enum SubmissionProblem
{
    None,
    ChannelClosed,
    Busy,
}

/// <summary>
/// Seals a report: a fresh content key encrypts everything the reporter wrote and every file as it streams
/// in; the key is sealed to the receiving unit's inbox and to the reporter's receipt-derived key; identity
/// goes under a second key sealed to the custodians' vault. Nothing plaintext is written anywhere.
/// </summary>
public sealed class IntakeSubmission(
    IDbContextFactory<PortalDbContext> contexts, ReceiptKeys receipts, AttachmentStore store, IntakeRouting routing,
    Inboxes inboxes, TimeProvider clock, IOptions<IntakeOptions> options, Cases.ConflictMatcher matcher, Cases.CaseGate gate)
{
    /// <param name="recordedBy">The officer who took a report by phone, in person or by post; null for the anonymous channel.</param>
    public async Task<(PendingReport? Report, SubmissionProblem Problem)> BeginAsync(
        ReportDraft draft, CancellationToken cancellationToken, ReportOrigin origin = ReportOrigin.Online, Guid? recordedBy = null)
    {
        // Matched in memory, before anything is sealed: a report about a unit head goes to the Department's inbox.
        var match = await matcher.MatchAsync(draft.Content.Persons, cancellationToken);
        var inbox = await routing.ReceivingInboxAsync(match.Level == Cases.CaseLevel.Unit ? draft.Content.ConcernedUnitId : null, cancellationToken);
        if (inbox is null)
        {
            return (null, SubmissionProblem.ChannelClosed);
        }

        var receipt = Receipt.Generate();
        var secrets = await receipts.DeriveAsync(receipt, cancellationToken);
        if (secrets is null)
        {
            return (null, SubmissionProblem.Busy);
        }

        // The vault receives the identity key and the originals key (files with their metadata).
        var vault = await inboxes.PublicKeyAsync(Inboxes.IdentityVault, cancellationToken);
        return (new PendingReport(this, draft, receipt, secrets, inbox.Value.UnitId, inbox.Value.PublicKey, vault, match, origin, recordedBy), SubmissionProblem.None);
    }

    internal AttachmentStore Store => store;

    internal IntakeOptions Options => options.Value;

    internal DateOnly Today => DepartmentDate.Today(clock);

    /// <summary>
    /// Numbers and stores the report in one transaction. The year's counter row is bumped with a single
    /// UPDATE ... RETURNING (SQLite and PostgreSQL alike), which serialises concurrent submissions instead of
    /// letting them race for the same number.
    /// </summary>
    internal async Task<string> SaveAsync(Report report, IReadOnlyList<ReportAttachment> attachments, SecretKey contentKey, Cases.ConflictMatch match,
        Guid? recordedBy, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var year = report.ReceivedOn.Year;
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO \"CaseNumbers\" (\"Year\", \"Last\") VALUES ({year}, 0) ON CONFLICT (\"Year\") DO NOTHING", cancellationToken);
        var number = (await db.Database.SqlQuery<int>(
            $"UPDATE \"CaseNumbers\" SET \"Last\" = \"Last\" + 1 WHERE \"Year\" = {year} RETURNING \"Last\" AS \"Value\"").ToListAsync(cancellationToken)).Single();
        report.CaseCode = $"PA-{year}-{number:D6}";
        db.Reports.Add(report);
        db.ReportAttachments.AddRange(attachments);
        // Day precision for the anonymous channel: a time of day would date the submission to the second.
        var now = recordedBy is null ? new DateTimeOffset(report.ReceivedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : clock.GetUtcNow();
        await gate.RecuseAsync(db, report, contentKey, match.Recused, report.ReceivedOn, recordedBy, now, cancellationToken);
        await Cases.CaseIntake.OnReceivedAsync(db, report, contentKey, recordedBy, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return report.CaseCode;
    }
}

using Microsoft.EntityFrameworkCore;
using Portal.Crypto;
using Portal.Web.Data;

namespace Portal.Web.Features.Intake;

/// <param name="HeldBack">An original that could not be cleaned: listed, but only the custodian can open it.</param>
public sealed record AttachmentView(Guid Id, string Name, DateOnly AddedOn, Guid? MessageId, IReadOnlyList<Metadata.MetadataKind> Removed, bool HeldBack);

public sealed record MessageView(Guid Id, MessageAuthor Author, DateOnly SentOn, string Text);

/// <summary>A report as someone entitled to its content key sees it. Built only in memory, never stored.</summary>
public sealed record ReportView(
    Guid Id, string CaseCode, ReportChannel Channel, ReportTrack Track, Cases.CaseStage Stage, DateOnly ReceivedOn, Guid ReceivingUnitId,
    ReportContent Content, bool HasIdentity, ReporterIdentity? Identity, bool ProtectionRequested,
    IReadOnlyList<AttachmentView> Attachments, IReadOnlyList<MessageView> Messages, bool Withdrawn, Cases.ConclusionOutcome? Outcome, ReportOrigin Origin)
{
    /// <summary>The resource key of the status in the reporter's plain words.</summary>
    public string PublicStatusKey => Cases.PublicStatus.KeyOf(Stage, Withdrawn);

    /// <summary>Decrypts a report with its content key (and, when given, its identity key). Null if any part fails to open.</summary>
    public static async Task<ReportView?> LoadAsync(PortalDbContext db, Report report, SecretKey contentKey, SecretKey? identityKey, CancellationToken cancellationToken)
    {
        if (!ReportCipher.TryDecryptJson<ReportContent>(contentKey, report.Body, ReportCipher.Ad(report.Id, "body"), out var content))
        {
            return null;
        }

        ReporterIdentity? identity = null;
        if (identityKey is not null && report.Identity is not null &&
            !ReportCipher.TryDecryptJson(identityKey, report.Identity, ReportCipher.Ad(report.Id, "identity"), out identity))
        {
            return null;
        }

        var attachments = new List<AttachmentView>();
        // An original with a cleaned copy is represented by that copy; the original itself needs the originals key.
        var rows = await db.ReportAttachments.AsNoTracking()
            .Where(a => a.ReportId == report.Id && !(a.IsOriginal && a.CleanedCopyId != null))
            .OrderBy(a => a.AddedOn).ThenBy(a => a.MessageId).ThenBy(a => a.Position).ToListAsync(cancellationToken);
        foreach (var a in rows)
        {
            if (!ContentCipher.TryDecryptString(contentKey, a.EncryptedName, ReportCipher.Ad(report.Id, "file-name", a.Id), out var name))
            {
                return null;
            }

            IReadOnlyList<Metadata.MetadataKind> removed = [];
            if (a.EncryptedRemoved is { } encrypted &&
                ReportCipher.TryDecryptJson<List<Metadata.MetadataKind>>(contentKey, encrypted, ReportCipher.Ad(report.Id, "file-removed", a.Id), out var kinds))
            {
                removed = kinds!;
            }

            attachments.Add(new AttachmentView(a.Id, name, a.AddedOn, a.MessageId, removed, a.IsOriginal));
        }

        var messages = new List<MessageView>();
        foreach (var m in await db.ReportMessages.AsNoTracking().Where(m => m.ReportId == report.Id).OrderBy(m => m.Sequence).ToListAsync(cancellationToken))
        {
            if (!ContentCipher.TryDecryptString(contentKey, m.Body, ReportCipher.Ad(report.Id, "message", m.Id), out var text))
            {
                return null;
            }

            messages.Add(new MessageView(m.Id, m.Author, m.SentOn, text));
        }

        return new ReportView(report.Id, report.CaseCode, report.Channel, report.Track, report.Stage, report.ReceivedOn, report.ReceivingUnitId,
            content!, report.Identity is not null, identity, report.ProtectionRequested, attachments, messages, report.WithdrawnOn is not null, report.Outcome, report.Origin);
    }
}

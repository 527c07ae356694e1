using System.Text.Json;
using Portal.Crypto;
using Portal.Web.Features.Intake.Metadata;

namespace Portal.Web.Features.Intake;

public enum FileCleaning
{
    /// <summary>A format the portal does not clean (e.g. TXT, HEIC): stored as sent.</summary>
    NotCleanable,
    Cleaned,
    /// <summary>A cleanable format too damaged to clean: kept only as an original, for the identity custodian.</summary>
    HeldBack,
}

/// <summary>What the reporter is told about one file.</summary>
public sealed record FileNotice(string Name, FileCleaning Cleaning, IReadOnlyList<MetadataKind> Removed);

/// <summary>
/// Stores one uploaded file as evidence. The original goes first to an encrypted file; it is then streamed
/// back through its decryptor into the metadata scrubber, whose output is encrypted as the copy handlers
/// see. The original stays under the report's originals key (custodians and reporter only). No step holds
/// the file in the clear on disk.
/// </summary>
internal sealed class EvidenceWriter(
    AttachmentStore store, Guid reportId, Guid? messageId, SecretKey contentKey, Func<SecretKey> originalsKey, DateOnly today, long maxFileBytes)
{
    public async Task<(FileProblem Problem, IReadOnlyList<ReportAttachment> Rows, FileNotice? Notice, long Bytes)> AddAsync(
        string? fileName, string? contentType, Stream content, long remainingBytes, int position, CancellationToken cancellationToken)
    {
        var name = FileNames.Clean(fileName);
        var type = string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType[..Math.Min(contentType.Length, 100)];
        var originalId = Guid.NewGuid();
        var (problem, original) = await AttachmentWriter.WriteAsync(store, reportId, originalId, content, maxFileBytes, remainingBytes, cancellationToken);
        if (original is null)
        {
            return (problem, [], null, 0);
        }

        using var originalKey = original.FileKey;
        var cleanedId = Guid.NewGuid();
        var cleanedName = AttachmentStore.NewStoredName();
        using var cleanedKey = SecretKey.Generate();
        ScrubResult result;
        try
        {
            await using (var source = StreamCipher.CreateDecryptor(store.OpenReadPart(original.StoredName), originalKey, ReportCipher.Ad(reportId, "file", originalId)))
            await using (var part = store.CreatePart(cleanedName))
            await using (var cleaned = StreamCipher.CreateEncryptor(part, cleanedKey, ReportCipher.Ad(reportId, "file", cleanedId), leaveOpen: true))
            {
                result = await MetadataScrubbers.ScrubAsync(source, cleaned, type, maxFileBytes, cancellationToken);
                if (result.Succeeded)
                {
                    await cleaned.CompleteAsync(cancellationToken);
                }
            }
        }
        catch
        {
            store.Discard(original.StoredName);
            store.Discard(cleanedName);
            throw;
        }

        if (!result.Succeeded)
        {
            store.Discard(cleanedName);
            var unsupported = result.FailureReason == ScrubFailureReason.Unsupported;
            // Nothing to clean: the file itself is what handlers see. Damaged beyond cleaning: it could still
            // carry metadata, so only the custodian (with the originals key) can open it.
            var row = Row(originalId, original.StoredName, original.CiphertextLength, name, type, originalKey,
                unsupported ? contentKey : originalsKey(), isOriginal: !unsupported, cleanedCopyId: null, removed: null, position);
            return (FileProblem.None, [row], new FileNotice(name, unsupported ? FileCleaning.NotCleanable : FileCleaning.HeldBack, []),
                original.PlaintextLength);
        }

        var kinds = result.Removed.Select(r => r.Kind).Distinct().ToList();
        return (FileProblem.None,
            [
                Row(cleanedId, cleanedName, store.PartLength(cleanedName), name, type, cleanedKey, contentKey, isOriginal: false, cleanedCopyId: null, kinds, position),
                Row(originalId, original.StoredName, original.CiphertextLength, name, type, originalKey, originalsKey(), isOriginal: true, cleanedId, null, position),
            ],
            new FileNotice(name, FileCleaning.Cleaned, kinds), original.PlaintextLength);
    }

    private ReportAttachment Row(Guid id, string storedName, long length, string name, string type, SecretKey fileKey, SecretKey wrapping,
        bool isOriginal, Guid? cleanedCopyId, List<MetadataKind>? removed, int position) => new()
    {
        Id = id, ReportId = reportId, MessageId = messageId, Position = position, StoredName = storedName, CiphertextLength = length,
        // Names and types are readable with the content key even for originals, so handlers can see that an original exists.
        EncryptedName = ContentCipher.EncryptString(contentKey, name, ReportCipher.Ad(reportId, "file-name", id)),
        EncryptedContentType = ContentCipher.EncryptString(contentKey, type, ReportCipher.Ad(reportId, "file-type", id)),
        FileKey = ReportCipher.WrapKey(wrapping, fileKey, ReportCipher.Ad(reportId, "file-key", id)),
        AddedOn = today, IsOriginal = isOriginal, CleanedCopyId = cleanedCopyId,
        EncryptedRemoved = removed is null ? null
            : ContentCipher.Encrypt(contentKey, JsonSerializer.SerializeToUtf8Bytes(removed), ReportCipher.Ad(reportId, "file-removed", id)),
    };
}

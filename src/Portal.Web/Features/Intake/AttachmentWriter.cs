using Portal.Crypto;

namespace Portal.Web.Features.Intake;

/// <summary>Streams one upload through a fresh file key into an encrypted ".part" file, enforcing size limits as it goes.</summary>
internal static class AttachmentWriter
{
    /// <summary>The caller owns <see cref="FileKey"/> and wraps it under whichever key governs the file.</summary>
    internal sealed record Written(string StoredName, long PlaintextLength, long CiphertextLength, SecretKey FileKey);

    public static async Task<(FileProblem Problem, Written? Attachment)> WriteAsync(
        AttachmentStore store, Guid reportId, Guid attachmentId, Stream content, long maxFileBytes, long remainingReportBytes, CancellationToken cancellationToken)
    {
        var storedName = AttachmentStore.NewStoredName();
        var fileKey = SecretKey.Generate();
        var buffer = new byte[64 * 1024];
        long length = 0;
        var problem = FileProblem.None;
        try
        {
            await using (var file = store.CreatePart(storedName))
            await using (var encryptor = StreamCipher.CreateEncryptor(file, fileKey, ReportCipher.Ad(reportId, "file", attachmentId), leaveOpen: true))
            {
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    length += read;
                    if (length > maxFileBytes || length > remainingReportBytes)
                    {
                        problem = length > maxFileBytes ? FileProblem.TooLarge : FileProblem.ReportTooLarge;
                        break;
                    }

                    await encryptor.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                if (problem == FileProblem.None && length == 0)
                {
                    problem = FileProblem.Empty;
                }

                if (problem == FileProblem.None)
                {
                    await encryptor.CompleteAsync(cancellationToken);
                }
            }

            if (problem != FileProblem.None)
            {
                store.Discard(storedName);
                fileKey.Dispose();
                return (problem, null);
            }

            return (FileProblem.None, new Written(storedName, length, store.PartLength(storedName), fileKey));
        }
        catch
        {
            store.Discard(storedName);
            fileKey.Dispose();
            throw;
        }
    }
}

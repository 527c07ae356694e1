using Microsoft.EntityFrameworkCore;
using Portal.Crypto;
using Portal.Web.Data;

namespace Portal.Web.Features.Intake;

/// <summary>Opens an attachment for someone who holds the report's content key: a decrypting stream, never a plaintext copy.</summary>
public static class AttachmentReader
{
    public static async Task<(Stream Content, string Name)?> OpenAsync(
        PortalDbContext db, AttachmentStore store, Guid reportId, Guid attachmentId, SecretKey contentKey, CancellationToken cancellationToken,
        SecretKey? originalsKey = null)
    {
        var row = await db.ReportAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.ReportId == reportId, cancellationToken);
        if (row is null ||
            !ContentCipher.TryDecryptString(contentKey, row.EncryptedName, ReportCipher.Ad(reportId, "file-name", row.Id), out var name))
        {
            return null;
        }

        // Originals are wrapped under the originals key: without it (a handler) they do not open.
        var fileKey = ReportCipher.UnwrapKey(row.IsOriginal ? originalsKey ?? contentKey : contentKey, row.FileKey, ReportCipher.Ad(reportId, "file-key", row.Id));
        if (fileKey is null)
        {
            return null;
        }

        // The decryptor keeps its own copy of the file key, so ours can go now.
        using (fileKey)
        {
            return (StreamCipher.CreateDecryptor(store.OpenRead(row.StoredName), fileKey, ReportCipher.Ad(reportId, "file", row.Id), leaveOpen: false), name);
        }
    }

    /// <summary>Sends a decrypted file as a download: never shown inline, never cached.</summary>
    public static async Task<IResult> SendAsync(HttpContext http, Stream content, string name)
    {
        http.Response.Headers.CacheControl = "no-store";
        var disposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(name);
        http.Response.Headers.ContentDisposition = disposition.ToString();
        http.Response.ContentType = "application/octet-stream";
        await using (content)
        {
            try
            {
                await content.CopyToAsync(http.Response.Body, http.RequestAborted);
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                // The file was altered on disk: stop here so the download is visibly incomplete.
                http.Abort();
            }
        }

        return Results.Empty;
    }
}

using System.Security.Cryptography;
using Portal.Crypto;
using Portal.Web.Features.Keys;

namespace Portal.Web.Features.Intake.FollowUp;

/// <summary>
/// An opened mailbox: the reporter's receipt-derived key, kept in memory for a short while so that each
/// action (reply, add a file) needs neither another slow derivation nor the receipt in the page again.
/// The token travels in hidden form fields only: no cookie, nothing in a URL.
/// </summary>
public sealed class MailboxSessions(TimeProvider clock) : IDisposable
{
    private readonly ExpiringKeys<Guid> keys = new(clock, TimeSpan.FromMinutes(15));

    /// <summary>Takes a copy of the reporter's key; the caller keeps ownership of the one it passes.</summary>
    public string Open(Guid reportId, X25519KeyPair reporterKey)
    {
        Span<byte> secret = stackalloc byte[32];
        reporterKey.ExportPrivateKey(secret);
        var copy = X25519KeyPair.Import(secret);
        CryptographicOperations.ZeroMemory(secret);
        return keys.Add(reportId, copy);
    }

    public bool TryGet(string? token, out Guid reportId, out X25519KeyPair key) => keys.TryGet(token, out reportId, out key);

    public void Close(string? token) => keys.Remove(token);

    public void Dispose() => keys.Dispose();
}

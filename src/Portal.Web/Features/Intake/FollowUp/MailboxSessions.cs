using System.Collections.Concurrent;
using System.Security.Cryptography;
using Portal.Crypto;

namespace Portal.Web.Features.Intake.FollowUp;

/// <summary>
/// An opened mailbox: the reporter's receipt-derived key, kept in memory for a short while so that each
/// action (reply, add a file) needs neither another slow derivation nor the receipt in the page again.
/// The token travels in hidden form fields only: no cookie, nothing in a URL.
/// </summary>
public sealed class MailboxSessions : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly TimeProvider clock;
    private readonly ITimer sweeper;

    public MailboxSessions(TimeProvider clock)
    {
        this.clock = clock;
        sweeper = clock.CreateTimer(_ => Sweep(), null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
    }

    /// <summary>Takes a copy of the reporter's key; the caller keeps ownership of the one it passes.</summary>
    public string Open(Guid reportId, X25519KeyPair reporterKey)
    {
        Span<byte> secret = stackalloc byte[32];
        reporterKey.ExportPrivateKey(secret);
        var copy = X25519KeyPair.Import(secret);
        CryptographicOperations.ZeroMemory(secret);
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        entries[token] = new Entry(reportId, copy, clock.GetUtcNow());
        return token;
    }

    public bool TryGet(string? token, out Guid reportId, out X25519KeyPair key)
    {
        reportId = default;
        key = default!;
        if (token is null || token.Length > 64 || !entries.TryGetValue(token, out var entry))
        {
            return false;
        }

        if (clock.GetUtcNow() - entry.LastUsed > Lifetime)
        {
            Close(token);
            return false;
        }

        entry.LastUsed = clock.GetUtcNow();
        (reportId, key) = (entry.ReportId, entry.Key);
        return true;
    }

    public void Close(string? token)
    {
        if (token is not null && entries.TryRemove(token, out var entry))
        {
            entry.Key.Dispose();
        }
    }

    private void Sweep()
    {
        foreach (var (token, entry) in entries)
        {
            if (clock.GetUtcNow() - entry.LastUsed > Lifetime)
            {
                Close(token);
            }
        }
    }

    public void Dispose()
    {
        sweeper.Dispose();
        foreach (var token in entries.Keys)
        {
            Close(token);
        }
    }

    private sealed class Entry(Guid reportId, X25519KeyPair key, DateTimeOffset lastUsed)
    {
        public Guid ReportId { get; } = reportId;
        public X25519KeyPair Key { get; } = key;
        public DateTimeOffset LastUsed { get; set; } = lastUsed;
    }
}

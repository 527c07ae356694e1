using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Portal.Crypto;
using Portal.Web.Infrastructure;

namespace Portal.Web.Features.Keys;

/// <summary>
/// Unlocked private keys of signed-in staff, in this process's memory only. The auth cookie carries a random
/// session id (never the key); the entry ends at sign-out, after the idle timeout, or when the process stops,
/// and then the person signs in again. A stolen database or backup therefore holds no usable staff key.
/// </summary>
public sealed class KeyRing : IDisposable
{
    /// <summary>Where sign-in pages leave the new session id for the claims factory.</summary>
    public const string HttpItem = "portal:key_session";

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly TimeProvider clock;
    private readonly TimeSpan idle;
    private readonly ITimer sweeper;

    public KeyRing(TimeProvider clock, IOptions<PortalOptions> options)
    {
        this.clock = clock;
        idle = TimeSpan.FromMinutes(options.Value.IdleTimeoutMinutes);
        sweeper = clock.CreateTimer(_ => Sweep(), null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
    }

    public int Count => entries.Count;

    /// <summary>Takes ownership of the key pair and returns the session id that unlocks it.</summary>
    public string Add(Guid userId, X25519KeyPair key)
    {
        var id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        entries[id] = new Entry(userId, key, clock.GetUtcNow());
        return id;
    }

    /// <summary>The key of this session, if it is still unlocked and belongs to this user. Each use counts as activity.</summary>
    public bool TryGet(string? sessionId, Guid userId, out X25519KeyPair key)
    {
        key = default!;
        if (sessionId is null || !entries.TryGetValue(sessionId, out var entry) || entry.UserId != userId)
        {
            return false;
        }

        if (clock.GetUtcNow() - entry.LastUsed > idle)
        {
            Remove(sessionId);
            return false;
        }

        entry.LastUsed = clock.GetUtcNow();
        key = entry.Key;
        return true;
    }

    public void Remove(string? sessionId)
    {
        if (sessionId is not null && entries.TryRemove(sessionId, out var entry))
        {
            entry.Key.Dispose();
        }
    }

    /// <summary>Drops every session of a user (password reset, account disabled, keys replaced).</summary>
    public void RemoveUser(Guid userId)
    {
        foreach (var (id, entry) in entries)
        {
            if (entry.UserId == userId)
            {
                Remove(id);
            }
        }
    }

    internal void Sweep()
    {
        var now = clock.GetUtcNow();
        foreach (var (id, entry) in entries)
        {
            if (now - entry.LastUsed > idle)
            {
                Remove(id);
            }
        }
    }

    public void Dispose()
    {
        sweeper.Dispose();
        foreach (var id in entries.Keys)
        {
            Remove(id);
        }
    }

    private sealed class Entry(Guid userId, X25519KeyPair key, DateTimeOffset lastUsed)
    {
        public Guid UserId { get; } = userId;
        public X25519KeyPair Key { get; } = key;
        public DateTimeOffset LastUsed { get; set; } = lastUsed;
    }
}

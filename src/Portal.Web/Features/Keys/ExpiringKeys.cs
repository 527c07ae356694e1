using System.Collections.Concurrent;
using System.Security.Cryptography;
using Portal.Crypto;

namespace Portal.Web.Features.Keys;

/// <summary>
/// Private keys held in this process's memory under random ids, each ending after a period without use (or
/// when removed) and disposed then, which wipes it. Never written anywhere. Serves the staff key ring and the
/// reporters' mailbox sessions.
/// </summary>
/// <typeparam name="TOwner">Whose key it is (a user id, a report id): a lookup must name the owner it expects.</typeparam>
public sealed class ExpiringKeys<TOwner> : IDisposable
    where TOwner : notnull
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly TimeProvider clock;
    private readonly TimeSpan lifetime;
    private readonly ITimer sweeper;

    public ExpiringKeys(TimeProvider clock, TimeSpan lifetime)
    {
        this.clock = clock;
        this.lifetime = lifetime;
        sweeper = clock.CreateTimer(_ => Sweep(), null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
    }

    public int Count => entries.Count;

    /// <summary>Takes ownership of the key and returns the random id that reaches it.</summary>
    public string Add(TOwner owner, X25519KeyPair key)
    {
        var id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        entries[id] = new Entry(owner, key, clock.GetUtcNow());
        return id;
    }

    /// <summary>The entry of this id if it is still alive; each use counts as activity.</summary>
    public bool TryGet(string? id, out TOwner owner, out X25519KeyPair key)
    {
        owner = default!;
        key = default!;
        if (id is null || id.Length > 64 || !entries.TryGetValue(id, out var entry))
        {
            return false;
        }

        if (clock.GetUtcNow() - entry.LastUsed > lifetime)
        {
            Remove(id);
            return false;
        }

        entry.LastUsed = clock.GetUtcNow();
        (owner, key) = (entry.Owner, entry.Key);
        return true;
    }

    public void Remove(string? id)
    {
        if (id is not null && entries.TryRemove(id, out var entry))
        {
            entry.Key.Dispose();
        }
    }

    public void RemoveOwner(TOwner owner)
    {
        foreach (var (id, entry) in entries)
        {
            if (EqualityComparer<TOwner>.Default.Equals(entry.Owner, owner))
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
            if (now - entry.LastUsed > lifetime)
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

    private sealed class Entry(TOwner owner, X25519KeyPair key, DateTimeOffset lastUsed)
    {
        public TOwner Owner { get; } = owner;
        public X25519KeyPair Key { get; } = key;
        public DateTimeOffset LastUsed { get; set; } = lastUsed;
    }
}

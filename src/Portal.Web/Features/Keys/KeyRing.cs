using Microsoft.Extensions.Options;
using Portal.Crypto;
using Portal.Web.Infrastructure;

namespace Portal.Web.Features.Keys;

/// <summary>
/// Unlocked private keys of signed-in staff, in this process's memory only. The auth cookie carries a random
/// session id (never the key); the entry ends at sign-out, after the idle timeout, or when the process stops,
/// and then the person signs in again. A stolen database or backup therefore holds no usable staff key.
/// </summary>
public sealed class KeyRing(TimeProvider clock, IOptions<PortalOptions> options) : IDisposable
{
    /// <summary>Where sign-in pages leave the new session id for the claims factory.</summary>
    public const string HttpItem = "portal:key_session";

    private readonly ExpiringKeys<Guid> keys = new(clock, TimeSpan.FromMinutes(options.Value.IdleTimeoutMinutes));

    public int Count => keys.Count;

    /// <summary>Takes ownership of the key pair and returns the session id that unlocks it.</summary>
    public string Add(Guid userId, X25519KeyPair key) => keys.Add(userId, key);

    /// <summary>The key of this session, if it is still unlocked and belongs to this user. Each use counts as activity.</summary>
    public bool TryGet(string? sessionId, Guid userId, out X25519KeyPair key) =>
        keys.TryGet(sessionId, out var owner, out key) && owner == userId;

    public void Remove(string? sessionId) => keys.Remove(sessionId);

    /// <summary>Drops every session of a user (password reset, account disabled, keys replaced).</summary>
    public void RemoveUser(Guid userId) => keys.RemoveOwner(userId);

    public void Dispose() => keys.Dispose();
}

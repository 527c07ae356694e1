using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Features.Audit;

/// <summary>Appends to and verifies the hash-chained audit log.</summary>
public sealed class AuditLog(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    private static readonly byte[] Genesis = new byte[32];

    public async Task AppendAsync(string action, Guid? actor, string? subject = null, string? detail = null, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            // One writer at a time extends the chain; a unique index on PreviousHash turns a race into a retry, never a fork.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (db.Database.IsNpgsql())
            {
                // Under READ COMMITTED every racing node reads the same tail, and twenty writers can use up the
                // retries; a transaction-scoped advisory lock queues them instead (released at commit or rollback).
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7243001)", cancellationToken);
            }

            var previous = await db.AuditEntries.OrderByDescending(e => e.Id).Select(e => e.Hash).FirstOrDefaultAsync(cancellationToken) ?? Genesis;
            var now = clock.GetUtcNow();
            var entry = new AuditEntry
            {
                // Whole milliseconds in UTC: what every provider stores exactly, so the hash survives the round trip.
                At = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero), ActorUserId = actor, Action = action, Subject = subject, Detail = detail,
                PreviousHash = previous, Hash = [],
            };
            entry.Hash = HashOf(entry);
            db.AuditEntries.Add(entry);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < 10)
            {
                await transaction.RollbackAsync(cancellationToken);
                // Jitter so writers that collided do not collide again in lock step.
                await Task.Delay(Random.Shared.Next(1, 10 * attempt), cancellationToken);
            }
        }
    }

    /// <summary>
    /// Walks the whole chain from the first entry. Returns how many entries fit and the first one that does not
    /// (altered, or following a removed or inserted entry), or no break when the chain is intact. The
    /// <c>audit verify</c> verb and the administrators' audit page both call this, so they always agree.
    /// </summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var previous = Genesis;
        long count = 0;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!entry.PreviousHash.AsSpan().SequenceEqual(previous) || !entry.Hash.AsSpan().SequenceEqual(HashOf(entry)))
            {
                return new AuditVerification(count, new AuditBreak(entry.Id, entry.At, entry.Action));
            }

            previous = entry.Hash;
            count++;
        }

        return new AuditVerification(count, null);
    }

    internal static byte[] HashOf(AuditEntry entry)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(entry.PreviousHash);
            writer.Write(entry.At.UtcTicks);
            writer.Write(entry.ActorUserId?.ToByteArray() ?? new byte[16]);
            // BinaryWriter length-prefixes strings, so field boundaries cannot shift between entries.
            writer.Write(entry.Action);
            writer.Write(entry.Subject ?? "");
            writer.Write(entry.Detail ?? "");
        }

        return SHA256.HashData(buffer.ToArray());
    }
}

/// <summary>What <see cref="AuditLog.VerifyAsync"/> found: the entries that fit the chain, and the first that does not.</summary>
public sealed record AuditVerification(long Checked, AuditBreak? Break)
{
    public bool Intact => Break is null;

    public long? BrokenAt => Break?.Id;
}

/// <summary>The first entry that does not fit, as it is stored now (its fields may be the altered ones).</summary>
public sealed record AuditBreak(long Id, DateTimeOffset At, string Action);

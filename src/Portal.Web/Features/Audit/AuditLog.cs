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
            }
        }
    }

    /// <summary>Walks the whole chain. Returns the id of the first entry that does not fit, or null when intact.</summary>
    public async Task<(long Checked, long? BrokenAt)> VerifyAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var previous = Genesis;
        long count = 0;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!entry.PreviousHash.AsSpan().SequenceEqual(previous) || !entry.Hash.AsSpan().SequenceEqual(HashOf(entry)))
            {
                return (count, entry.Id);
            }

            previous = entry.Hash;
            count++;
        }

        return (count, null);
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

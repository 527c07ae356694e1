using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Features.Integrity.Thresholds;

public sealed record ThresholdInForce(string Code, long AmountVnd, string LegalBasis, DateOnly EffectiveFrom);

/// <summary>Reads the threshold in force on a day. A missing one is a configuration error, not a zero.</summary>
public sealed class IntegrityThresholds(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<ThresholdInForce> InForceAsync(string code, DateOnly day, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await InForceAsync(db, code, day, cancellationToken);
    }

    internal static async Task<ThresholdInForce> InForceAsync(PortalDbContext db, string code, DateOnly day, CancellationToken cancellationToken)
    {
        var rows = await db.IntegrityThresholds.AsNoTracking().Where(t => t.Code == code).ToListAsync(cancellationToken);
        return Pick(rows, code, day);
    }

    public static ThresholdInForce Pick(IEnumerable<IntegrityThreshold> rows, string code, DateOnly day) =>
        rows.Where(t => t.Code == code).FirstOrDefault(t => t.IsInForceOn(day)) is { } t
            ? new ThresholdInForce(t.Code, t.AmountVnd, t.LegalBasis, t.EffectiveFrom)
            : throw new InvalidOperationException($"No threshold '{code}' is in force on {day:yyyy-MM-dd}.");
}

using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Features.Deadlines.Rules;

/// <summary>Reads the rules for the administrators' page: every version, in code and date order.</summary>
public sealed class DeadlineRuleCatalog(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<IReadOnlyList<DeadlineRule>> AllVersionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rules = await db.DeadlineRules.AsNoTracking().ToListAsync(cancellationToken);
        return rules.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.EffectiveFrom).ToList();
    }

    /// <summary>The version of each code in force on <paramref name="day"/>; codes with none that day are left out.</summary>
    public static IReadOnlyList<DeadlineRule> InForce(IEnumerable<DeadlineRule> versions, DateOnly day) =>
        versions.Where(r => r.IsInForceOn(day)).OrderBy(r => r.Code, StringComparer.Ordinal).ToList();

    /// <summary>A version can be revised while it is in force or still to come; one that has ended is history.</summary>
    public static bool IsRevisable(DeadlineRule rule, DateOnly today) => rule.EffectiveTo is null || rule.EffectiveTo >= today;
}

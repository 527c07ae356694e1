using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Programme;

namespace Portal.Web.Features.Assessment;

public sealed record CriterionLine(
    Guid Id, string Code, string Title, string? TitleEn, decimal MaxPoints, int SortOrder, long Version,
    decimal? Score, string? Explanation, string? Evidence, long ScoreVersion);

public sealed record SectionLine(Guid Id, string Code, string Title, string? TitleEn, int SortOrder, long Version, IReadOnlyList<CriterionLine> Criteria)
{
    public decimal MaxPoints => Criteria.Sum(c => c.MaxPoints);

    /// <summary>Unscored criteria count as zero: the total is what the Department can show today.</summary>
    public decimal Total => Criteria.Sum(c => c.Score ?? 0);

    public int Scored => Criteria.Count(c => c.Score is not null);
}

public sealed record YearSheet(int Year, bool Closed, DateOnly? ClosedOn, IReadOnlyList<SectionLine> Sections)
{
    public decimal MaxPoints => Sections.Sum(s => s.MaxPoints);

    public decimal Total => Sections.Sum(s => s.Total);
}

/// <summary>Reads a year's tree with scores and rolls them up per section; and every year's section totals for comparison.</summary>
public sealed class AssessmentSheet(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Criteria.Select(c => c.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
    }

    public async Task<YearSheet> ReadAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var nodes = await (
            from c in db.Criteria.AsNoTracking()
            where c.Year == year
            join s in db.CriterionScores on c.Id equals s.CriterionId into scores
            from s in scores.DefaultIfEmpty()
            select new { c, s }).ToListAsync(cancellationToken);
        var closed = await db.AssessmentYears.AsNoTracking().Where(y => y.Year == year).Select(y => y.ClosedOn).FirstOrDefaultAsync(cancellationToken);
        return new YearSheet(year, closed is not null, closed, Roll(nodes.Select(n => (n.c, (CriterionScore?)n.s)).ToList()));
    }

    /// <summary>Section totals of every year that has criteria, oldest first, keyed by section code.</summary>
    public async Task<IReadOnlyList<YearSheet>> AllYearsAsync(CancellationToken cancellationToken = default)
    {
        var years = await YearsAsync(cancellationToken);
        var sheets = new List<YearSheet>();
        foreach (var year in years.OrderBy(y => y))
        {
            sheets.Add(await ReadAsync(year, cancellationToken));
        }

        return sheets;
    }

    internal static IReadOnlyList<SectionLine> Roll(IReadOnlyList<(Criterion Criterion, CriterionScore? Score)> nodes)
    {
        var byParent = nodes.Where(n => n.Criterion.ParentId is not null).ToLookup(n => n.Criterion.ParentId!.Value);
        return nodes.Where(n => n.Criterion.ParentId is null)
            .OrderBy(n => n.Criterion.SortOrder).ThenBy(n => n.Criterion.Code, StringComparer.Ordinal)
            .Select(n => new SectionLine(n.Criterion.Id, n.Criterion.Code, n.Criterion.Title, n.Criterion.TitleEn, n.Criterion.SortOrder, n.Criterion.Version,
                byParent[n.Criterion.Id]
                    .OrderBy(c => c.Criterion.SortOrder).ThenBy(c => c.Criterion.Code, CodeOrder.Instance)
                    .Select(c => new CriterionLine(c.Criterion.Id, c.Criterion.Code, c.Criterion.Title, c.Criterion.TitleEn, c.Criterion.MaxPoints,
                        c.Criterion.SortOrder, c.Criterion.Version, c.Score?.Score, c.Score?.Explanation, c.Score?.Evidence, c.Score?.Version ?? 0))
                    .ToList()))
            .ToList();
    }
}

using System.Globalization;
using Portal.Web.Data;
using Portal.Web.Features.Checks;

namespace Portal.Web.Features.Reports;

/// <summary>
/// The Department's checks and the follow-up of their recommendations, from <see cref="CheckStatistics"/>: counts of
/// checks and recommendations, not of people, so they are shown as they are. Counted against the checked unit (ADR
/// 0013), so a head's report shows the checks of their units and every recommendation those checks made.
/// </summary>
public sealed class ChecksSection : IReportSection
{
    public int Order => 25;

    public async Task<ReportSectionResult> BuildAsync(PortalDbContext db, ReportPeriod period, ReportScope scope, DateOnly today, CancellationToken cancellationToken)
    {
        var figures = (await CheckStatistics.ForPeriodAsync(db, period.From, period.To, cancellationToken)).Where(f => scope.Includes(f.UnitId)).ToList();
        var activity = new ReportTable("checks-activity", ReportLabel.Of("ReportSection.Checks.Activity"), [ReportLabel.Of("Reports.Value")],
        [
            Row("ReportSection.Checks.Planned", ReportCell.Count(figures.Sum(f => f.ChecksPlanned))),
            Row("ReportSection.Checks.Started", ReportCell.Count(figures.Sum(f => f.ChecksStarted))),
            Row("ReportSection.Checks.Concluded", ReportCell.Count(figures.Sum(f => f.ChecksConcluded))),
            Row("ReportSection.Checks.Closed", ReportCell.Count(figures.Sum(f => f.ChecksClosed))),
            Row("ReportSection.Checks.Cancelled", ReportCell.Count(figures.Sum(f => f.ChecksCancelled))),
            Row("ReportSection.Checks.RecommendationsMade", ReportCell.Count(figures.Sum(f => f.RecommendationsMade))),
            Row("ReportSection.Checks.RecommendationsClosed", ReportCell.Count(figures.Sum(f => f.RecommendationsClosed))),
            Row("ReportSection.Checks.RecommendationsOverdue", ReportCell.Count(figures.Sum(f => f.RecommendationsOverdue))),
            Row("ReportSection.Checks.Recovery", ReportCell.Of(Millions(figures.Sum(f => f.RecoveryRecommendedVnd)))),
        ]);

        var rollUp = await ReportScope.RollUpAsync(db, scope, cancellationToken);
        var rows = rollUp.Rows.Select(u =>
            {
                var of = figures.Where(f => rollUp.RowOf(f.UnitId) == u.Id).ToList();
                return UnitRow(ReportLabel.Name(u.Name, u.NameEn), of);
            })
            .Where(r => r.Cells.Any(c => c.Value > 0))
            .Append(UnitRow(ReportLabel.Of("Reports.Total"), figures))
            .ToList();
        var byUnit = new ReportTable("checks-by-unit", ReportLabel.Of("ReportSection.Checks.ByUnit"),
        [
            ReportLabel.Of("ReportSection.Checks.Planned"), ReportLabel.Of("ReportSection.Checks.Concluded"), ReportLabel.Of("ReportSection.Checks.RecommendationsMade"),
            ReportLabel.Of("ReportSection.Checks.RecommendationsClosed"), ReportLabel.Of("ReportSection.Checks.RecommendationsOverdue"),
        ], rows, LastRowIsTotal: true, Chart: new ReportChart(2, SkipLastRow: true), Note: ReportLabel.Of("ReportSection.Checks.ByUnitNote"));

        return new ReportSectionResult("checks", ReportLabel.Of("ReportSection.Checks.Title"), [activity, byUnit]);
    }

    private static ReportRow UnitRow(ReportLabel label, IReadOnlyList<CheckUnitStatistics> of) => new(label,
    [
        ReportCell.Count(of.Sum(f => f.ChecksPlanned)), ReportCell.Count(of.Sum(f => f.ChecksConcluded)), ReportCell.Count(of.Sum(f => f.RecommendationsMade)),
        ReportCell.Count(of.Sum(f => f.RecommendationsClosed)), ReportCell.Count(of.Sum(f => f.RecommendationsOverdue)),
    ]);

    /// <summary>Money in millions of đồng with one decimal, as administrative reports state it.</summary>
    private static string Millions(long vnd) => (vnd / 1_000_000m).ToString("#,##0.#", CultureInfo.GetCultureInfo("vi-VN"));

    private static ReportRow Row(string key, ReportCell cell) => new(ReportLabel.Of(key), [cell]);
}

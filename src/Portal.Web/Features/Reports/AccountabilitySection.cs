using Portal.Web.Data;
using Portal.Web.Features.Accountability;

namespace Portal.Web.Features.Reports;

/// <summary>
/// Discipline, heads' responsibility, suspensions and rotation, from <see cref="AccountabilityStatistics"/>. Every count
/// here is a count of people, so every table describes people: <see cref="Disclosure"/> hides groups of one to four and
/// whatever a total would give back. Each breakdown is a partition (a person in one row), so its total row is a sum.
/// </summary>
public sealed class AccountabilitySection : IReportSection
{
    public int Order => 35;

    public async Task<ReportSectionResult> BuildAsync(PortalDbContext db, ReportPeriod period, ReportScope scope, DateOnly today, CancellationToken cancellationToken)
    {
        var figures = await AccountabilityStatistics.ForPeriodAsync(db, period.From, period.To, scope, cancellationToken);
        return new ReportSectionResult("accountability", ReportLabel.Of("ReportSection.Accountability.Title"), Tables(figures));
    }

    /// <summary>The section's tables from the raw counts, before <see cref="Disclosure"/> (which the report applies).</summary>
    public static IReadOnlyList<ReportTable> Tables(AccountabilityFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var people = ReportLabel.Of("Reports.People");

        var byForm = new ReportTable("accountability-discipline", ReportLabel.Of("ReportSection.Accountability.ByForm"), [people],
            [.. figures.ByForm.Select(f => Row(ReportLabel.Of($"Accountability.Form.{f.Form}"), f.People)), Row(ReportLabel.Of("Reports.Total"), figures.Disciplined)],
            DescribesPeople: true, LastRowIsTotal: true, Chart: new ReportChart(0, SkipLastRow: true), Note: ReportLabel.Of("ReportSection.Accountability.ByFormNote"));

        var byLevel = new ReportTable("accountability-heads", ReportLabel.Of("ReportSection.Accountability.ByLevel"), [people],
            [.. figures.ByLevel.Select(l => Row(ReportLabel.Of($"Accountability.Severity.{l.Severity}"), l.Heads)), Row(ReportLabel.Of("Reports.Total"), figures.HeadsConsidered)],
            DescribesPeople: true, LastRowIsTotal: true, Note: ReportLabel.Of("ReportSection.Accountability.ByLevelNote"));

        var byUnit = new ReportTable("accountability-units", ReportLabel.Of("ReportSection.Accountability.ByUnit"),
            [ReportLabel.Of("ReportSection.Accountability.Disciplined"), ReportLabel.Of("ReportSection.Accountability.HeadsConsidered")],
            [
                .. figures.ByUnit.Select(u => new ReportRow(ReportLabel.Name(u.UnitName, u.UnitNameEn), [ReportCell.Count(u.Disciplined), ReportCell.Count(u.HeadsConsidered)])),
                new ReportRow(ReportLabel.Of("Reports.Total"), [ReportCell.Count(figures.ByUnit.Sum(u => u.Disciplined)), ReportCell.Count(figures.ByUnit.Sum(u => u.HeadsConsidered))]),
            ],
            DescribesPeople: true, LastRowIsTotal: true, Chart: new ReportChart(0, SkipLastRow: true));

        var measures = new ReportTable("accountability-measures", ReportLabel.Of("ReportSection.Accountability.Measures"), [people],
        [
            Row(ReportLabel.Of("ReportSection.Accountability.Suspended"), figures.Suspended),
            Row(ReportLabel.Of("ReportSection.Accountability.Transferred"), figures.Transferred),
            Row(ReportLabel.Of("ReportSection.Accountability.Rotated"), figures.Rotated),
        ], DescribesPeople: true);

        return [byForm, byLevel, byUnit, measures];
    }

    private static ReportRow Row(ReportLabel label, int count) => new(label, [ReportCell.Count(count)]);
}

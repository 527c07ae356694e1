using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Integrity.Conflicts;
using Portal.Web.Features.Integrity.Declarations;
using Portal.Web.Features.Integrity.Gifts;
using Portal.Web.Features.Integrity.Policies;

namespace Portal.Web.Features.Reports;

/// <summary>
/// Declarations, gifts, conflicts of interest and policy acknowledgements. Every count here is a count of people
/// (one declarant, one recipient, one reporter), so the tables are protected by <see cref="Disclosure"/>.
/// Only statuses and dates are read: declared content stays encrypted.
/// </summary>
public sealed class IntegritySection(PolicyLibrary policies) : IReportSection
{
    public int Order => 20;

    public async Task<ReportSectionResult> BuildAsync(PortalDbContext db, ReportPeriod period, ReportScope scope, DateOnly today, CancellationToken cancellationToken)
    {
        var (from, to) = (period.From, period.To);
        // By the declarant's unit: the unit on the declaration, or for a due not yet filed, the person's unit now.
        var allDues = db.DeclarationDues.AsNoTracking()
            .InScope(scope, d => db.StaffMembers.Where(s => s.Id == d.StaffMemberId).Select(s => s.UnitId).FirstOrDefault());
        var declarations = db.Declarations.AsNoTracking().InScope(scope, d => d.UnitId);
        var dues = await allDues.Where(d => d.DueOn >= from && d.DueOn <= to).CountAsync(cancellationToken);
        var filed = await declarations.Where(d => d.SubmittedOn >= from && d.SubmittedOn <= to)
            .Select(d => new { d.SubmittedOn, d.DueOn }).ToListAsync(cancellationToken);
        var accepted = await declarations.CountAsync(d => d.AcceptedOn >= from && d.AcceptedOn <= to, cancellationToken);
        var handedOver = await declarations.CountAsync(d => d.HandedOverOn >= from && d.HandedOverOn <= to, cancellationToken);
        // Outstanding on the period's last day: due by then, and no declaration submitted by then.
        var outstanding = await allDues
            .Where(d => d.DueOn <= to && d.DueOn >= from.AddYears(-1))
            .Where(d => d.DeclarationId == null || !db.Declarations.Any(x => x.Id == d.DeclarationId && x.SubmittedOn <= to))
            .CountAsync(cancellationToken);
        var drawYears = Enumerable.Range(from.Year, to.Year - from.Year + 1).ToList();
        var (start, end) = period.Instants;
        var drawn = await db.VerificationDraws.AsNoTracking().Where(d => d.DrawnAt >= start && d.DrawnAt < end).Select(d => d.Year).ToListAsync(cancellationToken);
        var selected = await db.VerificationSelections.AsNoTracking().InScope(scope, s => s.UnitId).CountAsync(s => drawn.Contains(s.Year), cancellationToken);

        var table = new ReportTable("declarations", ReportLabel.Of("Reports.Declarations.Title"), [ReportLabel.Of("Reports.People")],
        [
            Row("Reports.Declarations.Due", dues),
            Row("Reports.Declarations.Filed", filed.Count),
            Row("Reports.Declarations.FiledLate", filed.Count(d => d.SubmittedOn > d.DueOn)),
            Row("Reports.Declarations.Accepted", accepted),
            Row("Reports.Declarations.HandedOver", handedOver),
            Row("Reports.Declarations.Outstanding", outstanding),
            Row("Reports.Declarations.Selected", selected),
        ], DescribesPeople: true);

        var gifts = await db.GiftReports.AsNoTracking().InScope(scope, g => g.UnitId).Where(g => g.ReportedOn >= from && g.ReportedOn <= to)
            .Select(g => new { g.Disposition, g.ReportedLate }).ToListAsync(cancellationToken);
        var dispositions = Enum.GetValues<GiftDisposition>();
        var giftTable = new ReportTable("gifts", ReportLabel.Of("Reports.Gifts.Title"),
            [.. dispositions.Select(d => ReportLabel.Of($"Gifts.Disposition.{d}")), ReportLabel.Of("Reports.Total"), ReportLabel.Of("Reports.Gifts.Late")],
            [new ReportRow(ReportLabel.Of("Reports.Gifts.Reported"),
                [.. dispositions.Select(d => ReportCell.Count(gifts.Count(g => g.Disposition == d))), ReportCell.Count(gifts.Count), ReportCell.Count(gifts.Count(g => g.ReportedLate))])],
            DescribesPeople: true, RowSums: [new SumRule(dispositions.Length, Enumerable.Range(0, dispositions.Length).ToList())]);

        var conflicts = await db.ConflictReports.AsNoTracking().InScope(scope, c => c.UnitId).Where(c => c.ReportedOn >= from && c.ReportedOn <= to)
            .Select(c => new { c.Decision, c.ReportedLate }).ToListAsync(cancellationToken);
        var decisions = Enum.GetValues<ConflictDecision>();
        var conflictTable = new ReportTable("conflicts", ReportLabel.Of("Reports.Conflicts.Title"),
            [.. decisions.Select(d => ReportLabel.Of($"Reports.Conflicts.Decision.{d}")), ReportLabel.Of("Reports.Total"), ReportLabel.Of("Reports.Conflicts.Late")],
            [new ReportRow(ReportLabel.Of("Reports.Conflicts.Reported"),
                [.. decisions.Select(d => ReportCell.Count(conflicts.Count(c => c.Decision == d))), ReportCell.Count(conflicts.Count), ReportCell.Count(conflicts.Count(c => c.ReportedLate))])],
            DescribesPeople: true, RowSums: [new SumRule(decisions.Length, Enumerable.Range(0, decisions.Length).ToList())]);

        var coverage = await policies.CoverageAsync(cancellationToken);
        var policyRows = coverage.Select(p =>
        {
            var units = p.Units.Where(u => scope.Includes(u.UnitId)).ToList();
            var (applicable, acked) = (units.Sum(u => u.Applicable), units.Sum(u => u.Acknowledged));
            return new ReportRow(ReportLabel.Name($"{p.Policy.Code} (v{p.Policy.Number})", null),
                [ReportCell.Count(applicable), ReportCell.Count(acked), ReportCell.Count(applicable - acked), ReportCell.Rate(acked, applicable)]);
        }).ToList();
        var policyTable = new ReportTable("policies", ReportLabel.Of("Reports.Policies.Title"),
            [ReportLabel.Of("Reports.Policies.Applicable"), ReportLabel.Of("Reports.Policies.Acknowledged"), ReportLabel.Of("Reports.Policies.NotYet"), ReportLabel.Of("Reports.Rate")],
            policyRows, DescribesPeople: true, RowSums: [new SumRule(0, [1, 2])], Chart: new ReportChart(3), Note: ReportLabel.Of("Reports.Policies.Note"));

        return new ReportSectionResult("integrity", ReportLabel.Of("Reports.Section.Integrity"), [table, giftTable, conflictTable, policyTable]);
    }

    private static ReportRow Row(string key, int count) => new(ReportLabel.Of(key), [ReportCell.Count(count)]);
}

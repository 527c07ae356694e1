using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Programme;

namespace Portal.Web.Features.Reports;

/// <summary>The steering committee's programme (tasks done and overdue), the loopholes register and the year's self-assessment score.</summary>
public sealed class ProgrammeSection : IReportSection
{
    public int Order => 30;

    public async Task<ReportSectionResult> BuildAsync(PortalDbContext db, ReportPeriod period, ReportScope scope, DateOnly today, CancellationToken cancellationToken)
    {
        var (from, to) = (period.From, period.To);
        // "Overdue" as it stood at the end of the period, or today for the period still running.
        var asOf = to < today ? to : today;
        // A head's report: the tasks and loopholes their units own. The self-assessment is the Department's alone.
        var tasks = await db.ProgrammeTasks.AsNoTracking().InScope(scope, t => t.OwnerUnitId).Where(t => t.Year == period.Year)
            .Select(t => new { t.DueOn, t.Status, t.CompletedOn }).ToListAsync(cancellationToken);
        bool DoneBy(ProgrammeTaskStatus status, DateOnly? completed, DateOnly day) => status == ProgrammeTaskStatus.Done && (completed is null || completed <= day);
        var taskTable = new ReportTable("programme-tasks", ReportLabel.Of("Reports.Programme.Tasks"), [ReportLabel.Of("Reports.Value")],
        [
            Row("Reports.Programme.TasksTotal", ReportCell.Count(tasks.Count(t => t.Status != ProgrammeTaskStatus.Cancelled))),
            Row("Reports.Programme.DueInPeriod", ReportCell.Count(tasks.Count(t => period.Contains(t.DueOn) && t.Status != ProgrammeTaskStatus.Cancelled))),
            Row("Reports.Programme.DoneInPeriod", ReportCell.Count(tasks.Count(t => t.Status == ProgrammeTaskStatus.Done && t.CompletedOn is { } c && period.Contains(c)))),
            Row("Reports.Programme.DoneTotal", ReportCell.Count(tasks.Count(t => DoneBy(t.Status, t.CompletedOn, asOf)))),
            Row("Reports.Programme.Overdue", ReportCell.Count(tasks.Count(t => t.DueOn < asOf && t.Status != ProgrammeTaskStatus.Cancelled && !DoneBy(t.Status, t.CompletedOn, asOf)))),
            Row("Reports.Programme.DoneRate", ReportCell.Rate(
                tasks.Count(t => DoneBy(t.Status, t.CompletedOn, asOf)), tasks.Count(t => t.Status != ProgrammeTaskStatus.Cancelled))),
        ]);

        var loopholes = await db.Loopholes.AsNoTracking().InScope(scope, l => l.OwnerUnitId).Select(l => new { l.FoundOn, l.Status, l.FixedOn }).ToListAsync(cancellationToken);
        var statuses = Enum.GetValues<LoopholeStatus>();
        var loopholeTable = new ReportTable("loopholes", ReportLabel.Of("Reports.Programme.Loopholes"), [ReportLabel.Of("Reports.Value")],
        [
            Row("Reports.Programme.LoopholesFound", ReportCell.Count(loopholes.Count(l => period.Contains(l.FoundOn)))),
            Row("Reports.Programme.LoopholesFixed", ReportCell.Count(loopholes.Count(l => l.FixedOn is { } f && period.Contains(f)))),
            .. statuses.Select(s => Row($"Reports.Programme.LoopholesNow.{s}", ReportCell.Count(loopholes.Count(l => l.Status == s && l.FoundOn <= to)))),
        ]);
        if (!scope.IsDepartment)
        {
            return new ReportSectionResult("programme", ReportLabel.Of("Reports.Section.Programme"), [taskTable, loopholeTable]);
        }

        var criteria = await db.Criteria.AsNoTracking().Where(c => c.Year == period.Year && c.MaxPoints > 0)
            .Select(c => new { c.Id, c.MaxPoints }).ToListAsync(cancellationToken);
        var ids = criteria.Select(c => c.Id).ToList();
        var scored = await db.CriterionScores.AsNoTracking().Where(s => ids.Contains(s.CriterionId)).Select(s => s.Score).ToListAsync(cancellationToken);
        var closed = await db.AssessmentYears.AsNoTracking().Where(y => y.Year == period.Year).Select(y => y.ClosedOn).FirstOrDefaultAsync(cancellationToken);
        var max = criteria.Sum(c => c.MaxPoints);
        var assessment = new ReportTable("assessment", ReportLabel.Of("Reports.Programme.Assessment", period.Year), [ReportLabel.Of("Reports.Value")],
        [
            Row("Reports.Programme.SelfScore", ReportCell.Of(max == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{scored.Sum():0.##} / {max:0.##}"))),
            Row("Reports.Programme.CriteriaScored", ReportCell.Of($"{scored.Count} / {criteria.Count}")),
            Row("Reports.Programme.AssessmentClosed", ReportCell.Of(closed is null ? "–" : closed.Value.ToString("MM/yyyy", CultureInfo.InvariantCulture))),
        ]);

        return new ReportSectionResult("programme", ReportLabel.Of("Reports.Section.Programme"), [taskTable, loopholeTable, assessment]);
    }

    private static ReportRow Row(string key, ReportCell cell) => new(ReportLabel.Of(key), [cell]);
}

using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Reports;

namespace Portal.Web.Features.Outreach;

/// <summary>
/// Outreach in the periodic report: trainings and campaigns held, participation, coverage per unit (counts of
/// people, protected by <see cref="Disclosure"/>) and where the whistleblower channel was published.
/// </summary>
public sealed class OutreachReportSection : IReportSection
{
    public int Order => 40;

    public async Task<ReportSectionResult> BuildAsync(PortalDbContext db, ReportPeriod period, ReportScope scope, DateOnly today, CancellationToken cancellationToken)
    {
        var (from, to) = (period.From, period.To);
        // A head's report: the trainings whose audience reaches their units, and their own people's attendance.
        var reached = scope.IsDepartment ? null
            : (await db.TrainingParticipants.AsNoTracking().InScope(scope, p => p.UnitId).Select(p => p.TrainingId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var sessions = (await db.TrainingSessions.AsNoTracking().Where(s => s.HeldOn >= from && s.HeldOn <= to)
            .Join(db.Trainings, s => s.TrainingId, t => t.Id, (s, t) => new { s.Id, s.TrainingId, t.Kind }).ToListAsync(cancellationToken))
            .Where(s => reached is null || reached.Contains(s.TrainingId)).ToList();
        var kinds = Enum.GetValues<OutreachKind>();
        var held = new ReportTable("outreach-held", ReportLabel.Of("Reports.Outreach.Held"),
            [ReportLabel.Of("Reports.Outreach.Programmes"), ReportLabel.Of("Reports.Outreach.Sessions")],
            kinds.Select(k => new ReportRow(ReportLabel.Of($"Outreach.Kind.{k}"),
                [ReportCell.Count(sessions.Where(s => s.Kind == k).Select(s => s.TrainingId).Distinct().Count()), ReportCell.Count(sessions.Count(s => s.Kind == k))])).ToList());

        var sessionIds = sessions.Select(s => s.Id).ToList();
        var attendances = await db.TrainingAttendances.AsNoTracking().Where(a => sessionIds.Contains(a.SessionId))
            .InScope(scope, a => db.StaffMembers.Where(s => s.Id == a.StaffMemberId).Select(s => s.UnitId).FirstOrDefault()).Select(a => a.StaffMemberId).ToListAsync(cancellationToken);
        var (start, end) = period.Instants;
        var attempts = await db.QuizAttempts.AsNoTracking().Where(a => a.At >= start && a.At < end)
            .InScope(scope, a => db.StaffMembers.Where(s => s.Id == a.StaffMemberId).Select(s => s.UnitId).FirstOrDefault()).Select(a => new { a.StaffMemberId, a.Passed }).ToListAsync(cancellationToken);
        var participation = new ReportTable("outreach-participation", ReportLabel.Of("Reports.Outreach.Participation"), [ReportLabel.Of("Reports.People")],
        [
            Row("Reports.Outreach.Attendances", attendances.Count),
            Row("Reports.Outreach.StaffTrained", attendances.Distinct().Count()),
            Row("Reports.Outreach.QuizTakers", attempts.Select(a => a.StaffMemberId).Distinct().Count()),
            Row("Reports.Outreach.QuizPassed", attempts.Where(a => a.Passed).Select(a => a.StaffMemberId).Distinct().Count()),
        ], DescribesPeople: true);

        // Coverage of the trainings that ran in the period or fell due in it, as it stood at the period's end.
        var dueIds = await db.Trainings.AsNoTracking().Where(t => t.DueOn >= from && t.DueOn <= to).Select(t => t.Id).ToListAsync(cancellationToken);
        var trainingIds = sessions.Select(s => s.TrainingId).Concat(dueIds).Distinct().ToList();
        var rollUp = await ReportScope.RollUpAsync(db, scope, cancellationToken);
        var coverage = await OutreachBoard.CoverageAsync(db, trainingIds, to, cancellationToken, scope.IsDepartment ? null : rollUp.RowOf);
        var rows = coverage.Select(c => CoverageRow(ReportLabel.Name(c.Unit, c.UnitEn), c.Expected, c.Attended, c.Passed)).ToList();
        rows.Add(CoverageRow(ReportLabel.Of("Reports.Total"), coverage.Sum(c => c.Expected), coverage.Sum(c => c.Attended), coverage.Sum(c => c.Passed)));
        var coverageTable = new ReportTable("outreach-coverage", ReportLabel.Of("Reports.Outreach.Coverage"),
            [ReportLabel.Of("Reports.Outreach.Expected"), ReportLabel.Of("Reports.Outreach.Attended"), ReportLabel.Of("Reports.Outreach.NotYet"), ReportLabel.Of("Reports.Outreach.Passed"), ReportLabel.Of("Reports.Rate")],
            rows, DescribesPeople: true, RowSums: [new SumRule(0, [1, 2])], LastRowIsTotal: true, Chart: new ReportChart(4, SkipLastRow: true),
            Note: ReportLabel.Of(scope.IsDepartment ? "Reports.Outreach.CoverageNote" : "ReportSection.Scope.CoverageNote"));

        var publications = await db.ChannelPublications.AsNoTracking().InScope(scope, p => p.UnitId)
            .Where(p => p.PublishedOn <= to && (p.WithdrawnOn == null || p.WithdrawnOn >= from))
            .Select(p => new { p.Medium, p.UnitId, p.PublishedOn }).ToListAsync(cancellationToken);
        var channel = new ReportTable("outreach-channel", ReportLabel.Of("Reports.Outreach.Channel"),
            [ReportLabel.Of("Reports.Outreach.Places"), ReportLabel.Of("Reports.Outreach.NewInPeriod"), ReportLabel.Of("Reports.Outreach.Units")],
            Enum.GetValues<PublicationMedium>().Select(m =>
            {
                var of = publications.Where(p => p.Medium == m).ToList();
                return new ReportRow(ReportLabel.Of($"Outreach.Medium.{m}"),
                    [ReportCell.Count(of.Count), ReportCell.Count(of.Count(p => p.PublishedOn >= from)), ReportCell.Count(of.Select(p => p.UnitId).Distinct().Count())]);
            }).ToList());

        return new ReportSectionResult("outreach", ReportLabel.Of("Reports.Section.Outreach"), [held, participation, coverageTable, channel]);
    }

    private static ReportRow CoverageRow(ReportLabel label, int expected, int attended, int passed) => new(label,
        [ReportCell.Count(expected), ReportCell.Count(attended), ReportCell.Count(expected - attended), ReportCell.Count(passed), ReportCell.Rate(attended, expected)]);

    private static ReportRow Row(string key, int count) => new(ReportLabel.Of(key), [ReportCell.Count(count)]);
}

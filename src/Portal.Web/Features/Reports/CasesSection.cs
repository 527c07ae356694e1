using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Assessment;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Intake;

namespace Portal.Web.Features.Reports;

/// <summary>
/// Reports and denunciations in the period, from workflow metadata only (channel, track, stage, outcome, clock
/// dates): no content is decrypted. Counts of cases are not counts of people, so they are shown as they are.
/// </summary>
public sealed class CasesSection : IReportSection
{
    public int Order => 10;

    public async Task<ReportSectionResult> BuildAsync(PortalDbContext db, ReportPeriod period, ReportScope scope, DateOnly today, CancellationToken cancellationToken)
    {
        var (from, to) = (period.From, period.To);
        var (start, end) = period.Instants;
        // A head's report counts the cases their units handle (the handling unit, not the unit the report is about).
        var reports = db.Reports.AsNoTracking().InScope(scope, r => r.ReceivingUnitId);
        var received = await reports
            .Where(r => r.ReceivedOn >= from && r.ReceivedOn <= to && r.MergedIntoId == null)
            .Select(r => new { r.Channel, r.Track, r.ReceivedOn })
            .ToListAsync(cancellationToken);
        var events = await db.CaseEvents.AsNoTracking()
            .Where(e => e.At >= start && e.At < end && reports.Any(r => r.Id == e.ReportId))
            .Select(e => new { e.Action, e.ReportId })
            .ToListAsync(cancellationToken);
        var concludedIds = events.Where(e => e.Action == CaseAction.ApproveConclusion).Select(e => e.ReportId).Distinct().ToList();
        var outcomes = await reports
            .Where(r => concludedIds.Contains(r.Id) && r.Outcome != null)
            .Select(r => r.Outcome!.Value)
            .ToListAsync(cancellationToken);
        var figures = await PortalFigures.ForPeriodAsync(db, from, to, scope, cancellationToken);
        // Overdue at the end of the period: running (not paused) on that day, past its due day.
        var overdue = await db.CaseClocks.Where(c => reports.Any(r => r.Id == c.ReportId)).CountAsync(
            c => c.StartedOn <= to && c.DueOn < to && (c.StoppedOn == null || c.StoppedOn > to) && c.PausedOn == null, cancellationToken);

        var tracks = Enum.GetValues<ReportTrack>();
        var byChannel = Enum.GetValues<ReportChannel>()
            .Select(ch => new ReportRow(ReportLabel.Of($"Reports.Channel.{ch}"),
                [.. tracks.Select(t => ReportCell.Count(received.Count(r => r.Channel == ch && r.Track == t))), ReportCell.Count(received.Count(r => r.Channel == ch))]))
            .Append(new ReportRow(ReportLabel.Of("Reports.Total"),
                [.. tracks.Select(t => ReportCell.Count(received.Count(r => r.Track == t))), ReportCell.Count(received.Count)]))
            .ToList();
        var channelTable = new ReportTable("cases-received", ReportLabel.Of("Reports.Cases.Received"),
            [.. tracks.Select(t => ReportLabel.Of($"Reports.Track.{t}")), ReportLabel.Of("Reports.Total")], byChannel,
            RowSums: [new SumRule(tracks.Length, Enumerable.Range(0, tracks.Length).ToList())], LastRowIsTotal: true,
            Chart: new ReportChart(tracks.Length, SkipLastRow: true));

        var months = period.Months.Select(m => new ReportRow(ReportLabel.Of("Reports.Month", m.Month, m.Year),
            [ReportCell.Count(received.Count(r => r.ReceivedOn.Year == m.Year && r.ReceivedOn.Month == m.Month))])).ToList();
        var monthTable = new ReportTable("cases-by-month", ReportLabel.Of("Reports.Cases.ByMonth"), [ReportLabel.Of("Reports.Cases.Count")], months,
            Chart: new ReportChart(0));

        int Count(CaseAction action) => events.Count(e => e.Action == action);
        var handling = new List<ReportRow>
        {
            Row("Reports.Cases.Accepted", ReportCell.Count(Count(CaseAction.Accept))),
            Row("Reports.Cases.Rejected", ReportCell.Count(Count(CaseAction.Reject))),
            Row("Reports.Cases.Forwarded", ReportCell.Count(Count(CaseAction.Forward))),
            Row("Reports.Cases.Concluded", ReportCell.Count(concludedIds.Count)),
            Row("Reports.Cases.Closed", ReportCell.Count(figures.CasesClosed)),
            Row("Reports.Cases.ClocksStopped", ReportCell.Count(figures.ClocksStopped)),
            Row("Reports.Cases.OnTime", ReportCell.Rate(figures.ClocksOnTime, figures.ClocksStopped)),
            Row("Reports.Cases.Overdue", ReportCell.Count(overdue)),
        };
        var handlingTable = new ReportTable("cases-handling", ReportLabel.Of("Reports.Cases.Handling"), [ReportLabel.Of("Reports.Value")], handling);

        var outcomeRows = Enum.GetValues<ConclusionOutcome>()
            .Select(o => Row($"Reports.Outcome.{o}", ReportCell.Count(outcomes.Count(x => x == o)))).ToList();
        var outcomeTable = new ReportTable("cases-outcomes", ReportLabel.Of("Reports.Cases.Outcomes"), [ReportLabel.Of("Reports.Cases.Count")], outcomeRows,
            Chart: new ReportChart(0));

        return new ReportSectionResult("cases", ReportLabel.Of("Reports.Section.Cases"), [channelTable, monthTable, handlingTable, outcomeTable]);
    }

    private static ReportRow Row(string key, ReportCell cell) => new(ReportLabel.Of(key), [cell]);
}

using Portal.Web.Features.Cases;

namespace Portal.Web.Features.Deadlines.Dashboard;

/// <summary>Open cases of one handling unit that are overdue or at risk, with its on-time record and extensions over the period.</summary>
public sealed record UnitLoad(Guid UnitId, string Code, string Name, string? NameEn, int Overdue, int AtRisk, int ClocksDue, int ClocksOnTime, int Extensions)
{
    public double? OnTimeRate => ClocksDue == 0 ? null : (double)ClocksOnTime / ClocksDue;
}

/// <summary>Open overdue and at-risk cases by assignee; <see cref="UserId"/> null gathers the cases assigned to no one.</summary>
public sealed record HandlerLoad(Guid? UserId, string? Name, int Overdue, int AtRisk);

/// <summary>Clocks whose due date fell in the month and has passed, and how many of them stopped on or before it.</summary>
public sealed record MonthRate(Guid UnitId, int Year, int Month, int Due, int OnTime)
{
    public double? Rate => Due == 0 ? null : (double)OnTime / Due;
}

public sealed record DashboardSummary(
    DashboardScope Scope, DateOnly Today, DateOnly AtRiskUntil, DateOnly From, IReadOnlyList<DateOnly> Months,
    IReadOnlyList<UnitLoad> Units, IReadOnlyList<HandlerLoad> Handlers, IReadOnlyList<MonthRate> Rates)
{
    public int Overdue => Units.Sum(u => u.Overdue);
    public int AtRisk => Units.Sum(u => u.AtRisk);
    public int Extensions => Units.Sum(u => u.Extensions);
    public int ClocksDue => Units.Sum(u => u.ClocksDue);
    public int ClocksOnTime => Units.Sum(u => u.ClocksOnTime);
    public double? OnTimeRate => ClocksDue == 0 ? null : (double)ClocksOnTime / ClocksDue;

    /// <summary>The whole scope's on-time rate per month of the period, oldest first (null: nothing fell due).</summary>
    public IReadOnlyList<double?> RateByMonth(Guid? unitId = null) =>
        Months.Select(m =>
        {
            var rows = Rates.Where(r => r.Year == m.Year && r.Month == m.Month && (unitId is null || r.UnitId == unitId)).ToList();
            var due = rows.Sum(r => r.Due);
            return due == 0 ? (double?)null : (double)rows.Sum(r => r.OnTime) / due;
        }).ToList();

    public MonthRate? RateOf(Guid unitId, DateOnly month) => Rates.FirstOrDefault(r => r.UnitId == unitId && r.Year == month.Year && r.Month == month.Month);
}

/// <summary>What the leader clicked: a unit, a handler, the unassigned cases, or nothing (every overdue and at-risk case of the scope).</summary>
public sealed record DrillDown(Guid? UnitId = null, Guid? HandlerId = null, bool Unassigned = false);

/// <summary>
/// One row of the drill-down: workflow metadata only. <see cref="StepVi"/>/<see cref="StepEn"/> name the rule of the clock
/// that sets the case's due date (the earliest running, unpaused one).
/// </summary>
public sealed record DashboardCase(
    Guid Id, string CaseCode, CaseStage Stage, string? StepVi, string? StepEn, DateOnly DueOn, int WorkingDaysOverdue, IReadOnlyList<string> Assignees);

public sealed record DashboardCases(IReadOnlyList<DashboardCase> Rows, int Total);

namespace Portal.Web.Features.Deadlines.Clocks;

/// <summary>
/// One statutory or internal time limit running on a case, under the rule in force on the day it started.
/// Suspension pauses it (the paused days are added back when it resumes); completing its step stops it.
/// </summary>
public sealed class CaseClock
{
    /// <summary>Random: clocks start at intake, and a version-7 id would date the submission to the millisecond.</summary>
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ReportId { get; set; }
    public int RuleId { get; set; }
    public required string RuleCode { get; set; }
    public DateOnly StartedOn { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly? PausedOn { get; set; }
    public DateOnly? StoppedOn { get; set; }
    public int Extensions { get; set; }
}

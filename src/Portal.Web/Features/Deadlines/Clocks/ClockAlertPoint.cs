using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Web.Features.Deadlines.Clocks;

/// <summary>
/// A scheduled alert of a clock that has not been reached yet: the date is computed once, in C# with the
/// working calendar, when the clock starts, resumes or is extended, so the sweep compares dates in SQL only.
/// The sweep deletes a point when it raises it (or passes it), so this table holds pending points alone.
/// </summary>
public sealed class ClockAlertPoint
{
    public Guid ClockId { get; set; }
    /// <summary>The clock's extension count when the point was scheduled: an extension starts a new round of alerts.</summary>
    public int Round { get; set; }
    /// <summary>"50%", "80%", "due" (<see cref="Rules.AlertPoint.Name"/>).</summary>
    public required string Point { get; set; }
    /// <summary>Order within the plan: when several points are reached at once, only the latest is raised.</summary>
    public int Sequence { get; set; }
    public DateOnly On { get; set; }
}

internal sealed class ClockAlertPointConfiguration : IEntityTypeConfiguration<ClockAlertPoint>
{
    public void Configure(EntityTypeBuilder<ClockAlertPoint> b)
    {
        b.HasKey(p => new { p.ClockId, p.Round, p.Point });
        b.Property(p => p.Point).HasMaxLength(16);
        b.HasIndex(p => p.On);
        b.HasOne<CaseClock>().WithMany().HasForeignKey(p => p.ClockId).OnDelete(DeleteBehavior.Cascade);
    }
}

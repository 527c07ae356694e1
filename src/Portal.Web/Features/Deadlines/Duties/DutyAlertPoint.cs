using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Web.Features.Deadlines.Duties;

/// <summary>
/// A scheduled alert of an open duty not reached yet, the duty's twin of <see cref="Clocks.ClockAlertPoint"/>: the
/// date is computed with the working calendar when the duty is tracked, so the sweep compares dates in SQL only and
/// deletes a point once raised or passed.
/// </summary>
public sealed class DutyAlertPoint
{
    public Guid DutyId { get; set; }
    public int Round { get; set; }
    /// <summary>"50%", "80%", "due".</summary>
    public required string Point { get; set; }
    public int Sequence { get; set; }
    public DateOnly On { get; set; }
}

internal sealed class DutyAlertPointConfiguration : IEntityTypeConfiguration<DutyAlertPoint>
{
    public void Configure(EntityTypeBuilder<DutyAlertPoint> b)
    {
        b.HasKey(p => new { p.DutyId, p.Round, p.Point });
        b.Property(p => p.Point).HasMaxLength(16);
        b.HasIndex(p => p.On);
        b.HasOne<Duty>().WithMany().HasForeignKey(p => p.DutyId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Data;

namespace Portal.Web.Features.Deadlines.Calendar;

/// <summary>
/// An administrator's override as stored: the <see cref="CalendarOverride"/> plus who entered it and when.
/// Removing one only marks it removed, so the table keeps the history of what the calendar was.
/// </summary>
public sealed class CalendarOverrideEntry : IVersioned
{
    public int Id { get; set; }
    public DateOnly Date { get; set; }
    public CalendarOverrideKind Kind { get; set; }
    public required string Name { get; set; }

    /// <summary>The announcement the override comes from and why it was entered (the form's "basis / reason").</summary>
    public required string Basis { get; set; }

    public Guid? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? RemovedBy { get; set; }
    public DateTimeOffset? RemovedAt { get; set; }
    public long Version { get; set; }

    public bool IsActive => RemovedAt is null;

    public CalendarOverride ToOverride() => new(Date, Kind, Name, Basis);
}

internal sealed class CalendarOverrideEntryConfiguration : IEntityTypeConfiguration<CalendarOverrideEntry>
{
    public const int NameLength = 200;
    public const int BasisLength = 300;

    public void Configure(EntityTypeBuilder<CalendarOverrideEntry> b)
    {
        b.ToTable("CalendarOverrides");
        b.Property(o => o.Name).HasMaxLength(NameLength);
        b.Property(o => o.Basis).HasMaxLength(BasisLength);
        // One active override per date: two administrators entering contradicting days at the same moment
        // cannot both succeed, whatever the validation in between saw.
        b.HasIndex(o => o.Date).IsUnique().HasFilter("\"RemovedAt\" IS NULL");
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Features.Accounts;

namespace Portal.Web.Features.Deadlines.Alerts;

internal sealed class DeadlineAlertConfiguration : IEntityTypeConfiguration<DeadlineAlert>
{
    public void Configure(EntityTypeBuilder<DeadlineAlert> b)
    {
        b.Property(a => a.Point).HasMaxLength(32);
        // The exactly-once guarantee: the sweep inserts with ON CONFLICT DO NOTHING against this key.
        b.HasIndex(a => new { a.ClockId, a.Round, a.Point }).IsUnique();
        b.HasIndex(a => a.Expanded).HasFilter("\"Expanded\" = FALSE");
        // No foreign keys to clocks or reports: an alert outlives a destroyed case only as ids, and the sweep's
        // INSERT ... SELECT must not pay for constraint checks on 100,000 rows.
    }
}

internal sealed class LeaderDigestConfiguration : IEntityTypeConfiguration<LeaderDigest>
{
    public void Configure(EntityTypeBuilder<LeaderDigest> b)
    {
        b.HasIndex(d => new { d.UserId, d.Day }).IsUnique();
        b.HasOne<StaffUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AlertDeliveryConfiguration : IEntityTypeConfiguration<AlertDelivery>
{
    public void Configure(EntityTypeBuilder<AlertDelivery> b)
    {
        b.Property(d => d.LastError).HasMaxLength(500);
        b.HasIndex(d => new { d.AlertId, d.UserId, d.Channel }).IsUnique();
        b.HasIndex(d => new { d.DigestId, d.UserId, d.Channel }).IsUnique();
        b.HasIndex(d => new { d.State, d.NextAttemptAt });
        b.HasOne<DeadlineAlert>().WithMany().HasForeignKey(d => d.AlertId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<LeaderDigest>().WithMany().HasForeignKey(d => d.DigestId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StaffUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.Property(n => n.CaseCode).HasMaxLength(32);
        b.Property(n => n.Label).HasMaxLength(120);
        b.Property(n => n.Link).HasMaxLength(300);
        b.Property(n => n.Assignees).HasMaxLength(500);
        b.HasIndex(n => n.DeliveryId).IsUnique();
        b.HasIndex(n => new { n.UserId, n.ReadAt });
        b.HasIndex(n => new { n.UserId, n.CreatedAt });
        b.HasOne<StaffUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AlertDelivery>().WithMany().HasForeignKey(n => n.DeliveryId).OnDelete(DeleteBehavior.Cascade);
    }
}

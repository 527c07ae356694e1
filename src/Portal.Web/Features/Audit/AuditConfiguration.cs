using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Web.Features.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(e => e.Action).HasMaxLength(64);
        b.Property(e => e.Subject).HasMaxLength(64);
        b.Property(e => e.Detail).HasMaxLength(500);
        b.HasIndex(e => e.PreviousHash).IsUnique();
        // The audit page lists newest first under each filter: an index per filter that continues in id order
        // answers "the last 50 of this kind" without sorting the whole table.
        b.HasIndex(e => new { e.Action, e.Id });
        b.HasIndex(e => new { e.ActorUserId, e.Id });
        b.HasIndex(e => new { e.Subject, e.Id });
        b.HasIndex(e => e.At);
    }
}

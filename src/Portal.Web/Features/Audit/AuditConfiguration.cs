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
        b.HasIndex(e => new { e.Action, e.At });
    }
}

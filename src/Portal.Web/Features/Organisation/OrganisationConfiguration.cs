using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Web.Features.Organisation;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> b)
    {
        b.Property(u => u.Code).HasMaxLength(32);
        b.Property(u => u.Name).HasMaxLength(200);
        b.Property(u => u.NameEn).HasMaxLength(200);
        b.HasIndex(u => u.Code).IsUnique();
        b.HasOne(u => u.Parent).WithMany(u => u.Children).HasForeignKey(u => u.ParentId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> b)
    {
        b.Property(p => p.Code).HasMaxLength(32);
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.NameEn).HasMaxLength(200);
        b.HasIndex(p => p.Code).IsUnique();
    }
}

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> b)
    {
        b.Property(s => s.FullName).HasMaxLength(200);
        b.Property(s => s.Email).HasMaxLength(256);
        b.Property(s => s.Phone).HasMaxLength(32);
        b.HasOne(s => s.Unit).WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Position).WithMany().HasForeignKey(s => s.PositionId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(s => s.LineManager).WithMany().HasForeignKey(s => s.LineManagerId).OnDelete(DeleteBehavior.SetNull);
        // One active head per unit; the filter is plain SQL that SQLite and PostgreSQL both accept.
        b.HasIndex(s => s.UnitId).HasFilter("\"UnitRole\" = 2 AND \"IsActive\"").IsUnique()
            .HasDatabaseName("IX_StaffMembers_OneHeadPerUnit");
        b.HasIndex(s => s.FullName);
    }
}

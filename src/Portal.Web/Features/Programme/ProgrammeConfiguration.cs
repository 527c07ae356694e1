using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Programme;

internal sealed class ProgrammeTaskConfiguration : IEntityTypeConfiguration<ProgrammeTask>
{
    public void Configure(EntityTypeBuilder<ProgrammeTask> b)
    {
        b.Property(t => t.Code).HasMaxLength(16);
        b.Property(t => t.Title).HasMaxLength(1000);
        b.Property(t => t.Description).HasMaxLength(4000);
        b.HasIndex(t => new { t.Year, t.Code }).IsUnique();
        b.HasIndex(t => t.DueOn);
        b.HasOne<ProgrammeTask>().WithMany().HasForeignKey(t => t.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(t => t.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(t => t.OwnerStaffId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> b)
    {
        b.Property(r => r.Text).HasMaxLength(4000);
        b.HasOne<ProgrammeTask>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Evidence).WithOne().HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.TaskId, r.ReportedOn });
    }
}

internal sealed class ProgressEvidenceConfiguration : IEntityTypeConfiguration<ProgressEvidence>
{
    public void Configure(EntityTypeBuilder<ProgressEvidence> b)
    {
        b.Property(e => e.Label).HasMaxLength(300);
        b.Property(e => e.Url).HasMaxLength(1000);
        b.Property(e => e.StoredName).HasMaxLength(64);
        b.Property(e => e.ContentType).HasMaxLength(100);
    }
}

internal sealed class LoopholeConfiguration : IEntityTypeConfiguration<Loophole>
{
    public void Configure(EntityTypeBuilder<Loophole> b)
    {
        b.Property(l => l.SourceReference).HasMaxLength(64);
        b.Property(l => l.Description).HasMaxLength(4000);
        b.Property(l => l.RuleOrProcess).HasMaxLength(1000);
        b.Property(l => l.Proposal).HasMaxLength(4000);
        b.HasOne<Unit>().WithMany().HasForeignKey(l => l.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(l => l.OwnerStaffId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(l => l.Status);
    }
}

internal sealed class LoopholeEventConfiguration : IEntityTypeConfiguration<LoopholeEvent>
{
    public void Configure(EntityTypeBuilder<LoopholeEvent> b)
    {
        b.Property(e => e.Note).HasMaxLength(2000);
        b.HasOne<Loophole>().WithMany().HasForeignKey(e => e.LoopholeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => e.LoopholeId);
    }
}

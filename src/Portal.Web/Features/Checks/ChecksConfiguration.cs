using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Features.Organisation;
using Portal.Web.Features.Programme;

namespace Portal.Web.Features.Checks;

internal sealed class CheckConfiguration : IEntityTypeConfiguration<Check>
{
    public void Configure(EntityTypeBuilder<Check> b)
    {
        b.Property(c => c.Code).HasMaxLength(24);
        b.Property(c => c.Subject).HasMaxLength(1000);
        b.Property(c => c.LegalBasis).HasMaxLength(300);
        b.Property(c => c.Findings).HasMaxLength(8000);
        b.Property(c => c.ConclusionNumber).HasMaxLength(64);
        b.Property(c => c.ConclusionSummary).HasMaxLength(4000);
        b.Property(c => c.CancelReason).HasMaxLength(1000);
        b.HasIndex(c => c.Code).IsUnique();
        b.HasIndex(c => new { c.Year, c.Kind, c.Number }).IsUnique();
        b.HasIndex(c => c.CheckedUnitId);
        b.HasOne<Unit>().WithMany().HasForeignKey(c => c.CheckedUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Team).WithOne().HasForeignKey(m => m.CheckId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CheckTeamMemberConfiguration : IEntityTypeConfiguration<CheckTeamMember>
{
    public void Configure(EntityTypeBuilder<CheckTeamMember> b)
    {
        b.HasIndex(m => new { m.CheckId, m.StaffMemberId }).IsUnique();
        b.HasIndex(m => m.StaffMemberId);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(m => m.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CheckPlanConfiguration : IEntityTypeConfiguration<CheckPlan>
{
    public void Configure(EntityTypeBuilder<CheckPlan> b)
    {
        b.HasKey(p => p.Year);
        b.Property(p => p.Year).ValueGeneratedNever();
        b.Property(p => p.DecisionNumber).HasMaxLength(64);
    }
}

internal sealed class CheckRecommendationConfiguration : IEntityTypeConfiguration<CheckRecommendation>
{
    public void Configure(EntityTypeBuilder<CheckRecommendation> b)
    {
        b.Property(r => r.Text).HasMaxLength(4000);
        b.Property(r => r.ClosingEvidence).HasMaxLength(2000);
        b.HasIndex(r => new { r.CheckId, r.Number }).IsUnique();
        b.HasIndex(r => r.OwnerUnitId);
        b.HasOne<Check>().WithMany().HasForeignKey(r => r.CheckId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Unit>().WithMany().HasForeignKey(r => r.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.OwnerStaffId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Loophole>().WithMany().HasForeignKey(r => r.LoopholeId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class RecommendationProgressConfiguration : IEntityTypeConfiguration<RecommendationProgress>
{
    public void Configure(EntityTypeBuilder<RecommendationProgress> b)
    {
        b.Property(p => p.Text).HasMaxLength(4000);
        b.HasOne<CheckRecommendation>().WithMany().HasForeignKey(p => p.RecommendationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => p.RecommendationId);
    }
}

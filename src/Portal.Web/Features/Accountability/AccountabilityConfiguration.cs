using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Accountability;

internal sealed class AccountabilityRuleConfiguration : IEntityTypeConfiguration<AccountabilityRule>
{
    public void Configure(EntityTypeBuilder<AccountabilityRule> b)
    {
        b.Property(r => r.Code).HasMaxLength(64);
        b.Property(r => r.Forms).HasMaxLength(200);
        b.Property(r => r.NameVi).HasMaxLength(300);
        b.Property(r => r.NameEn).HasMaxLength(300);
        b.Property(r => r.LegalBasis).HasMaxLength(300);
        b.HasIndex(r => new { r.Code, r.EffectiveFrom }).IsUnique();
        b.HasData(AccountabilityRuleSeed.Rows);
    }
}

internal sealed class DisciplineRecordConfiguration : IEntityTypeConfiguration<DisciplineRecord>
{
    public void Configure(EntityTypeBuilder<DisciplineRecord> b)
    {
        b.Property(r => r.Code).HasMaxLength(20);
        b.Property(r => r.DecisionNumber).HasMaxLength(50);
        b.Property(r => r.Basis).HasMaxLength(500);
        b.Property(r => r.TermRuleCode).HasMaxLength(64);
        b.Property(r => r.AnnulReason).HasMaxLength(500);
        b.HasIndex(r => r.Code).IsUnique();
        b.HasIndex(r => r.StaffMemberId);
        b.HasIndex(r => r.UnitId);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class HeadResponsibilityConfiguration : IEntityTypeConfiguration<HeadResponsibility>
{
    public void Configure(EntityTypeBuilder<HeadResponsibility> b)
    {
        b.Property(r => r.Code).HasMaxLength(20);
        b.Property(r => r.SourceReference).HasMaxLength(64);
        b.Property(r => r.OutcomeNote).HasMaxLength(1000);
        b.HasIndex(r => r.Code).IsUnique();
        // One consideration per head and conclusion: a duplicate is refused by the use case and, in a race, here.
        b.HasIndex(r => new { r.HeadStaffId, r.SourceReference }).IsUnique();
        b.HasIndex(r => r.UnitId);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(r => r.HeadStaffId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SuspensionConfiguration : IEntityTypeConfiguration<Suspension>
{
    public void Configure(EntityTypeBuilder<Suspension> b)
    {
        b.Property(s => s.Code).HasMaxLength(20);
        b.Property(s => s.Ground).HasMaxLength(300);
        b.Property(s => s.DecisionNumber).HasMaxLength(50);
        b.HasIndex(s => s.Code).IsUnique();
        b.HasIndex(s => s.StaffMemberId);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RotationPositionConfiguration : IEntityTypeConfiguration<RotationPosition>
{
    public void Configure(EntityTypeBuilder<RotationPosition> b)
    {
        b.Property(p => p.LegalBasis).HasMaxLength(300);
        b.HasIndex(p => p.PositionId).IsUnique();
        b.HasOne<Position>().WithMany().HasForeignKey(p => p.PositionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RotationAssignmentConfiguration : IEntityTypeConfiguration<RotationAssignment>
{
    public void Configure(EntityTypeBuilder<RotationAssignment> b)
    {
        b.Property(a => a.Code).HasMaxLength(20);
        b.HasIndex(a => a.Code).IsUnique();
        b.HasIndex(a => a.StaffMemberId);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RotationPosition>().WithMany().HasForeignKey(a => a.RotationPositionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RotationExemptionConfiguration : IEntityTypeConfiguration<RotationExemption>
{
    public void Configure(EntityTypeBuilder<RotationExemption> b)
    {
        b.Property(e => e.Note).HasMaxLength(500);
        b.HasIndex(e => e.AssignmentId);
        b.HasOne<RotationAssignment>().WithMany().HasForeignKey(e => e.AssignmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReviewFlagConfiguration : IEntityTypeConfiguration<ReviewFlag>
{
    public void Configure(EntityTypeBuilder<ReviewFlag> b)
    {
        b.Property(f => f.RuleCode).HasMaxLength(64);
        b.Property(f => f.Evidence).HasMaxLength(500);
        b.Property(f => f.DecisionNote).HasMaxLength(1000);
        b.HasIndex(f => new { f.StaffMemberId, f.RuleCode });
        b.HasOne<StaffMember>().WithMany().HasForeignKey(f => f.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AccountabilityEventConfiguration : IEntityTypeConfiguration<AccountabilityEvent>
{
    public void Configure(EntityTypeBuilder<AccountabilityEvent> b)
    {
        b.Property(e => e.Action).HasMaxLength(40);
        b.Property(e => e.Detail).HasMaxLength(300);
        b.HasIndex(e => e.SubjectId);
    }
}

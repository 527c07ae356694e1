using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Features.Integrity.Conflicts;
using Portal.Web.Features.Integrity.Declarations;
using Portal.Web.Features.Integrity.Draw;
using Portal.Web.Features.Integrity.Gifts;
using Portal.Web.Features.Integrity.Policies;
using Portal.Web.Features.Integrity.Thresholds;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Integrity;

internal sealed class IntegrityThresholdConfiguration : IEntityTypeConfiguration<IntegrityThreshold>
{
    public void Configure(EntityTypeBuilder<IntegrityThreshold> b)
    {
        b.Property(t => t.Code).HasMaxLength(64);
        b.Property(t => t.LegalBasis).HasMaxLength(300);
        b.HasIndex(t => new { t.Code, t.EffectiveFrom }).IsUnique();
        b.HasData(ThresholdSeed.Rows);
    }
}

internal sealed class DeclarationConfiguration : IEntityTypeConfiguration<Declaration>
{
    public void Configure(EntityTypeBuilder<Declaration> b)
    {
        b.Property(d => d.PeriodKey).HasMaxLength(40);
        // One declaration per person and period: a duplicate is refused by the use case and, in a race, by the database.
        b.HasIndex(d => new { d.DeclarantStaffId, d.PeriodKey }).IsUnique();
        b.HasIndex(d => d.DeclarantUserId);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(d => d.DeclarantStaffId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DeclarationRevisionConfiguration : IEntityTypeConfiguration<DeclarationRevision>
{
    public void Configure(EntityTypeBuilder<DeclarationRevision> b)
    {
        b.HasIndex(r => new { r.DeclarationId, r.Number }).IsUnique();
        b.HasOne<Declaration>().WithMany().HasForeignKey(r => r.DeclarationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DeclarationEventConfiguration : IEntityTypeConfiguration<DeclarationEvent>
{
    public void Configure(EntityTypeBuilder<DeclarationEvent> b)
    {
        b.Property(e => e.Action).HasMaxLength(40);
        b.HasIndex(e => e.DeclarationId);
        b.HasOne<Declaration>().WithMany().HasForeignKey(e => e.DeclarationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DeclarationDueConfiguration : IEntityTypeConfiguration<DeclarationDue>
{
    public void Configure(EntityTypeBuilder<DeclarationDue> b)
    {
        b.Property(d => d.PeriodKey).HasMaxLength(40);
        b.HasIndex(d => new { d.StaffMemberId, d.PeriodKey }).IsUnique();
        // What the alert sweep will scan.
        b.HasIndex(d => d.DueOn);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(d => d.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class VerificationDrawConfiguration : IEntityTypeConfiguration<VerificationDraw>
{
    public void Configure(EntityTypeBuilder<VerificationDraw> b)
    {
        // The year is the key: a second draw for a year cannot exist, whatever its seed.
        b.HasKey(d => d.Year);
        b.Property(d => d.Year).ValueGeneratedNever();
        b.Property(d => d.Seed).HasMaxLength(200);
        b.Property(d => d.EligibleSha256).HasMaxLength(64);
        b.Property(d => d.ExcludedByGround).HasMaxLength(400);
    }
}

internal sealed class VerificationSelectionConfiguration : IEntityTypeConfiguration<VerificationSelection>
{
    public void Configure(EntityTypeBuilder<VerificationSelection> b)
    {
        b.HasKey(s => new { s.Year, s.StaffMemberId });
        b.HasOne<VerificationDraw>().WithMany().HasForeignKey(s => s.Year).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DrawExclusionConfiguration : IEntityTypeConfiguration<DrawExclusion>
{
    public void Configure(EntityTypeBuilder<DrawExclusion> b)
    {
        b.Property(x => x.Note).HasMaxLength(500);
        b.Property(x => x.GroundCode).HasMaxLength(40);
        b.HasOne<DrawExclusionGround>().WithMany().HasForeignKey(x => x.GroundCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.Year, x.StaffMemberId }).IsUnique();
    }
}

internal sealed class GiftReportConfiguration : IEntityTypeConfiguration<GiftReport>
{
    public void Configure(EntityTypeBuilder<GiftReport> b)
    {
        b.Property(g => g.Giver).HasMaxLength(200);
        b.Property(g => g.GiverOrganisation).HasMaxLength(200);
        b.Property(g => g.Description).HasMaxLength(1000);
        b.HasIndex(g => g.UnitId);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(g => g.RecipientStaffId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ConflictReportConfiguration : IEntityTypeConfiguration<ConflictReport>
{
    public void Configure(EntityTypeBuilder<ConflictReport> b)
    {
        b.Property(c => c.Task).HasMaxLength(300);
        b.Property(c => c.Description).HasMaxLength(2000);
        b.Property(c => c.DecisionNote).HasMaxLength(2000);
        b.HasIndex(c => c.HeadStaffId);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(c => c.ReporterStaffId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PolicyConfiguration : IEntityTypeConfiguration<Policy>
{
    public void Configure(EntityTypeBuilder<Policy> b)
    {
        b.Property(p => p.Code).HasMaxLength(32);
        b.Property(p => p.Title).HasMaxLength(200);
        b.HasIndex(p => p.Code).IsUnique();
    }
}

internal sealed class PolicyVersionConfiguration : IEntityTypeConfiguration<PolicyVersion>
{
    public void Configure(EntityTypeBuilder<PolicyVersion> b)
    {
        b.Property(v => v.Summary).HasMaxLength(4000);
        b.Property(v => v.LegalBasis).HasMaxLength(300);
        b.HasIndex(v => new { v.PolicyId, v.Number }).IsUnique();
        b.HasOne<Policy>().WithMany().HasForeignKey(v => v.PolicyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PolicyAcknowledgementConfiguration : IEntityTypeConfiguration<PolicyAcknowledgement>
{
    public void Configure(EntityTypeBuilder<PolicyAcknowledgement> b)
    {
        b.HasKey(a => new { a.PolicyVersionId, a.StaffMemberId });
        b.HasOne<PolicyVersion>().WithMany().HasForeignKey(a => a.PolicyVersionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Web.Features.Deadlines.Rules;

internal sealed class DeadlineRuleConfiguration : IEntityTypeConfiguration<DeadlineRule>
{
    public void Configure(EntityTypeBuilder<DeadlineRule> b)
    {
        b.Property(r => r.Code).HasMaxLength(64);
        b.Property(r => r.NameVi).HasMaxLength(200);
        b.Property(r => r.NameEn).HasMaxLength(200);
        b.Property(r => r.LegalBasis).HasMaxLength(300);
        b.Property(r => r.ExtensionNote).HasMaxLength(300);
        b.Property(r => r.AlertPlan).HasMaxLength(200).HasDefaultValue(AlertPlan.Default);
        b.Property(r => r.ExtensionPlan).HasMaxLength(200).HasDefaultValue("");
        b.HasIndex(r => new { r.Code, r.EffectiveFrom }).IsUnique();
        b.HasData(DeadlineRuleSeed.Rules);
    }
}

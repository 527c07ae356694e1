using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Web.Features.Assessment;

internal sealed class CriterionConfiguration : IEntityTypeConfiguration<Criterion>
{
    public void Configure(EntityTypeBuilder<Criterion> b)
    {
        b.Property(c => c.Code).HasMaxLength(16);
        b.Property(c => c.Title).HasMaxLength(1000);
        b.Property(c => c.TitleEn).HasMaxLength(1000);
        b.Property(c => c.MaxPoints).HasPrecision(7, 2);
        // The database has the last word on duplicate codes, whatever two people typed at once.
        b.HasIndex(c => new { c.Year, c.Code }).IsUnique();
        b.HasOne<Criterion>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CriterionScoreConfiguration : IEntityTypeConfiguration<CriterionScore>
{
    public void Configure(EntityTypeBuilder<CriterionScore> b)
    {
        b.HasKey(s => s.CriterionId);
        b.Property(s => s.Score).HasPrecision(7, 2);
        b.Property(s => s.Explanation).HasMaxLength(4000);
        b.Property(s => s.Evidence).HasMaxLength(4000);
        b.HasOne<Criterion>().WithOne().HasForeignKey<CriterionScore>(s => s.CriterionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AssessmentYearConfiguration : IEntityTypeConfiguration<AssessmentYear>
{
    public void Configure(EntityTypeBuilder<AssessmentYear> b)
    {
        b.HasKey(y => y.Year);
        b.Property(y => y.Year).ValueGeneratedNever();
    }
}

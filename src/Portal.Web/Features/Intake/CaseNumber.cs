namespace Portal.Web.Features.Intake;

/// <summary>The last case number issued in a year. Incremented atomically, so concurrent reports never collide.</summary>
public sealed class CaseNumber
{
    public int Year { get; set; }
    public int Last { get; set; }
}

internal sealed class CaseNumberConfiguration : Microsoft.EntityFrameworkCore.IEntityTypeConfiguration<CaseNumber>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<CaseNumber> b)
    {
        b.HasKey(c => c.Year);
        b.Property(c => c.Year).ValueGeneratedNever();
    }
}

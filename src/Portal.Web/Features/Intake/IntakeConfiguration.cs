using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Intake;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> b)
    {
        b.Property(r => r.CaseCode).HasMaxLength(32);
        b.HasIndex(r => r.CaseCode).IsUnique();
        b.HasIndex(r => r.LookupHash).IsUnique();
        b.Property(r => r.InInbox).HasComputedColumnSql("\"ContentKeyForInbox\" IS NOT NULL", stored: true);
        // The inbox's covering index: counting and paging 100,000 cases reads index entries only, never the rows
        // with their ciphertext (docs/performance.md).
        b.HasIndex(r => new { r.ReceivingUnitId, r.InInbox, r.Stage, r.ClosedOn, r.DueOn, r.ReceivedOn, r.CaseCode, r.Id });
        b.HasOne<Unit>().WithMany().HasForeignKey(r => r.ReceivingUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReportIdentityKeyConfiguration : IEntityTypeConfiguration<ReportIdentityKey>
{
    public void Configure(EntityTypeBuilder<ReportIdentityKey> b)
    {
        b.HasKey(k => new { k.ReportId, k.UserId });
        b.HasOne<Report>().WithMany().HasForeignKey(k => k.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReportAttachmentConfiguration : IEntityTypeConfiguration<ReportAttachment>
{
    public void Configure(EntityTypeBuilder<ReportAttachment> b)
    {
        b.Property(a => a.StoredName).HasMaxLength(64);
        b.HasIndex(a => a.StoredName).IsUnique();
        b.HasIndex(a => a.ReportId);
        b.HasOne<Report>().WithMany().HasForeignKey(a => a.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReportMessageConfiguration : IEntityTypeConfiguration<ReportMessage>
{
    public void Configure(EntityTypeBuilder<ReportMessage> b)
    {
        b.HasIndex(m => new { m.ReportId, m.Sequence });
        b.HasOne<Report>().WithMany().HasForeignKey(m => m.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

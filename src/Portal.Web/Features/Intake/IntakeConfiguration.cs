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
        // Kept by Report's setter; the database still refuses a row where the flag and the key disagree.
        b.ToTable(t => t.HasCheckConstraint("CK_Reports_InInbox", "\"InInbox\" = (\"ContentKeyForInbox\" IS NOT NULL)"));
        // The inbox's covering index: counting and paging 100,000 cases reads index entries only, never the rows
        // with their ciphertext (docs/performance.md). The last two columns (nearly always null) make it cover the
        // dashboard's per-unit counts too, which SQLite reads through it for their grouping order (ADR 0019).
        b.HasIndex(r => new { r.ReceivingUnitId, r.InInbox, r.Stage, r.ClosedOn, r.DueOn, r.ReceivedOn, r.CaseCode, r.Id, r.DestroyedOn, r.MergedIntoId },
            "IX_Reports_Inbox");
        // The leaders' dashboard (ADR 0019): live open cases by due date, so overdue and at-risk counts read a range
        // and the drill-down reads it in its own order. Partial, so the inbox (which never names these columns) cannot
        // pick it on SQLite's guess that few cases are open; the filter's columns are repeated so it covers.
        b.HasIndex(r => new { r.DueOn, r.CaseCode, r.ReceivingUnitId, r.Stage, r.ClosedOn, r.DestroyedOn, r.MergedIntoId, r.Id }, "IX_Reports_Pressing")
            .HasFilter("\"ClosedOn\" IS NULL AND \"DestroyedOn\" IS NULL AND \"MergedIntoId\" IS NULL");
        // Clocks joined back to their case (on-time rates, extensions) find its unit and whether it still counts here.
        b.HasIndex(r => new { r.Id, r.ReceivingUnitId, r.Stage, r.DestroyedOn, r.MergedIntoId }, "IX_Reports_Live");
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

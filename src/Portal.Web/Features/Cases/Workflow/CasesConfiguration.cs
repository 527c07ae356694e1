using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Features.Intake;

namespace Portal.Web.Features.Cases;

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> b)
    {
        b.Property(e => e.LegalGround).HasMaxLength(200);
        b.HasIndex(e => new { e.ReportId, e.At });
        b.HasOne<Report>().WithMany().HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseKeyConfiguration : IEntityTypeConfiguration<CaseKey>
{
    public void Configure(EntityTypeBuilder<CaseKey> b)
    {
        b.HasKey(k => new { k.ReportId, k.UserId });
        b.HasIndex(k => k.UserId);
        b.HasOne<Report>().WithMany().HasForeignKey(k => k.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseAssignmentConfiguration : IEntityTypeConfiguration<CaseAssignment>
{
    public void Configure(EntityTypeBuilder<CaseAssignment> b)
    {
        b.HasKey(a => new { a.ReportId, a.UserId });
        b.HasIndex(a => a.UserId);
        b.HasOne<Report>().WithMany().HasForeignKey(a => a.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseRecusalConfiguration : IEntityTypeConfiguration<CaseRecusal>
{
    public void Configure(EntityTypeBuilder<CaseRecusal> b)
    {
        b.HasKey(r => new { r.ReportId, r.UserTag });
        b.HasIndex(r => r.UserTag);
        b.HasOne<Report>().WithMany().HasForeignKey(r => r.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ConflictConfirmationConfiguration : IEntityTypeConfiguration<ConflictConfirmation>
{
    public void Configure(EntityTypeBuilder<ConflictConfirmation> b)
    {
        b.HasKey(c => new { c.ReportId, c.UserId });
        b.HasOne<Report>().WithMany().HasForeignKey(c => c.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> b)
    {
        b.HasIndex(n => new { n.ReportId, n.CreatedAt });
        b.HasOne<Report>().WithMany().HasForeignKey(n => n.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RecommendedActionConfiguration : IEntityTypeConfiguration<RecommendedAction>
{
    public void Configure(EntityTypeBuilder<RecommendedAction> b)
    {
        b.HasIndex(a => a.ReportId);
        b.HasOne<Report>().WithMany().HasForeignKey(a => a.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IdentityRequestConfiguration : IEntityTypeConfiguration<IdentityRequest>
{
    public void Configure(EntityTypeBuilder<IdentityRequest> b)
    {
        b.Property(r => r.Reason).HasMaxLength(1000);
        b.Property(r => r.DecisionNote).HasMaxLength(1000);
        b.HasIndex(r => new { r.State, r.RequestedAt });
        b.HasIndex(r => r.ReportId);
        b.HasOne<Report>().WithMany().HasForeignKey(r => r.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseLinkConfiguration : IEntityTypeConfiguration<CaseLink>
{
    public void Configure(EntityTypeBuilder<CaseLink> b)
    {
        b.HasKey(l => new { l.FirstId, l.SecondId });
        b.HasIndex(l => l.SecondId);
        b.HasOne<Report>().WithMany().HasForeignKey(l => l.FirstId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Report>().WithMany().HasForeignKey(l => l.SecondId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseClockConfiguration : IEntityTypeConfiguration<Deadlines.Clocks.CaseClock>
{
    public void Configure(EntityTypeBuilder<Deadlines.Clocks.CaseClock> b)
    {
        b.Property(c => c.RuleCode).HasMaxLength(64);
        b.HasIndex(c => new { c.ReportId, c.StoppedOn });
        // The sweep (issue 5) reads running clocks by due date.
        b.HasIndex(c => new { c.StoppedOn, c.DueOn });
        // The dashboard's on-time rates (clocks due in a period) and extensions, read from the index alone (ADR 0019).
        b.HasIndex(c => new { c.DueOn, c.PausedOn, c.StoppedOn, c.ReportId }, "IX_CaseClocks_Rates");
        b.HasIndex(c => new { c.Extensions, c.StartedOn, c.StoppedOn, c.ReportId }, "IX_CaseClocks_Extensions");
        b.HasOne<Report>().WithMany().HasForeignKey(c => c.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ClockExtensionConfiguration : IEntityTypeConfiguration<Deadlines.Clocks.ClockExtension>
{
    public void Configure(EntityTypeBuilder<Deadlines.Clocks.ClockExtension> b)
    {
        b.HasIndex(e => new { e.ReportId, e.State });
        b.HasOne<Deadlines.Clocks.CaseClock>().WithMany().HasForeignKey(e => e.ClockId).OnDelete(DeleteBehavior.Cascade);
    }
}

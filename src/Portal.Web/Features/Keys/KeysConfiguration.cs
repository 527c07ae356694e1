using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Keys;

internal sealed class StaffKeyConfiguration : IEntityTypeConfiguration<StaffKey>
{
    public void Configure(EntityTypeBuilder<StaffKey> b)
    {
        b.HasKey(k => k.UserId);
        b.HasOne<StaffUser>().WithOne().HasForeignKey<StaffKey>(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InboxConfiguration : IEntityTypeConfiguration<Inbox>
{
    public void Configure(EntityTypeBuilder<Inbox> b)
    {
        b.Property(i => i.Id).ValueGeneratedNever();
        b.HasIndex(i => i.UnitId).IsUnique();
        b.HasOne<Unit>().WithOne().HasForeignKey<Inbox>(i => i.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InboxGrantConfiguration : IEntityTypeConfiguration<InboxGrant>
{
    public void Configure(EntityTypeBuilder<InboxGrant> b)
    {
        b.HasIndex(g => new { g.InboxId, g.UserId }).IsUnique();
        b.HasIndex(g => g.UserId);
        b.HasOne<Inbox>().WithMany().HasForeignKey(g => g.InboxId).OnDelete(DeleteBehavior.Cascade);
        // A leaver's grants go with their account: nothing they could open remains sealed to them.
        b.HasOne<StaffUser>().WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

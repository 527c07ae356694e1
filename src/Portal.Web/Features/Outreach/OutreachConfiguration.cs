using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Outreach;

internal sealed class TrainingConfiguration : IEntityTypeConfiguration<Training>
{
    public void Configure(EntityTypeBuilder<Training> b)
    {
        b.Property(t => t.Code).HasMaxLength(32);
        b.Property(t => t.Title).HasMaxLength(500);
        b.Property(t => t.Description).HasMaxLength(4000);
        b.HasIndex(t => t.Code).IsUnique();
        b.HasIndex(t => t.Year);
    }
}

internal sealed class TrainingAudienceConfiguration : IEntityTypeConfiguration<TrainingAudience>
{
    public void Configure(EntityTypeBuilder<TrainingAudience> b)
    {
        b.HasOne<Training>().WithMany().HasForeignKey(a => a.TrainingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Position>().WithMany().HasForeignKey(a => a.PositionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> b)
    {
        b.Property(s => s.Place).HasMaxLength(300);
        b.HasOne<Training>().WithMany().HasForeignKey(s => s.TrainingId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => s.HeldOn);
    }
}

internal sealed class TrainingMaterialConfiguration : IEntityTypeConfiguration<TrainingMaterial>
{
    public void Configure(EntityTypeBuilder<TrainingMaterial> b)
    {
        b.Property(m => m.Label).HasMaxLength(300);
        b.Property(m => m.Url).HasMaxLength(1000);
        b.HasOne<Training>().WithMany().HasForeignKey(m => m.TrainingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TrainingParticipantConfiguration : IEntityTypeConfiguration<TrainingParticipant>
{
    public void Configure(EntityTypeBuilder<TrainingParticipant> b)
    {
        b.HasIndex(p => new { p.TrainingId, p.StaffMemberId }).IsUnique();
        b.HasIndex(p => p.StaffMemberId);
        b.HasOne<Training>().WithMany().HasForeignKey(p => p.TrainingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(p => p.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TrainingAttendanceConfiguration : IEntityTypeConfiguration<TrainingAttendance>
{
    public void Configure(EntityTypeBuilder<TrainingAttendance> b)
    {
        b.HasKey(a => new { a.SessionId, a.StaffMemberId });
        b.HasOne<TrainingSession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => a.TrainingId);
    }
}

internal sealed class QuizQuestionConfiguration : IEntityTypeConfiguration<QuizQuestion>
{
    public void Configure(EntityTypeBuilder<QuizQuestion> b)
    {
        b.Property(q => q.Text).HasMaxLength(1000);
        b.Property(q => q.Options).HasMaxLength(2000);
        b.Ignore(q => q.Choices);
        b.HasIndex(q => new { q.TrainingId, q.Number }).IsUnique();
        b.HasOne<Training>().WithMany().HasForeignKey(q => q.TrainingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class QuizAttemptConfiguration : IEntityTypeConfiguration<QuizAttempt>
{
    public void Configure(EntityTypeBuilder<QuizAttempt> b)
    {
        b.HasIndex(a => new { a.TrainingId, a.StaffMemberId });
        b.HasOne<Training>().WithMany().HasForeignKey(a => a.TrainingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(a => a.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ChannelPublicationConfiguration : IEntityTypeConfiguration<ChannelPublication>
{
    public void Configure(EntityTypeBuilder<ChannelPublication> b)
    {
        b.Property(p => p.Location).HasMaxLength(500);
        b.HasIndex(p => p.PublishedOn);
        b.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Deadlines.Duties;

/// <summary>
/// A due date outside the case workflow: a declaration to file, a gift to report, a check's recommendation to
/// carry out, a programme task to finish. One row per thing that is due (<see cref="Kind"/> and
/// <see cref="SubjectId"/>, unique), so the sweep alerts every module's deadlines with one set of statements and
/// one escalation chain (owner, then the head of <see cref="UnitId"/>, then the Director). The module keeps its
/// own record of the thing; this row holds only what alerting needs: never personal data or content.
/// </summary>
public sealed class Duty
{
    public Guid Id { get; set; }
    /// <summary>One of <see cref="DutyKinds"/>: says which module owns the subject and which page opens it.</summary>
    public required string Kind { get; set; }
    public Guid SubjectId { get; set; }
    /// <summary>A short reference safe to show in a bell or an e-mail: a code ("KT-2026-02/KN3"), never a name or a finding.</summary>
    public required string Label { get; set; }
    /// <summary>The code of the <see cref="Rules.DeadlineRule"/> that set the date: its legal basis and alert plan.</summary>
    public required string RuleCode { get; set; }
    /// <summary>The version of the rule in force on <see cref="StartedOn"/>, resolved when tracked: its alert plan; null when none is in force (the default plan).</summary>
    public int? RuleId { get; set; }
    /// <summary>Goes up each time the dates move or the duty reopens: each round has its own alerts in the outbox key.</summary>
    public int Round { get; set; }
    /// <summary>The unit whose head hears of it at the head's level of the alert plan; the Director when none.</summary>
    public Guid? UnitId { get; set; }
    /// <summary>The person who must act; alerts at the handler's level go to their account.</summary>
    public Guid? OwnerStaffId { get; set; }
    /// <summary>The page that opens the subject, relative to the portal ("/integrity/gifts").</summary>
    public required string Link { get; set; }
    public DateOnly StartedOn { get; set; }
    public DateOnly DueOn { get; set; }
    /// <summary>Set when done (or no longer owed); alerts stop.</summary>
    public DateOnly? DoneOn { get; set; }
}

/// <summary>The kinds of duty; a module adds its own here so the bell and the dashboard can name it.</summary>
public static class DutyKinds
{
    /// <summary>A short code for a subject without one of its own: the random tail of its id (a version-7 id's head is a timestamp).</summary>
    public static string Reference(string prefix, Guid subjectId) => $"{prefix}-{subjectId.ToString("N")[^8..].ToUpperInvariant()}";

    public const string Declaration = "declaration";
    public const string DeclarationCorrection = "declaration.correct";
    public const string DeclarationHandOver = "declaration.handover";
    public const string DeclarationPublication = "declaration.publish";
    public const string GiftReport = "gift.report";
    public const string GiftHandling = "gift.handling";
    public const string ConflictDecision = "conflict.decision";
    public const string ConflictNotification = "conflict.notify";
    public const string PolicyAcknowledgement = "policy.ack";
    public const string ProgrammeTask = "programme.task";
    public const string Loophole = "loophole";
    public const string CheckRecommendation = "check.recommendation";
    public const string HeadResponsibility = "accountability.head";
    public const string Suspension = "accountability.suspension";
    public const string Rotation = "accountability.rotation";
    public const string Training = "outreach.training";
}

internal sealed class DutyConfiguration : IEntityTypeConfiguration<Duty>
{
    public void Configure(EntityTypeBuilder<Duty> b)
    {
        b.Property(d => d.Kind).HasMaxLength(40);
        b.Property(d => d.Label).HasMaxLength(120);
        b.Property(d => d.RuleCode).HasMaxLength(64);
        b.Property(d => d.Link).HasMaxLength(300);
        b.HasIndex(d => new { d.Kind, d.SubjectId }).IsUnique();
        // The sweep reads open duties by due date; a partial index keeps done ones out of it.
        b.HasIndex(d => d.DueOn).HasFilter("\"DoneOn\" IS NULL");
        b.HasOne<Unit>().WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(d => d.OwnerStaffId).OnDelete(DeleteBehavior.SetNull);
    }
}

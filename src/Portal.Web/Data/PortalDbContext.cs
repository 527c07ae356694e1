using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Data;

/// <summary>
/// The portal's one database. Provider-specific subclasses (<see cref="SqlitePortalDbContext"/>,
/// <see cref="PostgresPortalDbContext"/>) exist so each provider keeps its own migrations and mappings; the model lives here.
/// </summary>
public abstract class PortalDbContext(DbContextOptions options)
    : IdentityDbContext<StaffUser, StaffRole, Guid>(options)
{
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Position> Positions => Set<Position>();
    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();
    public DbSet<Features.Keys.StaffKey> StaffKeys => Set<Features.Keys.StaffKey>();
    public DbSet<Features.Keys.Inbox> Inboxes => Set<Features.Keys.Inbox>();
    public DbSet<Features.Keys.InboxGrant> InboxGrants => Set<Features.Keys.InboxGrant>();
    public DbSet<Features.Deadlines.Rules.DeadlineRule> DeadlineRules => Set<Features.Deadlines.Rules.DeadlineRule>();
    public DbSet<Features.Deadlines.Calendar.CalendarOverrideEntry> CalendarOverrides => Set<Features.Deadlines.Calendar.CalendarOverrideEntry>();
    public DbSet<Features.Audit.AuditEntry> AuditEntries => Set<Features.Audit.AuditEntry>();
    public DbSet<Features.Intake.CaseNumber> CaseNumbers => Set<Features.Intake.CaseNumber>();
    public DbSet<Features.Intake.Report> Reports => Set<Features.Intake.Report>();
    public DbSet<Features.Intake.ReportIdentityKey> ReportIdentityKeys => Set<Features.Intake.ReportIdentityKey>();
    public DbSet<Features.Intake.ReportAttachment> ReportAttachments => Set<Features.Intake.ReportAttachment>();
    public DbSet<Features.Intake.ReportMessage> ReportMessages => Set<Features.Intake.ReportMessage>();
    public DbSet<Features.Cases.CaseEvent> CaseEvents => Set<Features.Cases.CaseEvent>();
    public DbSet<Features.Cases.CaseKey> CaseKeys => Set<Features.Cases.CaseKey>();
    public DbSet<Features.Cases.CaseAssignment> CaseAssignments => Set<Features.Cases.CaseAssignment>();
    public DbSet<Features.Cases.CaseRecusal> CaseRecusals => Set<Features.Cases.CaseRecusal>();
    public DbSet<Features.Cases.ConflictConfirmation> ConflictConfirmations => Set<Features.Cases.ConflictConfirmation>();
    public DbSet<Features.Cases.CaseNote> CaseNotes => Set<Features.Cases.CaseNote>();
    public DbSet<Features.Cases.RecommendedAction> RecommendedActions => Set<Features.Cases.RecommendedAction>();
    public DbSet<Features.Cases.IdentityRequest> IdentityRequests => Set<Features.Cases.IdentityRequest>();
    public DbSet<Features.Cases.CaseLink> CaseLinks => Set<Features.Cases.CaseLink>();
    public DbSet<Features.Deadlines.Clocks.CaseClock> CaseClocks => Set<Features.Deadlines.Clocks.CaseClock>();
    public DbSet<Features.Deadlines.Clocks.ClockExtension> ClockExtensions => Set<Features.Deadlines.Clocks.ClockExtension>();
    public DbSet<Features.Deadlines.Clocks.ClockAlertPoint> ClockAlertPoints => Set<Features.Deadlines.Clocks.ClockAlertPoint>();
    public DbSet<Features.Deadlines.Alerts.DeadlineAlert> DeadlineAlerts => Set<Features.Deadlines.Alerts.DeadlineAlert>();
    public DbSet<Features.Deadlines.Alerts.AlertDelivery> AlertDeliveries => Set<Features.Deadlines.Alerts.AlertDelivery>();
    public DbSet<Features.Deadlines.Alerts.LeaderDigest> LeaderDigests => Set<Features.Deadlines.Alerts.LeaderDigest>();
    public DbSet<Features.Deadlines.Alerts.Notification> Notifications => Set<Features.Deadlines.Alerts.Notification>();
    public DbSet<Features.Integrity.Thresholds.IntegrityThreshold> IntegrityThresholds => Set<Features.Integrity.Thresholds.IntegrityThreshold>();
    public DbSet<Features.Integrity.Declarations.Declaration> Declarations => Set<Features.Integrity.Declarations.Declaration>();
    public DbSet<Features.Integrity.Declarations.DeclarationRevision> DeclarationRevisions => Set<Features.Integrity.Declarations.DeclarationRevision>();
    public DbSet<Features.Integrity.Declarations.DeclarationEvent> DeclarationEvents => Set<Features.Integrity.Declarations.DeclarationEvent>();
    public DbSet<Features.Integrity.Declarations.DeclarationDue> DeclarationDues => Set<Features.Integrity.Declarations.DeclarationDue>();
    public DbSet<Features.Integrity.Draw.VerificationDraw> VerificationDraws => Set<Features.Integrity.Draw.VerificationDraw>();
    public DbSet<Features.Integrity.Draw.VerificationSelection> VerificationSelections => Set<Features.Integrity.Draw.VerificationSelection>();
    public DbSet<Features.Integrity.Draw.DrawExclusion> DrawExclusions => Set<Features.Integrity.Draw.DrawExclusion>();
    public DbSet<Features.Integrity.Draw.DrawExclusionGround> DrawExclusionGrounds => Set<Features.Integrity.Draw.DrawExclusionGround>();
    public DbSet<Features.Integrity.Gifts.GiftReport> GiftReports => Set<Features.Integrity.Gifts.GiftReport>();
    public DbSet<Features.Integrity.Conflicts.ConflictReport> ConflictReports => Set<Features.Integrity.Conflicts.ConflictReport>();
    public DbSet<Features.Integrity.Policies.Policy> Policies => Set<Features.Integrity.Policies.Policy>();
    public DbSet<Features.Integrity.Policies.PolicyVersion> PolicyVersions => Set<Features.Integrity.Policies.PolicyVersion>();
    public DbSet<Features.Integrity.Policies.PolicyAcknowledgement> PolicyAcknowledgements => Set<Features.Integrity.Policies.PolicyAcknowledgement>();
    public DbSet<Features.Programme.ProgrammeTask> ProgrammeTasks => Set<Features.Programme.ProgrammeTask>();
    public DbSet<Features.Programme.ProgressReport> ProgressReports => Set<Features.Programme.ProgressReport>();
    public DbSet<Features.Programme.ProgressEvidence> ProgressEvidence => Set<Features.Programme.ProgressEvidence>();
    public DbSet<Features.Programme.Loophole> Loopholes => Set<Features.Programme.Loophole>();
    public DbSet<Features.Programme.LoopholeEvent> LoopholeEvents => Set<Features.Programme.LoopholeEvent>();
    public DbSet<Features.Assessment.Criterion> Criteria => Set<Features.Assessment.Criterion>();
    public DbSet<Features.Assessment.CriterionScore> CriterionScores => Set<Features.Assessment.CriterionScore>();
    public DbSet<Features.Assessment.AssessmentYear> AssessmentYears => Set<Features.Assessment.AssessmentYear>();
    public DbSet<Features.Deadlines.Duties.Duty> Duties => Set<Features.Deadlines.Duties.Duty>();
    public DbSet<Features.Deadlines.Duties.DutyAlertPoint> DutyAlertPoints => Set<Features.Deadlines.Duties.DutyAlertPoint>();
    public DbSet<Features.Checks.Check> Checks => Set<Features.Checks.Check>();
    public DbSet<Features.Checks.CheckTeamMember> CheckTeamMembers => Set<Features.Checks.CheckTeamMember>();
    public DbSet<Features.Checks.CheckPlan> CheckPlans => Set<Features.Checks.CheckPlan>();
    public DbSet<Features.Checks.CheckRecommendation> CheckRecommendations => Set<Features.Checks.CheckRecommendation>();
    public DbSet<Features.Checks.RecommendationProgress> RecommendationProgress => Set<Features.Checks.RecommendationProgress>();
    public DbSet<Features.Accountability.AccountabilityRule> AccountabilityRules => Set<Features.Accountability.AccountabilityRule>();
    public DbSet<Features.Accountability.DisciplineRecord> DisciplineRecords => Set<Features.Accountability.DisciplineRecord>();
    public DbSet<Features.Accountability.HeadResponsibility> HeadResponsibilities => Set<Features.Accountability.HeadResponsibility>();
    public DbSet<Features.Accountability.Suspension> Suspensions => Set<Features.Accountability.Suspension>();
    public DbSet<Features.Accountability.RotationPosition> RotationPositions => Set<Features.Accountability.RotationPosition>();
    public DbSet<Features.Accountability.RotationAssignment> RotationAssignments => Set<Features.Accountability.RotationAssignment>();
    public DbSet<Features.Accountability.RotationExemption> RotationExemptions => Set<Features.Accountability.RotationExemption>();
    public DbSet<Features.Accountability.ReviewFlag> ReviewFlags => Set<Features.Accountability.ReviewFlag>();
    public DbSet<Features.Accountability.AccountabilityEvent> AccountabilityEvents => Set<Features.Accountability.AccountabilityEvent>();
    public DbSet<Features.Outreach.Training> Trainings => Set<Features.Outreach.Training>();
    public DbSet<Features.Outreach.TrainingAudience> TrainingAudiences => Set<Features.Outreach.TrainingAudience>();
    public DbSet<Features.Outreach.TrainingSession> TrainingSessions => Set<Features.Outreach.TrainingSession>();
    public DbSet<Features.Outreach.TrainingMaterial> TrainingMaterials => Set<Features.Outreach.TrainingMaterial>();
    public DbSet<Features.Outreach.TrainingParticipant> TrainingParticipants => Set<Features.Outreach.TrainingParticipant>();
    public DbSet<Features.Outreach.TrainingAttendance> TrainingAttendances => Set<Features.Outreach.TrainingAttendance>();
    public DbSet<Features.Outreach.QuizQuestion> QuizQuestions => Set<Features.Outreach.QuizQuestion>();
    public DbSet<Features.Outreach.QuizAttempt> QuizAttempts => Set<Features.Outreach.QuizAttempt>();
    public DbSet<Features.Outreach.ChannelPublication> ChannelPublications => Set<Features.Outreach.ChannelPublication>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        foreach (var entity in builder.Model.GetEntityTypes()
                     .Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType)))
        {
            builder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                var version = entry.Property(e => e.Version);
                version.CurrentValue = version.OriginalValue + 1;
            }
        }
    }
}

public sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options) : PortalDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no native DateTimeOffset: store UTC ticks so comparisons and ORDER BY work in SQL.
        configurationBuilder.Properties<DateTimeOffset>()
            .HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>()
            .HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
    }
}

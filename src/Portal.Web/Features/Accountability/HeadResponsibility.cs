using Portal.Web.Data;

namespace Portal.Web.Features.Accountability;

/// <summary>How serious the corruption in the unit was (Anti-Corruption Law 36/2018; Decree 59/2019/NĐ-CP Chapter VII).</summary>
public enum ResponsibilitySeverity
{
    /// <summary>Ít nghiêm trọng.</summary>
    LessSerious = 1,
    /// <summary>Nghiêm trọng.</summary>
    Serious = 2,
    /// <summary>Rất nghiêm trọng.</summary>
    VerySerious = 3,
    /// <summary>Đặc biệt nghiêm trọng.</summary>
    EspeciallySerious = 4,
}

/// <summary>Where the finding that corruption occurred comes from.</summary>
public enum ConclusionSource
{
    /// <summary>A concluded denunciation in the portal's cases (linked by its code, date read from the approval).</summary>
    Case = 1,
    /// <summary>An inspection or check conclusion (entered by its reference and date).</summary>
    Check = 2,
}

public enum ResponsibilityOutcome
{
    Pending = 0,
    /// <summary>Disciplined: a <see cref="DisciplineRecord"/> is written with it.</summary>
    Disciplined = 1,
    /// <summary>Exempted or not responsible (e.g. the head found and dealt with it themselves).</summary>
    NotDisciplined = 2,
}

/// <summary>
/// The responsibility of a head for corruption in the unit they lead: considered within 30 working days of the
/// conclusion (rule <c>heads-responsibility.consider</c>, Decree 59/2019 Art 79). A consideration recorded after the
/// due day is accepted and marked late: the law's deadline is for the portal to show, not to block.
/// </summary>
public sealed class HeadResponsibility : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>"TN-2026-01".</summary>
    public required string Code { get; set; }
    public Guid HeadStaffId { get; set; }
    public Guid UnitId { get; set; }
    public ConclusionSource Source { get; set; }
    /// <summary>The case code or the check's reference.</summary>
    public required string SourceReference { get; set; }
    public Guid? CaseId { get; set; }
    public DateOnly ConcludedOn { get; set; }
    public ResponsibilitySeverity Severity { get; set; }
    public DateOnly ConsiderationDueOn { get; set; }
    public ResponsibilityOutcome Outcome { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public bool DecidedLate { get; set; }
    public string? OutcomeNote { get; set; }
    public Guid? DisciplineRecordId { get; set; }
    public Guid RecordedByUserId { get; set; }
    public DateOnly RecordedOn { get; set; }
    public long Version { get; set; }
}

using Portal.Web.Data;

namespace Portal.Web.Features.Accountability;

/// <summary>
/// Forms of discipline, lightest first (Decree 112/2020/NĐ-CP: public employees have no salary downgrade or demotion;
/// Decree 172/2025/NĐ-CP, from 1 July 2025, has none for civil servants either: the forms stay for older records).
/// </summary>
public enum DisciplineForm
{
    /// <summary>Khiển trách.</summary>
    Reprimand = 1,
    /// <summary>Cảnh cáo.</summary>
    Warning = 2,
    /// <summary>Hạ bậc lương.</summary>
    SalaryDowngrade = 3,
    /// <summary>Giáng chức.</summary>
    Demotion = 4,
    /// <summary>Cách chức.</summary>
    Dismissal = 5,
    /// <summary>Buộc thôi việc: ends the employment, so it has no period in force.</summary>
    ForcedResignation = 6,
}

/// <summary>
/// A discipline decision about one staff member: form, decision number and date, its basis (the violation and the
/// provision, in a line), and the period it counts, computed from the <see cref="AccountabilityRule"/> in force on
/// the effective date. Annulled decisions stay, marked, so the history is whole.
/// </summary>
public sealed class DisciplineRecord : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>"KL-2026-03": what duties, audit and statistics name, never the person.</summary>
    public required string Code { get; set; }
    public Guid StaffMemberId { get; set; }
    /// <summary>The unit at the time of the decision: access by unit follows where the person was.</summary>
    public Guid UnitId { get; set; }
    /// <summary>Whether the person held a leadership post then (review grounds of dismissal concern posts).</summary>
    public bool Leadership { get; set; }
    public DisciplineForm Form { get; set; }
    public required string DecisionNumber { get; set; }
    public DateOnly DecisionDate { get; set; }
    public required string Basis { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    /// <summary>Null for a form without a period in force (forced resignation).</summary>
    public DateOnly? EffectiveUntil { get; set; }
    /// <summary>The rule that set <see cref="EffectiveUntil"/>.</summary>
    public string? TermRuleCode { get; set; }
    /// <summary>Set when the discipline came from a head's-responsibility consideration.</summary>
    public Guid? HeadResponsibilityId { get; set; }
    public DateOnly? AnnulledOn { get; set; }
    public string? AnnulReason { get; set; }
    public Guid RecordedByUserId { get; set; }
    public DateOnly RecordedOn { get; set; }
    public long Version { get; set; }

    public bool InForceOn(DateOnly day) => AnnulledOn is null && EffectiveFrom <= day && (EffectiveUntil is null || day <= EffectiveUntil);
}

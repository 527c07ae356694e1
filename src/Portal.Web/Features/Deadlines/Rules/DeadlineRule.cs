using Portal.Web.Data;

namespace Portal.Web.Features.Deadlines.Rules;

/// <summary>
/// A legal (or internal) time limit as data: what starts it, how long, how it is counted, its legal basis,
/// and when it is in force. A clock uses the rule in force on the day its event happened.
/// </summary>
public sealed class DeadlineRule : IVersioned
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string NameVi { get; set; }
    public required string NameEn { get; set; }
    public int Duration { get; set; }
    public DurationUnit Unit { get; set; }
    public required string LegalBasis { get; set; }
    public string? ExtensionNote { get; set; }
    public bool PausesOnSuspension { get; set; }
    /// <summary>When alerts go out and to which level (<see cref="Rules.AlertPlan"/>).</summary>
    public string AlertPlan { get; set; } = Rules.AlertPlan.Default;
    /// <summary>How many extensions of how long, by case grade (<see cref="Rules.ExtensionPlan"/>); empty: none.</summary>
    public string ExtensionPlan { get; set; } = "";
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
    public long Version { get; set; }

    public bool IsInForceOn(DateOnly day) => EffectiveFrom <= day && (EffectiveTo is null || day <= EffectiveTo);
}

public enum DurationUnit
{
    WorkingDays = 0,
    Days = 1,
}

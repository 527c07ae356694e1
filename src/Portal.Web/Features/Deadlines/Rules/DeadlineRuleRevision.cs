namespace Portal.Web.Features.Deadlines.Rules;

/// <summary>
/// The editable content of a deadline rule, as the rules page edits it. Every field an administrator may change
/// is listed here, in <see cref="From"/>, <see cref="ApplyTo"/> and <see cref="Changes"/>, and in
/// DeadlineRuleForm.razor: a new rule field (alert points, escalation, extension limits) is added in these places.
/// </summary>
public sealed class DeadlineRuleRevision
{
    /// <summary>The version being replaced, and its concurrency token as the administrator saw it.</summary>
    public int RuleId { get; set; }
    public long Version { get; set; }
    public string Code { get; set; } = "";

    /// <summary>First day of the new version; the replaced one ends the day before.</summary>
    public DateOnly EffectiveFrom { get; set; }

    public string NameVi { get; set; } = "";
    public string NameEn { get; set; } = "";
    public int Duration { get; set; }
    public DurationUnit Unit { get; set; }
    public string LegalBasis { get; set; } = "";
    public string? ExtensionNote { get; set; }
    public bool PausesOnSuspension { get; set; }
    public string AlertPlan { get; set; } = "";
    public string ExtensionPlan { get; set; } = "";

    public static DeadlineRuleRevision From(DeadlineRule rule, DateOnly effectiveFrom) => new()
    {
        RuleId = rule.Id, Version = rule.Version, Code = rule.Code, EffectiveFrom = effectiveFrom,
        NameVi = rule.NameVi, NameEn = rule.NameEn, Duration = rule.Duration, Unit = rule.Unit, LegalBasis = rule.LegalBasis,
        ExtensionNote = rule.ExtensionNote, PausesOnSuspension = rule.PausesOnSuspension, AlertPlan = rule.AlertPlan, ExtensionPlan = rule.ExtensionPlan,
    };

    internal void ApplyTo(DeadlineRule rule)
    {
        rule.NameVi = NameVi;
        rule.NameEn = NameEn;
        rule.Duration = Duration;
        rule.Unit = Unit;
        rule.LegalBasis = LegalBasis;
        rule.ExtensionNote = ExtensionNote;
        rule.PausesOnSuspension = PausesOnSuspension;
        rule.AlertPlan = AlertPlan;
        rule.ExtensionPlan = ExtensionPlan;
    }

    internal void Trim()
    {
        NameVi = NameVi.Trim();
        NameEn = NameEn.Trim();
        LegalBasis = LegalBasis.Trim();
        ExtensionNote = string.IsNullOrWhiteSpace(ExtensionNote) ? null : ExtensionNote.Trim();
        AlertPlan = AlertPlan.Trim();
        ExtensionPlan = ExtensionPlan.Trim();
    }

    /// <summary>The fields that differ from <paramref name="rule"/>, for the audit log (names only for texts).</summary>
    internal IReadOnlyList<string> Changes(DeadlineRule rule)
    {
        var changes = new List<string>();
        if (Duration != rule.Duration || Unit != rule.Unit)
        {
            changes.Add($"duration {rule.Duration} {rule.Unit} -> {Duration} {Unit}");
        }

        if (PausesOnSuspension != rule.PausesOnSuspension)
        {
            changes.Add($"pauses on suspension {rule.PausesOnSuspension} -> {PausesOnSuspension}");
        }

        if (NameVi != rule.NameVi || NameEn != rule.NameEn)
        {
            changes.Add("names");
        }

        if (LegalBasis != rule.LegalBasis)
        {
            changes.Add("legal basis");
        }

        if (ExtensionNote != rule.ExtensionNote)
        {
            changes.Add("extension note");
        }

        if (AlertPlan != rule.AlertPlan)
        {
            changes.Add($"alert plan {rule.AlertPlan} -> {AlertPlan}");
        }

        if (ExtensionPlan != rule.ExtensionPlan)
        {
            changes.Add($"extension plan {rule.ExtensionPlan} -> {ExtensionPlan}");
        }

        return changes;
    }
}

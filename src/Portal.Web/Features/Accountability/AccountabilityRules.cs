namespace Portal.Web.Features.Accountability;

/// <summary>A discipline or head's-responsibility record as the review rules see it: codes, dates, no content.</summary>
public sealed record ReviewEvidence(string Code, DateOnly On, DisciplineForm? Form, ResponsibilitySeverity? Severity);

/// <summary>A rule met by one person's records.</summary>
public sealed record ReviewMatch(string RuleCode, IReadOnlyList<string> Evidence);

/// <summary>The module's rules as pure functions of the rules' data, so they are tested without a database.</summary>
public static class AccountabilityRules
{
    /// <summary>The rule in force on <paramref name="day"/> that says how long <paramref name="form"/> counts; null when none (forced resignation).</summary>
    public static AccountabilityRule? InForceRule(IEnumerable<AccountabilityRule> rules, DisciplineForm form, DateOnly day) =>
        rules.Where(r => r.Kind == AccountabilityRuleKind.DisciplineInForce && r.Forms == form.ToString() && r.IsInForceOn(day))
            .OrderByDescending(r => r.EffectiveFrom).FirstOrDefault();

    /// <summary>The last day a discipline counts: <c>from</c> plus the rule's months, less a day (12 months from 1 March run to the last day of February).</summary>
    public static DateOnly? EffectiveUntil(IEnumerable<AccountabilityRule> rules, DisciplineForm form, DateOnly from) =>
        InForceRule(rules, form, from) is { } rule ? from.AddMonths(rule.Value).AddDays(-1) : null;

    /// <summary>
    /// Which review rules in force on <paramref name="today"/> the records meet. Records are counted when they fall in
    /// the rule's window ending today; the match names the records, so a leader sees why.
    /// </summary>
    public static IReadOnlyList<ReviewMatch> Review(IEnumerable<AccountabilityRule> rules, IReadOnlyList<ReviewEvidence> records, bool leadership, DateOnly today)
    {
        var matches = new List<ReviewMatch>();
        foreach (var rule in rules.Where(r => r.Kind == AccountabilityRuleKind.ReviewFlag && r.IsInForceOn(today)).OrderBy(r => r.Code, StringComparer.Ordinal))
        {
            if (rule.LeadershipOnly && !leadership)
            {
                continue;
            }

            var windowStart = rule.WindowMonths is { } months ? today.AddMonths(-months).AddDays(1) : DateOnly.MinValue;
            var forms = rule.CountedForms();
            var counted = records.Where(r => r.On >= windowStart && r.On <= today)
                .Where(r => forms.Count > 0
                    ? r.Form is { } f && forms.Contains(f)
                    : r.Severity is { } s && s >= (rule.MinSeverity ?? ResponsibilitySeverity.LessSerious))
                .OrderBy(r => r.On).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
            if (counted.Count >= rule.Value && rule.Value > 0)
            {
                matches.Add(new ReviewMatch(rule.Code, counted.Select(r => r.Code).ToList()));
            }
        }

        return matches;
    }

    /// <summary>The bounds of a rotation period in force on <paramref name="day"/> (2 and 5 years as shipped).</summary>
    public static (int Min, int Max) RotationBounds(IEnumerable<AccountabilityRule> rules, DateOnly day)
    {
        var inForce = rules.Where(r => r.IsInForceOn(day)).ToList();
        int Value(AccountabilityRuleKind kind) => inForce.Where(r => r.Kind == kind).OrderByDescending(r => r.EffectiveFrom).Select(r => r.Value).FirstOrDefault();
        return (Value(AccountabilityRuleKind.RotationPeriodMin), Value(AccountabilityRuleKind.RotationPeriodMax));
    }

    /// <summary>When someone in a listed position since <paramref name="since"/> is due to rotate.</summary>
    public static DateOnly RotationDue(DateOnly since, int periodYears) => since.AddYears(periodYears);

    /// <summary>Whether an exemption covers the due day (it postpones rotation while it lasts).</summary>
    public static bool Exempted(IEnumerable<(DateOnly From, DateOnly Until)> exemptions, DateOnly due, DateOnly planDay) =>
        exemptions.Any(e => e.From <= Max(due, planDay) && Max(due, planDay) <= e.Until);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}

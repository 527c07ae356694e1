using Portal.Web.Features.Accountability;

namespace Portal.Web.Tests.Features.Accountability;

public sealed class AccountabilityRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private static readonly IReadOnlyList<AccountabilityRule> Shipped = SeedRows();

    private static List<AccountabilityRule> SeedRows() =>
        typeof(AccountabilityRule).Assembly.GetType("Portal.Web.Features.Accountability.AccountabilityRuleSeed")!
            .GetProperty("Rows")!.GetValue(null) is IReadOnlyList<AccountabilityRule> rows ? rows.ToList() : throw new InvalidOperationException("no seed");

    [Theory]
    [InlineData(DisciplineForm.Reprimand, "2027-02-28")]
    [InlineData(DisciplineForm.Warning, "2027-02-28")]
    [InlineData(DisciplineForm.SalaryDowngrade, "2027-08-31")]
    [InlineData(DisciplineForm.Demotion, "2027-08-31")]
    [InlineData(DisciplineForm.Dismissal, "2027-08-31")]
    public void EffectiveUntil_CountsTheFormsMonthsLessADay_FromTheEffectiveDate(DisciplineForm form, string until) =>
        Assert.Equal(DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture), AccountabilityRules.EffectiveUntil(Shipped, form, new DateOnly(2026, 3, 1)));

    [Fact]
    public void EffectiveUntil_IsNone_ForForcedResignation() =>
        Assert.Null(AccountabilityRules.EffectiveUntil(Shipped, DisciplineForm.ForcedResignation, Today));

    [Fact]
    public void EffectiveUntil_UsesTheRowInForceOnTheEffectiveDate_WhenTheLawChanges()
    {
        var amended = Shipped.Append(new AccountabilityRule
        {
            Id = 99, Code = "discipline.in-force.Reprimand", Kind = AccountabilityRuleKind.DisciplineInForce, Value = 6, Forms = "Reprimand",
            NameVi = "x", NameEn = "x", LegalBasis = "amended", EffectiveFrom = new DateOnly(2027, 1, 1),
        }).ToList();

        Assert.Equal(new DateOnly(2027, 11, 25), AccountabilityRules.EffectiveUntil(amended, DisciplineForm.Reprimand, Today));
        Assert.Equal(new DateOnly(2027, 7, 1), AccountabilityRules.EffectiveUntil(amended, DisciplineForm.Reprimand, new DateOnly(2027, 1, 2)));
    }

    [Fact]
    public void Review_FlagsDismissal_WhenALeaderHasAReprimandAndAWarningWithinOneTerm()
    {
        var records = new[] { Discipline("KL-2023-01", Today.AddYears(-3), DisciplineForm.Reprimand), Discipline("KL-2026-04", Today, DisciplineForm.Reprimand) };

        var matches = AccountabilityRules.Review(Shipped, records, leadership: true, Today);

        var match = Assert.Single(matches);
        Assert.Equal("review.two-reprimands", match.RuleCode);
        Assert.Equal(["KL-2023-01", "KL-2026-04"], match.Evidence);
    }

    [Fact]
    public void Review_RaisesNothing_WhenTheFirstReprimandIsOlderThanTheTerm() =>
        Assert.Empty(AccountabilityRules.Review(Shipped,
            [Discipline("KL-2021-01", Today.AddYears(-5), DisciplineForm.Reprimand), Discipline("KL-2026-04", Today, DisciplineForm.Reprimand)], leadership: true, Today));

    [Fact]
    public void Review_RaisesNothing_ForSomeoneWithoutALeadershipPost() =>
        Assert.Empty(AccountabilityRules.Review(Shipped,
            [Discipline("KL-2025-01", Today.AddYears(-1), DisciplineForm.Warning), Discipline("KL-2026-04", Today, DisciplineForm.Warning)], leadership: false, Today));

    [Fact]
    public void Review_RaisesBothGrounds_WhenALeaderIsWarnedTwice()
    {
        var matches = AccountabilityRules.Review(Shipped,
            [Discipline("KL-2025-01", Today.AddYears(-2), DisciplineForm.Warning), Discipline("KL-2026-04", Today.AddDays(-3), DisciplineForm.Warning)], leadership: true, Today);

        Assert.Equal(["review.two-reprimands", "review.warning-replace"], matches.Select(m => m.RuleCode));
        Assert.Equal(["KL-2026-04"], matches[1].Evidence);
    }

    [Theory]
    [InlineData(ResponsibilitySeverity.LessSerious, false)]
    [InlineData(ResponsibilitySeverity.Serious, true)]
    [InlineData(ResponsibilitySeverity.EspeciallySerious, true)]
    public void Review_FlagsResignation_OnlyFromSeriousCorruptionInTheUnit(ResponsibilitySeverity severity, bool flagged)
    {
        var matches = AccountabilityRules.Review(Shipped, [new ReviewEvidence("TN-2026-01", Today.AddDays(-10), null, severity)], leadership: true, Today);

        Assert.Equal(flagged, matches.Any(m => m.RuleCode == "review.serious-in-unit"));
        Assert.DoesNotContain(matches, m => m.RuleCode == "review.two-reprimands");
    }

    [Fact]
    public void RotationBounds_AreTwoAndFiveYears_AsShipped() =>
        Assert.Equal((2, 5), AccountabilityRules.RotationBounds(Shipped, Today));

    [Fact]
    public void RotationDue_IsThePeriodAfterTheDayTheHolderStarted() =>
        Assert.Equal(new DateOnly(2027, 2, 28), AccountabilityRules.RotationDue(new DateOnly(2024, 2, 29), 3));

    [Theory]
    [InlineData("2026-05-01", false)]
    [InlineData("2026-06-01", true)]
    [InlineData("2026-12-31", true)]
    [InlineData("2027-01-01", false)]
    public void Exempted_HoldsOnlyWhenTheExemptionCoversTheDueDay(string due, bool exempted) =>
        Assert.Equal(exempted, AccountabilityRules.Exempted([(new DateOnly(2026, 6, 1), new DateOnly(2026, 12, 31))],
            DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 1, 1)));

    [Theory]
    [InlineData("2026-01-01", "2026-03-31", 90)]
    [InlineData("2026-01-01", "2026-01-01", 1)]
    public void Days_CountsBothTheFirstAndTheLastDay(string starts, string ends, int days) =>
        Assert.Equal(days, Suspensions.Days(DateOnly.Parse(starts, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(ends, System.Globalization.CultureInfo.InvariantCulture)));

    private static ReviewEvidence Discipline(string code, DateOnly on, DisciplineForm form) => new(code, on, form, null);
}

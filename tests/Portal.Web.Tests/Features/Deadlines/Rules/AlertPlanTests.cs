using Portal.Web.Features.Deadlines.Rules;

namespace Portal.Web.Tests.Features.Deadlines.Rules;

public sealed class AlertPlanTests
{
    [Fact]
    public void Seed_GivesEveryRuleAValidAlertPlanAndExtensionPlan()
    {
        Assert.All(DeadlineRuleSeed.Rules, r =>
        {
            Assert.True(AlertPlan.TryParse(r.AlertPlan, out _, out var error), $"{r.Code}: {error}");
            Assert.True(ExtensionPlan.TryParse(r.ExtensionPlan, out _, out var extensionError), $"{r.Code}: {extensionError}");
        });
    }

    [Fact]
    public void Parse_ReadsPointsInOrder_WhenPlanIsTheDefault()
    {
        var plan = AlertPlan.Parse(AlertPlan.Default);

        Assert.Equal(["50%", "80%", "due", "+1", "+3"], plan.Points.Select(p => p.Name));
        Assert.Equal(AlertPlan.Default, plan.ToString());
        Assert.True(plan.AlertsOverdue);
    }

    [Theory]
    [InlineData("")]
    [InlineData("50%:handler")]
    [InlineData("80%:handler 50%:handler due:head")]
    [InlineData("50%:head due:handler")]
    [InlineData("due:head +2:director")]
    [InlineData("due:head +3:director +1:head")]
    [InlineData("100%:handler due:head")]
    [InlineData("50%:nobody due:head")]
    [InlineData("50%:1 due:head")]
    [InlineData("due:head due:head")]
    public void TryParse_Refuses_WhenPlanIsInvalid(string text)
    {
        Assert.False(AlertPlan.TryParse(text, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Theory]
    [InlineData(1, AlertLevel.Head)]
    [InlineData(2, AlertLevel.Head)]
    [InlineData(3, AlertLevel.Director)]
    [InlineData(9, AlertLevel.Director)]
    public void LevelOverdue_Escalates_WhenDaysOverdueReachAPoint(int days, AlertLevel expected)
    {
        Assert.Equal(expected, AlertPlan.Parse(AlertPlan.Default).LevelOverdue(days));
    }

    [Fact]
    public void LevelOf_GivesEachScheduledPointItsLevel_WhenNamed()
    {
        var plan = AlertPlan.Parse("50%:handler 80%:head due:director");

        Assert.Equal(AlertLevel.Handler, plan.LevelOf("50%"));
        Assert.Equal(AlertLevel.Head, plan.LevelOf("80%"));
        Assert.Equal(AlertLevel.Director, plan.LevelOf("due"));
        Assert.False(plan.AlertsOverdue);
    }

    [Fact]
    public void ExtensionPlan_GivesSettlementOneExtensionForComplexAndTwoForEspeciallyComplex()
    {
        var plan = ExtensionPlan.Parse(DeadlineRuleSeed.Rules.Single(r => r.Code == RuleCodes.DenunciationSettle).ExtensionPlan);

        Assert.Null(plan.LimitFor(ExtensionGrade.Any));
        Assert.Equal(new ExtensionLimit(ExtensionGrade.Complex, 1, 30, DurationUnit.Days), plan.LimitFor(ExtensionGrade.Complex));
        Assert.Equal(new ExtensionLimit(ExtensionGrade.EspeciallyComplex, 2, 30, DurationUnit.Days), plan.LimitFor(ExtensionGrade.EspeciallyComplex));
    }

    [Fact]
    public void ExtensionPlan_LetsAcceptanceReachTenWorkingDays()
    {
        var rule = DeadlineRuleSeed.Rules.Single(r => r.Code == RuleCodes.DenunciationAccept);
        var limit = ExtensionPlan.Parse(rule.ExtensionPlan).LimitFor(ExtensionGrade.Any)!;

        Assert.Equal(10, rule.Duration + (limit.Count * limit.Length));
        Assert.Equal(DurationUnit.WorkingDays, limit.Unit);
    }

    [Theory]
    [InlineData("complex:1x30")]
    [InlineData("complex:0x30d")]
    [InlineData("complex:1x30d complex:2x30d")]
    [InlineData("any:1x3wd complex:1x30d")]
    [InlineData("complex:2x30d especially-complex:1x30d")]
    [InlineData("simple:1x30d")]
    public void ExtensionPlan_Refuses_WhenInvalid(string text)
    {
        Assert.False(ExtensionPlan.TryParse(text, out _, out _));
    }
}

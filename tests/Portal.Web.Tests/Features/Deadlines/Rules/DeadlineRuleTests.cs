using Portal.Web.Features.Deadlines.Calendar;
using Portal.Web.Features.Deadlines.Rules;

namespace Portal.Web.Tests.Features.Deadlines.Rules;

public sealed class DeadlineRuleTests
{
    private static readonly WorkingCalendar Statutory = WorkingCalendar.CreateStatutory();

    private static DeadlineRule Rule(string code) => DeadlineRuleSeed.Rules.Single(r => r.Code == code);

    [Fact]
    public void Seed_GivesEveryRuleABasisAndAPositiveDuration()
    {
        Assert.All(DeadlineRuleSeed.Rules, r =>
        {
            Assert.True(r.Duration > 0, r.Code);
            Assert.False(string.IsNullOrWhiteSpace(r.LegalBasis), r.Code);
            Assert.False(string.IsNullOrWhiteSpace(r.NameVi), r.Code);
        });
        Assert.Equal(DeadlineRuleSeed.Rules.Count, DeadlineRuleSeed.Rules.Select(r => (r.Code, r.EffectiveFrom)).Distinct().Count());
    }

    [Fact]
    public void Due_SkipsTet_WhenAcceptanceDeadlineSpansLunarNewYear()
    {
        // Received Thursday 12 February 2026; Tết 2026 keeps offices closed 16–20 February.
        var due = DueDates.Due(Statutory, Rule(RuleCodes.DenunciationAccept), new DateOnly(2026, 2, 12));

        Assert.Equal(new DateOnly(2026, 3, 2), due);
    }

    [Fact]
    public void Due_MovesCalendarDayDeadline_OffAWeekend()
    {
        // 30 days after 2026-10-02 is Sunday 1 November: the limit moves to Monday.
        var due = DueDates.Due(Statutory, Rule(RuleCodes.DenunciationSettle), new DateOnly(2026, 10, 2));

        Assert.Equal(new DateOnly(2026, 11, 2), due);
    }

    [Fact]
    public void IsInForceOn_HandsOverToAmendedRule_WhenLawChangesOn1July2026()
    {
        var versions = DeadlineRuleSeed.Rules.Where(r => r.Code == RuleCodes.ComplaintAccept).ToList();

        // Exactly one version is in force on each day around the change, and the day boundary is exact.
        foreach (var day in new[] { new DateOnly(2026, 6, 30), new DateOnly(2026, 7, 1), new DateOnly(2027, 1, 1) })
        {
            Assert.Single(versions, r => r.IsInForceOn(day));
        }

        Assert.Equal(10, versions.Single(r => r.IsInForceOn(new DateOnly(2026, 6, 30))).Duration);
        Assert.Equal(7, versions.Single(r => r.IsInForceOn(new DateOnly(2026, 7, 1))).Duration);
    }
}

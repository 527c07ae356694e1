using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Portal.Web.Features.Checks;

namespace Portal.Web.Tests.Features.Checks;

public sealed class CheckRulesTests
{
    private const long Max = 10_000_000_000_000L;
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Theory]
    [InlineData(RecommendationKind.RecoverMoney, null, "Checks.Error.AmountRequired")]
    [InlineData(RecommendationKind.RecoverMoney, 0L, "Checks.Error.AmountNotPositive")]
    [InlineData(RecommendationKind.RecoverMoney, -1L, "Checks.Error.AmountNotPositive")]
    [InlineData(RecommendationKind.RecoverMoney, Max + 1, "Checks.Error.AmountTooLarge")]
    [InlineData(RecommendationKind.Discipline, 1_000L, "Checks.Error.AmountOnlyForRecovery")]
    [InlineData(RecommendationKind.RecoverMoney, 45_600_000L, null)]
    [InlineData(RecommendationKind.RecoverMoney, Max, null)]
    [InlineData(RecommendationKind.FixLoophole, null, null)]
    public void AmountProblem_NamesTheProblem_WhenAmountDoesNotFitKind(RecommendationKind kind, long? amount, string? problem) =>
        Assert.Equal(problem, CheckRules.AmountProblem(kind, amount, Max));

    [Theory]
    [InlineData(CheckStatus.Concluded, 0, true)]
    [InlineData(CheckStatus.FollowUp, 0, true)]
    [InlineData(CheckStatus.FollowUp, 1, false)]
    [InlineData(CheckStatus.InProgress, 0, false)]
    [InlineData(CheckStatus.Closed, 0, false)]
    [InlineData(CheckStatus.Cancelled, 0, false)]
    public void CanClose_OnlyAfterConclusion_WhenNothingOpen(CheckStatus status, int open, bool allowed) =>
        Assert.Equal(allowed, CheckRules.CanClose(status, open));

    [Theory]
    [InlineData(CheckStatus.Planned, true, true)]
    [InlineData(CheckStatus.InProgress, false, true)]
    [InlineData(CheckStatus.Concluded, false, false)]
    [InlineData(CheckStatus.Closed, false, false)]
    [InlineData(CheckStatus.Cancelled, false, false)]
    public void StartAndCancel_AreAllowed_OnlyBeforeConclusion(CheckStatus status, bool start, bool cancel)
    {
        Assert.Equal(start, CheckRules.CanStart(status));
        Assert.Equal(cancel, CheckRules.CanCancel(status));
    }

    [Theory]
    [InlineData(-1, RecommendationStatus.Open, true)]
    [InlineData(0, RecommendationStatus.Open, false)]
    [InlineData(-10, RecommendationStatus.Done, false)]
    public void IsOverdue_IsTrue_OnlyWhenPastDueAndOpen(int dueInDays, RecommendationStatus status, bool overdue) =>
        Assert.Equal(overdue, CheckRecommendation.IsOverdue(Today.AddDays(dueInDays), status, Today));

    [Fact]
    public void CodeAndLabel_FollowTheDepartmentsNumbering_WhenFormatted()
    {
        Assert.Equal("KT-2026-01", CheckRules.Code("KT", 2026, 1));
        Assert.Equal("TT-2026-12", CheckRules.Code("TT", 2026, 12));
        Assert.Equal("KT-2026-01/KN2", CheckRecommendation.Label("KT-2026-01", 2));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(12, 4)]
    public void Quarter_IsTheCalendarQuarter_OfTheDay(int month, int quarter) =>
        Assert.Equal(quarter, Check.Quarter(new DateOnly(2026, month, 15)));

    [Fact]
    public void ChecksOptions_RefuseEmptyNamesAndLowerCasePrefix_WhenValidated()
    {
        var options = new ChecksOptions { TeamNameVi = "", CheckCodePrefix = "kt", MaxRecoveryVnd = 0 };
        var results = new List<ValidationResult>();

        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));

        Assert.Equal(
            [nameof(ChecksOptions.CheckCodePrefix), nameof(ChecksOptions.MaxRecoveryVnd), nameof(ChecksOptions.TeamNameVi)],
            results.SelectMany(r => r.MemberNames).Order(StringComparer.Ordinal));
        var defaults = new ChecksOptions();
        Assert.True(Validator.TryValidateObject(defaults, new ValidationContext(defaults), [], validateAllProperties: true));
    }

    [Fact]
    public void KindName_ComesFromOptions_SoRenamingNeedsNoCode()
    {
        var options = new ChecksOptions { CheckNameVi = "Kiểm tra nội bộ", InspectionNameVi = "Thanh tra tỉnh", TeamNameEn = "Audit team" };
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
            Assert.Equal("Kiểm tra nội bộ", options.KindName(CheckKind.Check));
            Assert.Equal("Thanh tra tỉnh", options.KindName(CheckKind.Inspection));
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Assert.Equal("Audit team", options.TeamName);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}

using Portal.Web.Features.Integrity.Declarations;

namespace Portal.Web.Tests.Features.Integrity.Declarations;

public sealed class ChangeDetectionTests
{
    private static DeclarationForm Form(params long[] values) =>
        new() { Items = values.Select(v => new AssetItem { Category = AssetCategory.Money, Description = "Tiền gửi", ValueVnd = v }).ToList() };

    [Fact]
    public void Compare_NotCompared_WhenNoPreviousDeclaration()
    {
        Assert.Equal(ChangeOutcome.NotCompared, ChangeDetection.Compare(null, Form(5_000_000_000), 300_000_000));
    }

    [Theory]
    [InlineData(1_000_000_000, 1_299_999_999, ChangeOutcome.BelowThreshold)]
    [InlineData(1_000_000_000, 1_300_000_000, ChangeOutcome.ExplanationRequired)] // at the threshold counts
    [InlineData(1_000_000_000, 400_000_000, ChangeOutcome.BelowThreshold)]        // a decrease needs nothing
    public void Compare_FlagsIncrease_AtOrAboveThreshold(long before, long after, ChangeOutcome expected)
    {
        Assert.Equal(expected, ChangeDetection.Compare(Form(before), Form(after), 300_000_000));
    }

    [Fact]
    public void Compare_SumsEveryItem_WhenSeveralAssetsRise()
    {
        Assert.Equal(ChangeOutcome.ExplanationRequired, ChangeDetection.Compare(Form(100, 100), Form(150_000_100, 150_000_100), 300_000_000));
    }

    [Fact]
    public void Compare_SameIncrease_FlagsUnderOldThresholdOnly_WhenNewThresholdApplies()
    {
        var (before, after) = (Form(2_000_000_000), Form(2_500_000_000));

        Assert.Equal(ChangeOutcome.ExplanationRequired, ChangeDetection.Compare(before, after, 300_000_000));
        Assert.Equal(ChangeOutcome.BelowThreshold, ChangeDetection.Compare(before, after, 1_000_000_000));
    }
}

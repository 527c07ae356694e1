using Portal.Web.Features.Integrity.Thresholds;

namespace Portal.Web.Tests.Features.Integrity.Thresholds;

public sealed class IntegrityThresholdsTests
{
    [Theory]
    [InlineData(ThresholdCodes.MovableAsset, "2026-06-30", 50_000_000)]
    [InlineData(ThresholdCodes.MovableAsset, "2026-07-01", 150_000_000)]
    [InlineData(ThresholdCodes.Increase, "2025-12-31", 300_000_000)]
    [InlineData(ThresholdCodes.Increase, "2026-06-30", 300_000_000)]
    [InlineData(ThresholdCodes.Increase, "2026-07-01", 1_000_000_000)]
    public void Pick_ReturnsAmountInForce_OnTheDeclarationsDate(string code, string day, long expected)
    {
        var picked = IntegrityThresholds.Pick(ThresholdSeed.Rows, code, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, picked.AmountVnd);
        Assert.NotEmpty(picked.LegalBasis);
    }

    [Fact]
    public void Pick_Throws_WhenNoVersionInForce()
    {
        Assert.Throws<InvalidOperationException>(() => IntegrityThresholds.Pick(ThresholdSeed.Rows, ThresholdCodes.Increase, new DateOnly(2018, 1, 1)));
    }

    [Fact]
    public void Seed_HasNoOverlappingVersions_ForAnyCode()
    {
        foreach (var group in ThresholdSeed.Rows.GroupBy(r => r.Code))
        {
            var ordered = group.OrderBy(r => r.EffectiveFrom).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                Assert.Equal(ordered[i].EffectiveFrom.AddDays(-1), ordered[i - 1].EffectiveTo);
            }
        }
    }
}

namespace Portal.Web.Features.Integrity.Declarations;

/// <summary>
/// Year-over-year comparison, run in memory at submission on the decrypted previous and current forms. Only the
/// resulting flag is stored. The comparison is of total assets (all categories, the whole household): an
/// increase at or above the threshold in force on the declaration's date needs its source explained
/// (Law 36/2018 Art 36.2; 300 million, 1 billion from 2026-07-01).
/// </summary>
public static class ChangeDetection
{
    public static ChangeOutcome Compare(DeclarationForm? previous, DeclarationForm current, long increaseThresholdVnd)
    {
        if (previous is null)
        {
            return ChangeOutcome.NotCompared;
        }

        // No overflow: at most MaxItems values of at most MaxVnd each (2·10^17) fit a long many times over.
        var increase = current.TotalAssetsVnd - previous.TotalAssetsVnd;
        return increase >= increaseThresholdVnd ? ChangeOutcome.ExplanationRequired : ChangeOutcome.BelowThreshold;
    }
}

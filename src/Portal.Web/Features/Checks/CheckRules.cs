using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Infrastructure;

namespace Portal.Web.Features.Checks;

/// <summary>The life of a check and the checks on its figures, as plain functions the services and tests share.</summary>
public static class CheckRules
{
    /// <summary>The plan (subject, unit, dates, team) may change until the check is concluded.</summary>
    public static bool PlanEditable(CheckStatus status) => status is CheckStatus.Planned or CheckStatus.InProgress;

    public static bool IsFinal(CheckStatus status) => status is CheckStatus.Closed or CheckStatus.Cancelled;

    public static bool CanStart(CheckStatus status) => status == CheckStatus.Planned;

    public static bool CanCancel(CheckStatus status) => status is CheckStatus.Planned or CheckStatus.InProgress;

    public static bool CanConclude(CheckStatus status) => status == CheckStatus.InProgress;

    public static bool TakesRecommendations(CheckStatus status) => status is CheckStatus.Concluded or CheckStatus.FollowUp;

    /// <summary>Closed once concluded and every recommendation is done: follow-up ends only when nothing is left open.</summary>
    public static bool CanClose(CheckStatus status, int openRecommendations) => TakesRecommendations(status) && openRecommendations == 0;

    public static string Code(string prefix, int year, int number) => $"{prefix}-{year}-{number:00}";

    /// <summary>The resource key of what is wrong with an amount, or null: only recoveries carry one, above zero and below the sane maximum.</summary>
    public static string? AmountProblem(RecommendationKind kind, long? amountVnd, long maxVnd) => (kind, amountVnd) switch
    {
        (RecommendationKind.RecoverMoney, null) => "Checks.Error.AmountRequired",
        (RecommendationKind.RecoverMoney, <= 0) => "Checks.Error.AmountNotPositive",
        (RecommendationKind.RecoverMoney, var a) when a > maxVnd => "Checks.Error.AmountTooLarge",
        (not RecommendationKind.RecoverMoney, not null) => "Checks.Error.AmountOnlyForRecovery",
        _ => null,
    };

    /// <summary>Saves, turning a stale version into the page's "reload or keep mine" answer.</summary>
    internal static async Task<CommandResult?> SaveAsync(PortalDbContext db, IStringLocalizer l, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.ConcurrencyConflict(l["Common.ConcurrencyConflict"]);
        }
    }

    /// <summary>Makes the save of a child row (team member, recommendation) also check and bump the check's version.</summary>
    internal static void Touch(PortalDbContext db, Check check, long version)
    {
        var entry = db.Entry(check).Property(c => c.Version);
        entry.OriginalValue = version;
        entry.IsModified = true;
    }
}

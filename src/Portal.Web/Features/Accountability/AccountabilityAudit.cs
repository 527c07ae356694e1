using Portal.Web.Data;
using Portal.Web.Features.Audit;

namespace Portal.Web.Features.Accountability;

/// <summary>Audited accountability actions. Details carry record codes, forms, levels and outcomes: never names or bases.</summary>
public static class AccountabilityAudit
{
    public const string Refused = "accountability.refused";
    public const string Viewed = "accountability.viewed";
    public const string DisciplineRecorded = "accountability.discipline-recorded";
    public const string DisciplineAnnulled = "accountability.discipline-annulled";
    public const string ResponsibilityRecorded = "accountability.head-recorded";
    public const string ResponsibilityDecided = "accountability.head-decided";
    public const string SuspensionRequested = "accountability.suspension-requested";
    public const string SuspensionDecided = "accountability.suspension-decided";
    public const string SuspensionExtended = "accountability.suspension-extended";
    public const string SuspensionEnded = "accountability.suspension-ended";
    public const string FlagRaised = "accountability.flag-raised";
    public const string FlagDecided = "accountability.flag-decided";
    public const string RotationListed = "accountability.rotation-listed";
    public const string RotationAssigned = "accountability.rotation-assigned";
    public const string RotationExempted = "accountability.rotation-exempted";
    public const string RotationDone = "accountability.rotation-done";
    public const string RotationPlanned = "accountability.rotation-planned";

    public static IReadOnlyList<string> All { get; } =
    [
        Refused, Viewed, DisciplineRecorded, DisciplineAnnulled, ResponsibilityRecorded, ResponsibilityDecided, SuspensionRequested, SuspensionDecided,
        SuspensionExtended, SuspensionEnded, FlagRaised, FlagDecided, RotationListed, RotationAssigned, RotationExempted, RotationDone, RotationPlanned,
    ];

    /// <summary>
    /// Audits a read of records by their codes, in as many entries as the detail column needs: every record read is
    /// named in the log, without what it says.
    /// </summary>
    public static async Task ViewedAsync(AuditLog audit, AccountabilityActor actor, string what, IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        var prefix = $"what={what};scope={actor.Scope};codes=";
        var batch = new List<string>();
        var length = prefix.Length;
        foreach (var code in codes)
        {
            if (batch.Count > 0 && length + code.Length + 1 > 480)
            {
                await audit.AppendAsync(Viewed, actor.UserId, what, prefix + string.Join(',', batch), cancellationToken);
                (batch, length) = ([], prefix.Length);
            }

            batch.Add(code);
            length += code.Length + 1;
        }

        if (batch.Count > 0)
        {
            await audit.AppendAsync(Viewed, actor.UserId, what, prefix + string.Join(',', batch), cancellationToken);
        }
    }
}

/// <summary>The outcome of a command: done, or refused with a resource key the page shows (refusals are audited).</summary>
public sealed record AccountabilityResult(bool Done, string? Problem = null, Guid? Id = null, bool Late = false)
{
    public const string StaleKey = "Accountability.Error.Stale";

    public static AccountabilityResult Ok(Guid id, bool late = false) => new(true, null, id, late);

    public static AccountabilityResult Refused(string problem) => new(false, problem);

    public bool Stale => Problem == StaleKey;
}

/// <summary>What every command of the module shares: refusals audited, saves that turn a concurrent edit into a refusal, history rows.</summary>
public sealed class AccountabilitySteps(AuditLog audit, TimeProvider clock)
{
    public DateOnly Today => DepartmentDate.Today(clock);

    public async Task<AccountabilityResult> RefuseAsync(AccountabilityActor actor, string action, Guid? id, string problem, CancellationToken cancellationToken)
    {
        await audit.AppendAsync(AccountabilityAudit.Refused, actor.UserId, id?.ToString(), $"action={action};problem={problem}", cancellationToken);
        return AccountabilityResult.Refused(problem);
    }

    public void History(PortalDbContext db, AccountabilityActor actor, Guid subjectId, string action, string? detail = null) =>
        db.AccountabilityEvents.Add(new AccountabilityEvent { SubjectId = subjectId, Action = action, ActorUserId = actor.UserId, At = clock.GetUtcNow(), Detail = detail });

    public async Task<AccountabilityResult> SaveAsync(PortalDbContext db, AccountabilityActor actor, Guid id, string action, string? detail, bool late, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            return await RefuseAsync(actor, action, id, AccountabilityResult.StaleKey, cancellationToken);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            // A unique code taken by a simultaneous save: the person tries again and gets the next number.
            return await RefuseAsync(actor, action, id, "Accountability.Error.Retry", cancellationToken);
        }

        await audit.AppendAsync(action, actor.UserId, id.ToString(), detail, cancellationToken);
        return AccountabilityResult.Ok(id, late);
    }
}

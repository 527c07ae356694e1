using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Features.Audit;
using Portal.Web.Infrastructure;

namespace Portal.Web.Features.Checks;

/// <summary>The work of a running check: findings kept by the team, the conclusion, and closing once follow-up is done.</summary>
public sealed class CheckConclusions(IDbContextFactory<PortalDbContext> contexts, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    /// <summary>Officers and team members write findings while the check runs and until recommendations are set.</summary>
    public async Task<CommandResult> SaveFindingsAsync(CheckActor actor, Guid checkId, long version, string? findings, CancellationToken cancellationToken = default)
    {
        findings = string.IsNullOrWhiteSpace(findings) ? null : findings.Trim();
        if (findings is { Length: > 8000 })
        {
            return CommandResult.Fail(l["Checks.Error.FindingsTooLong"]);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var check = await db.Checks.Include(c => c.Team).FirstOrDefaultAsync(c => c.Id == checkId, cancellationToken);
        if (check is null)
        {
            return CommandResult.Fail(l["Checks.Error.Missing"]);
        }

        if (!actor.IsOfficer && !check.Team.Any(m => m.StaffMemberId == actor.StaffId))
        {
            return CommandResult.Fail(l["Checks.Error.NotAllowed"]);
        }

        if (check.Status is not (CheckStatus.InProgress or CheckStatus.Concluded))
        {
            return CommandResult.Fail(l[CheckRules.IsFinal(check.Status) ? "Checks.Error.Final" : "Checks.Error.WrongStatus", l[$"CheckStatus.{check.Status}"]]);
        }

        db.Entry(check).Property(c => c.Version).OriginalValue = version;
        check.Findings = findings;
        if (await CheckRules.SaveAsync(db, l, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        await audit.AppendAsync(ChecksAudit.FindingsSaved, actor.UserId, check.Code, $"length={findings?.Length ?? 0}", cancellationToken);
        return CommandResult.Ok;
    }

    public async Task<CommandResult> ConcludeAsync(
        CheckActor actor, Guid checkId, long version, string number, DateOnly? concludedOn, string summary, CancellationToken cancellationToken = default)
    {
        if (!actor.IsOfficer)
        {
            return CommandResult.Fail(l["Checks.Error.NotAllowed"]);
        }

        number = number.Trim();
        summary = summary.Trim();
        var errors = new List<string>();
        if (number.Length is 0 or > 64)
        {
            errors.Add(l["Checks.Error.ConclusionNumberRequired"]);
        }

        if (summary.Length is 0 or > 4000)
        {
            errors.Add(l["Checks.Error.ConclusionSummaryRequired"]);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var check = await db.Checks.FirstOrDefaultAsync(c => c.Id == checkId, cancellationToken);
        if (check is null)
        {
            return CommandResult.Fail(l["Checks.Error.Missing"]);
        }

        if (!CheckRules.CanConclude(check.Status))
        {
            return CommandResult.Fail(l[CheckRules.IsFinal(check.Status) ? "Checks.Error.Final" : "Checks.Error.WrongStatus", l[$"CheckStatus.{check.Status}"]]);
        }

        var today = DepartmentDate.Today(clock);
        var on = concludedOn ?? today;
        if (on > today)
        {
            errors.Add(l["Checks.Error.ConclusionInFuture"]);
        }
        else if (check.StartedOn is { } started && on < started)
        {
            errors.Add(l["Checks.Error.ConclusionBeforeStart"]);
        }

        if (errors.Count > 0)
        {
            return new CommandResult(false, errors);
        }

        db.Entry(check).Property(c => c.Version).OriginalValue = version;
        check.Status = CheckStatus.Concluded;
        check.ConclusionNumber = number;
        check.ConclusionOn = on;
        check.ConclusionSummary = summary;
        if (await CheckRules.SaveAsync(db, l, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        await audit.AppendAsync(ChecksAudit.Concluded, actor.UserId, check.Code, $"on={on:yyyy-MM-dd}", cancellationToken);
        return CommandResult.Ok;
    }

    public async Task<CommandResult> CloseAsync(CheckActor actor, Guid checkId, long version, CancellationToken cancellationToken = default)
    {
        if (!actor.IsOfficer)
        {
            return CommandResult.Fail(l["Checks.Error.NotAllowed"]);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var check = await db.Checks.FirstOrDefaultAsync(c => c.Id == checkId, cancellationToken);
        if (check is null)
        {
            return CommandResult.Fail(l["Checks.Error.Missing"]);
        }

        var open = await db.CheckRecommendations.CountAsync(r => r.CheckId == checkId && r.Status == RecommendationStatus.Open, cancellationToken);
        if (!CheckRules.CanClose(check.Status, open))
        {
            return CommandResult.Fail(open > 0 ? l["Checks.Error.OpenRecommendations", open] : l["Checks.Error.WrongStatus", l[$"CheckStatus.{check.Status}"]]);
        }

        db.Entry(check).Property(c => c.Version).OriginalValue = version;
        check.Status = CheckStatus.Closed;
        check.ClosedOn = DepartmentDate.Today(clock);
        if (await CheckRules.SaveAsync(db, l, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        await audit.AppendAsync(ChecksAudit.Closed, actor.UserId, check.Code, $"on={check.ClosedOn:yyyy-MM-dd}", cancellationToken);
        return CommandResult.Ok;
    }
}

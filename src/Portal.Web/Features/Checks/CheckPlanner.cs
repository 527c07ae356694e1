using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.Web.Data;
using Portal.Web.Features.Audit;
using Portal.Web.Infrastructure;

namespace Portal.Web.Features.Checks;

public sealed class CheckForm
{
    public Guid? Id { get; set; }
    public int Year { get; set; }
    public CheckKind Kind { get; set; }
    public Guid? CheckedUnitId { get; set; }
    public string Subject { get; set; } = "";
    public DateTime? PlannedFrom { get; set; }
    public DateTime? PlannedTo { get; set; }
    public string? LegalBasis { get; set; }
    public long Version { get; set; }
}

/// <summary>
/// The plan: checks added and edited by check officers, the year's plan approved by the Department's leader,
/// checks started (plan approved, team complete and free of conflicts) or cancelled with a reason.
/// </summary>
public sealed class CheckPlanner(
    IDbContextFactory<PortalDbContext> contexts, AuditLog audit, TimeProvider clock, IOptions<ChecksOptions> options, IStringLocalizer<SharedResource> l)
{
    public async Task<CommandResult> SaveAsync(CheckActor actor, CheckForm form, CancellationToken cancellationToken = default)
    {
        if (!actor.IsOfficer)
        {
            return CommandResult.Fail(l["Checks.Error.NotAllowed"]);
        }

        form.Subject = form.Subject.Trim();
        form.LegalBasis = string.IsNullOrWhiteSpace(form.LegalBasis) ? null : form.LegalBasis.Trim();
        var errors = new List<string>();
        if (form.Subject.Length is 0 or > 1000)
        {
            errors.Add(l["Checks.Error.SubjectInvalid"]);
        }

        if (form.LegalBasis is { Length: > 300 })
        {
            errors.Add(l["Checks.Error.LegalBasisInvalid"]);
        }

        if (form.Year is < 2000 or > 2100)
        {
            errors.Add(l["Checks.Error.YearInvalid"]);
        }

        if (form.PlannedFrom is null || form.PlannedTo is null)
        {
            errors.Add(l["Checks.Error.PeriodRequired"]);
        }
        else if (form.PlannedTo < form.PlannedFrom)
        {
            errors.Add(l["Checks.Error.PeriodReversed"]);
        }
        else if (form.PlannedFrom.Value.Year != form.Year)
        {
            errors.Add(l["Checks.Error.PeriodOutsideYear", form.Year]);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (form.CheckedUnitId is not { } unitId || !await db.Units.AnyAsync(u => u.Id == unitId && u.IsActive, cancellationToken))
        {
            errors.Add(l["Checks.Error.UnitRequired"]);
        }

        Check? check = null;
        if (form.Id is { } id)
        {
            check = await db.Checks.Include(c => c.Team).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (check is null)
            {
                return CommandResult.Fail(l["Checks.Error.Missing"]);
            }

            if (!CheckRules.PlanEditable(check.Status))
            {
                return CommandResult.Fail(l[CheckRules.IsFinal(check.Status) ? "Checks.Error.Final" : "Checks.Error.Concluded"]);
            }

            if (form.CheckedUnitId is { } newUnit && newUnit != check.CheckedUnitId && check.Team.Count > 0)
            {
                // Conflicts were confirmed against the old unit: a new unit means a new team.
                errors.Add(l["Checks.Error.UnitChangeWithTeam"]);
            }
        }

        if (errors.Count > 0)
        {
            return new CommandResult(false, errors.Distinct().ToList());
        }

        if (check is null)
        {
            var number = 1 + (await db.Checks.Where(c => c.Year == form.Year && c.Kind == form.Kind).MaxAsync(c => (int?)c.Number, cancellationToken) ?? 0);
            check = new Check { Year = form.Year, Kind = form.Kind, Number = number, Code = CheckRules.Code(options.Value.Prefix(form.Kind), form.Year, number), Subject = form.Subject };
            db.Checks.Add(check);
        }
        else
        {
            db.Entry(check).Property(c => c.Version).OriginalValue = form.Version;
        }

        check.CheckedUnitId = form.CheckedUnitId!.Value;
        check.Subject = form.Subject;
        check.PlannedFrom = DateOnly.FromDateTime(form.PlannedFrom!.Value);
        check.PlannedTo = DateOnly.FromDateTime(form.PlannedTo!.Value);
        check.LegalBasis = form.LegalBasis;
        try
        {
            if (await CheckRules.SaveAsync(db, l, cancellationToken) is { } conflict)
            {
                return conflict;
            }
        }
        catch (DbUpdateException) when (form.Id is null)
        {
            // Two officers numbered a check at the same moment; the unique code refused the second.
            return CommandResult.Fail(l["Checks.Error.CodeRace"]);
        }

        form.Id = check.Id;
        form.Version = check.Version;
        await audit.AppendAsync(ChecksAudit.Saved, actor.UserId, check.Code, $"status={check.Status}; from={check.PlannedFrom:yyyy-MM-dd}; to={check.PlannedTo:yyyy-MM-dd}", cancellationToken);
        return CommandResult.Ok;
    }

    public async Task<CommandResult> ApprovePlanAsync(CheckActor actor, int year, string decisionNumber, long version, CancellationToken cancellationToken = default)
    {
        if (!actor.IsDepartmentLeader)
        {
            return CommandResult.Fail(l["Checks.Error.NotAllowed"]);
        }

        decisionNumber = decisionNumber.Trim();
        if (decisionNumber.Length is 0 or > 64)
        {
            return CommandResult.Fail(l["Checks.Error.DecisionRequired"]);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Checks.AnyAsync(c => c.Year == year, cancellationToken))
        {
            return CommandResult.Fail(l["Checks.Error.PlanEmpty"]);
        }

        var plan = await db.CheckPlans.FirstOrDefaultAsync(p => p.Year == year, cancellationToken);
        if (plan is null)
        {
            plan = new CheckPlan { Year = year };
            db.CheckPlans.Add(plan);
        }
        else
        {
            db.Entry(plan).Property(p => p.Version).OriginalValue = version;
        }

        plan.DecisionNumber = decisionNumber;
        plan.ApprovedOn = DepartmentDate.Today(clock);
        plan.ApprovedByUserId = actor.UserId;
        if (await CheckRules.SaveAsync(db, l, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        await audit.AppendAsync(ChecksAudit.PlanApproved, actor.UserId, year.ToString(System.Globalization.CultureInfo.InvariantCulture), $"on={plan.ApprovedOn:yyyy-MM-dd}", cancellationToken);
        return CommandResult.Ok;
    }

    /// <summary>Starts the check today: an inspection by the province needs neither the Department's plan nor its team.</summary>
    public async Task<CommandResult> StartAsync(CheckActor actor, Guid checkId, long version, CancellationToken cancellationToken = default)
    {
        if (!actor.IsOfficer)
        {
            return CommandResult.Fail(l["Checks.Error.NotAllowed"]);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var check = await db.Checks.Include(c => c.Team).FirstOrDefaultAsync(c => c.Id == checkId, cancellationToken);
        if (check is null)
        {
            return CommandResult.Fail(l["Checks.Error.Missing"]);
        }

        if (!CheckRules.CanStart(check.Status))
        {
            return CommandResult.Fail(l["Checks.Error.WrongStatus", l[$"CheckStatus.{check.Status}"]]);
        }

        var errors = new List<string>();
        if (check.Kind == CheckKind.Check)
        {
            if (!await db.CheckPlans.AnyAsync(p => p.Year == check.Year && p.ApprovedOn != null, cancellationToken))
            {
                errors.Add(l["Checks.Error.PlanNotApproved", check.Year]);
            }

            if (!check.Team.Any(m => m.IsLeader))
            {
                errors.Add(l["Checks.Error.NoTeamLeader", options.Value.TeamName]);
            }

            if (check.Team.Any(m => m.NoConflictConfirmedOn is null))
            {
                errors.Add(l["Checks.Error.ConflictsUnconfirmed"]);
            }
        }

        if (errors.Count > 0)
        {
            return new CommandResult(false, errors);
        }

        db.Entry(check).Property(c => c.Version).OriginalValue = version;
        check.Status = CheckStatus.InProgress;
        check.StartedOn = DepartmentDate.Today(clock);
        if (await CheckRules.SaveAsync(db, l, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        await audit.AppendAsync(ChecksAudit.Started, actor.UserId, check.Code, $"on={check.StartedOn:yyyy-MM-dd}; team={check.Team.Count}", cancellationToken);
        return CommandResult.Ok;
    }

    public async Task<CommandResult> CancelAsync(CheckActor actor, Guid checkId, long version, string reason, CancellationToken cancellationToken = default)
    {
        if (!actor.IsOfficer && !actor.IsDepartmentLeader)
        {
            return CommandResult.Fail(l["Checks.Error.NotAllowed"]);
        }

        reason = reason.Trim();
        if (reason.Length is 0 or > 1000)
        {
            return CommandResult.Fail(l["Checks.Error.ReasonRequired"]);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var check = await db.Checks.FirstOrDefaultAsync(c => c.Id == checkId, cancellationToken);
        if (check is null)
        {
            return CommandResult.Fail(l["Checks.Error.Missing"]);
        }

        if (!CheckRules.CanCancel(check.Status))
        {
            return CommandResult.Fail(l["Checks.Error.WrongStatus", l[$"CheckStatus.{check.Status}"]]);
        }

        db.Entry(check).Property(c => c.Version).OriginalValue = version;
        var from = check.Status;
        check.Status = CheckStatus.Cancelled;
        check.CancelReason = reason;
        check.ClosedOn = DepartmentDate.Today(clock);
        if (await CheckRules.SaveAsync(db, l, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        await audit.AppendAsync(ChecksAudit.Cancelled, actor.UserId, check.Code, $"{from} -> Cancelled", cancellationToken);
        return CommandResult.Ok;
    }
}

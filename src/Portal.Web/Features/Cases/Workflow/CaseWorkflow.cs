using Microsoft.EntityFrameworkCore;
using Portal.Crypto;
using Portal.Web.Data;
using Portal.Web.Features.Deadlines.Clocks;
using Portal.Web.Features.Intake;

namespace Portal.Web.Features.Cases;

/// <summary>
/// Runs one command against a case: checks access by keys, the case version, and the transition table, then
/// applies the step, its event and its clocks in one transaction and puts it on the audit record. A refusal is
/// audited too; nothing is half-saved.
/// </summary>
public sealed class CaseWorkflow(IDbContextFactory<PortalDbContext> contexts, CaseGate gate, CaseSteps steps, TimeProvider clock, Audit.AuditLog audit)
{
    public async Task<CaseResult> RunAsync(CaseActor actor, CaseCommand command, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (access, report, key) = await gate.OpenReportAsync(db, command.ReportId, actor.UserId, actor.Session, true, cancellationToken, tracked: true);
        using (key)
        {
            if (report is null)
            {
                return new CaseResult(CaseOutcome.NotFound, CaseAccess.NotFound);
            }

            var result = key is null ? new CaseResult(CaseOutcome.Refused, access)
                : report.Version != command.Version ? new CaseResult(CaseOutcome.Conflict, Problem: "Cases.Error.Conflict")
                : await ApplyAsync(db, report, key, actor, command, cancellationToken);
            await audit.AppendAsync(result.Outcome == CaseOutcome.Done ? CaseAudit.Step(command.Action) : CaseAudit.Refused, actor.UserId, report.Id.ToString(),
                result.Outcome == CaseOutcome.Done ? null : $"action={command.Action};outcome={result.Outcome};access={result.Access}", cancellationToken);
            return result;
        }
    }

    private async Task<CaseResult> ApplyAsync(PortalDbContext db, Report report, SecretKey key, CaseActor actor, CaseCommand command, CancellationToken cancellationToken)
    {
        if (CaseTransitions.Next(report.Stage, command.Action) is not { } next)
        {
            return new CaseResult(CaseOutcome.OutOfOrder, Problem: "Cases.Error.OutOfOrder");
        }

        if (steps.Validate(report, command) is { } problem)
        {
            return CaseResult.Invalid(problem);
        }

        var now = clock.GetUtcNow();
        var step = new CaseStep(db, report, key, actor, command, now, DepartmentDate.Of(now));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var refusal = await steps.ApplyAsync(step, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var from = report.Stage;
        report.Stage = next;
        if (!CaseTransitions.IsOpen(next) && next != CaseStage.Merged)
        {
            report.ClosedOn ??= step.Today;
        }

        if (!CaseTransitions.IsOpen(next))
        {
            await ClockBook.StopAsync(db, report.Id, step.Today, _ => true, cancellationToken);
        }

        await ClockBook.RefreshDueOnAsync(db, report, cancellationToken);
        db.CaseEvents.Add(CaseEvents.Create(report.Id, key, command.Action, from, next, actor.UserId, now, command.LegalGround?.Trim(), step.Detail));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return CaseResult.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            return new CaseResult(CaseOutcome.Conflict, Problem: "Cases.Error.Conflict");
        }
    }

    /// <summary>Handlers and leaders with a key pair who may be assigned to the case (recused people are left out).</summary>
    public async Task<IReadOnlyList<PersonView>> AssignableAsync(Guid reportId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var people = await CaseSteps.Assignable(db).ToListAsync(cancellationToken);
        var result = new List<PersonView>();
        foreach (var p in people.OrderBy(p => p.Name))
        {
            if (!await gate.IsRecusedAsync(db, reportId, p.Id, cancellationToken))
            {
                result.Add(p);
            }
        }

        return result;
    }
}

/// <summary>Everything one step works with; handlers fill <see cref="Detail"/> with what the event records.</summary>
public sealed class CaseStep(PortalDbContext db, Report report, SecretKey key, CaseActor actor, CaseCommand command, DateTimeOffset now, DateOnly today)
{
    public PortalDbContext Db { get; } = db;
    public Report Report { get; } = report;
    public SecretKey Key { get; } = key;
    public CaseActor Actor { get; } = actor;
    public CaseCommand Command { get; } = command;
    public DateTimeOffset Now { get; } = now;
    public DateOnly Today { get; } = today;
    public EventDetail Detail { get; set; } = new() { Reason = command.Reason?.Trim() };
}

public static class CaseAudit
{
    public const string Refused = "case.refused";
    public const string Viewed = "case.viewed";
    public const string ConflictConfirmed = "case.conflict-confirmed";
    public const string ConflictDeclared = "case.conflict-declared";
    public const string Exported = "case.exported";
    public const string NoteAdded = "case.note-added";
    public const string IdentityRequested = "identity.requested";
    public const string IdentityApproved = "identity.approved";
    public const string IdentityRefused = "identity.refused";
    public const string IdentityViewed = "identity.viewed";
    public const string RecordedByStaff = "case.recorded-by-staff";
    public const string Destroyed = "case.destroyed";

    public static string Step(CaseAction action) => $"case.{action.ToString().ToLowerInvariant()}";

    /// <summary>The step named by an audit action, when it is one (for labels on the audit page).</summary>
    public static CaseAction? StepOf(string action) =>
        Enum.GetValues<CaseAction>().Cast<CaseAction?>().FirstOrDefault(a => Step(a!.Value) == action);

    /// <summary>Every case and identity action, for the audit page's filter.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Viewed, Exported, Refused, ConflictConfirmed, ConflictDeclared, NoteAdded, RecordedByStaff, Destroyed,
        IdentityRequested, IdentityApproved, IdentityRefused, IdentityViewed,
        .. Enum.GetValues<CaseAction>().Where(a => a != CaseAction.Received).Select(Step),
    ];
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Features.Audit;
using Portal.Web.Features.Deadlines.Duties;
using Portal.Web.Infrastructure;

namespace Portal.Web.Features.Programme;

public sealed class ProgrammeTaskForm
{
    public Guid? Id { get; set; }
    public int Year { get; set; }
    public string Code { get; set; } = "";
    public Guid? ParentId { get; set; }
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public Guid? OwnerUnitId { get; set; }
    public Guid? OwnerStaffId { get; set; }
    public DateTime? StartOn { get; set; }
    public DateTime? DueOn { get; set; }
    public ProgrammeTaskStatus Status { get; set; }
    public long Version { get; set; }
}

/// <summary>Creates or edits a programme task. Refuses a deadline before the start and a code used twice in a year.</summary>
public sealed class SaveProgrammeTask(IDbContextFactory<PortalDbContext> contexts, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<CommandResult> HandleAsync(ProgrammeActor actor, ProgrammeTaskForm form, CancellationToken cancellationToken = default)
    {
        if (!actor.CanEdit)
        {
            return CommandResult.Fail(l["Programme.NotAllowed"]);
        }

        form.Code = form.Code.Trim();
        form.Title = form.Title.Trim();
        form.Description = string.IsNullOrWhiteSpace(form.Description) ? null : form.Description.Trim();
        var errors = new List<string>();
        if (form.Code.Length is 0 or > 16)
        {
            errors.Add(l["Programme.CodeInvalid"]);
        }

        if (form.Title.Length is 0 or > 1000)
        {
            errors.Add(l["Programme.TitleInvalid"]);
        }

        if (form.Year is < 2000 or > 2100)
        {
            errors.Add(l["Programme.YearInvalid"]);
        }

        if (form.DueOn is null)
        {
            errors.Add(l["Programme.DueRequired"]);
        }
        else if (form.StartOn is { } start && form.DueOn < start)
        {
            errors.Add(l["Programme.DueBeforeStart"]);
        }

        if (form.OwnerUnitId is null)
        {
            errors.Add(l["Programme.OwnerUnitRequired"]);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.ProgrammeTasks.AnyAsync(t => t.Year == form.Year && t.Code == form.Code && t.Id != form.Id, cancellationToken))
        {
            errors.Add(l["Programme.CodeTaken", form.Code]);
        }

        if (form.ParentId is { } parentId
            && (parentId == form.Id || !await db.ProgrammeTasks.AnyAsync(t => t.Id == parentId && t.Year == form.Year && t.ParentId == null, cancellationToken)))
        {
            // One level of sub-tasks, as in the programme text: a parent must be a top-level task of the same year.
            errors.Add(l["Programme.ParentInvalid"]);
        }

        if (form.OwnerStaffId is { } staffId && !await db.StaffMembers.AnyAsync(s => s.Id == staffId && s.UnitId == form.OwnerUnitId, cancellationToken))
        {
            errors.Add(l["Programme.OwnerStaffInvalid"]);
        }

        if (errors.Count > 0)
        {
            return new CommandResult(false, errors.Distinct().ToList());
        }

        ProgrammeTask task;
        if (form.Id is { } id)
        {
            task = await db.ProgrammeTasks.FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
                ?? throw new InvalidOperationException("programme task vanished");
            db.Entry(task).Property(t => t.Version).OriginalValue = form.Version;
        }
        else
        {
            task = new ProgrammeTask { Code = form.Code, Title = form.Title, Year = form.Year };
            db.ProgrammeTasks.Add(task);
        }

        var today = DepartmentDate.Today(clock);
        task.Year = form.Year;
        task.Code = form.Code;
        task.ParentId = form.ParentId;
        task.Title = form.Title;
        task.Description = form.Description;
        task.OwnerUnitId = form.OwnerUnitId!.Value;
        task.OwnerStaffId = form.OwnerStaffId;
        task.StartOn = form.StartOn is { } s ? DateOnly.FromDateTime(s) : null;
        task.DueOn = DateOnly.FromDateTime(form.DueOn!.Value);
        task.CompletedOn = form.Status == ProgrammeTaskStatus.Done ? task.CompletedOn ?? today : null;
        task.Status = form.Status;
        await TrackDutyAsync(db, task, today, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.ConcurrencyConflict(l["Common.ConcurrencyConflict"]);
        }

        form.Id = task.Id;
        form.Version = task.Version;
        await audit.AppendAsync(AuditActions.ProgrammeTaskSaved, actor.UserId, $"{task.Year}/{task.Code}",
            $"status={task.Status}; due={task.DueOn:yyyy-MM-dd}", cancellationToken);
        return CommandResult.Ok;
    }

    /// <summary>An open task is a duty of its owner (ADR 0012), moved with its dates; done or cancelled closes it.</summary>
    internal static async Task TrackDutyAsync(PortalDbContext db, ProgrammeTask task, DateOnly today, CancellationToken cancellationToken)
    {
        if (task.Status is ProgrammeTaskStatus.Done or ProgrammeTaskStatus.Cancelled)
        {
            await DutyClocks.CloseAsync(db, DutyKinds.ProgrammeTask, task.Id, task.CompletedOn ?? today, cancellationToken);
            return;
        }

        var existing = await db.Duties.AsNoTracking().Where(d => d.Kind == DutyKinds.ProgrammeTask && d.SubjectId == task.Id)
            .Select(d => (DateOnly?)d.StartedOn).FirstOrDefaultAsync(cancellationToken);
        await DutyClocks.TrackAsync(db, new DutyStart(DutyKinds.ProgrammeTask, task.Id, $"CT-{task.Year}/{task.Code}", TaskRule, task.OwnerUnitId,
            task.OwnerStaffId, "/programme", task.StartOn ?? existing ?? today, task.DueOn), cancellationToken);
    }

    public const string TaskRule = "programme.task";
}

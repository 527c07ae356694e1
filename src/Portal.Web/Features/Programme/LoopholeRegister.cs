using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Features.Audit;
using Portal.Web.Infrastructure;

namespace Portal.Web.Features.Programme;

public sealed class LoopholeForm
{
    public Guid? Id { get; set; }
    public LoopholeSource Source { get; set; } = LoopholeSource.Check;
    public string? SourceReference { get; set; }
    public string Description { get; set; } = "";
    public string RuleOrProcess { get; set; } = "";
    public string Proposal { get; set; } = "";
    public Guid? OwnerUnitId { get; set; }
    public Guid? OwnerStaffId { get; set; }
    public DateTime? FoundOn { get; set; }
    public long Version { get; set; }
}

public sealed record LoopholeRow(
    Guid Id, LoopholeSource Source, string? SourceReference, string Description, string RuleOrProcess, string Proposal, Guid OwnerUnitId, string OwnerUnit,
    Guid? OwnerStaffId, DateOnly FoundOn, LoopholeStatus Status, DateOnly? DecidedOn, DateOnly? FixedOn, long Version);

public sealed record LoopholeHistoryRow(DateTimeOffset At, string Actor, LoopholeStatus? Status, string? Note);

/// <summary>
/// The loopholes register: record and edit a loophole, move it along proposed → accepted → fixed (or rejected),
/// and keep every step in its history. Edits are allowed while it is still open; fixed and rejected are final.
/// </summary>
public sealed class LoopholeRegister(IDbContextFactory<PortalDbContext> contexts, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<CommandResult> SaveAsync(ProgrammeActor actor, LoopholeForm form, CancellationToken cancellationToken = default)
    {
        if (!actor.CanEdit)
        {
            return CommandResult.Fail(l["Programme.NotAllowed"]);
        }

        form.SourceReference = string.IsNullOrWhiteSpace(form.SourceReference) ? null : form.SourceReference.Trim();
        form.Description = form.Description.Trim();
        form.RuleOrProcess = form.RuleOrProcess.Trim();
        form.Proposal = form.Proposal.Trim();
        var errors = new List<string>();
        if (form.Description.Length is 0 or > 4000)
        {
            errors.Add(l["Loophole.DescriptionInvalid"]);
        }

        if (form.RuleOrProcess.Length is 0 or > 1000)
        {
            errors.Add(l["Loophole.RuleInvalid"]);
        }

        if (form.Proposal.Length is 0 or > 4000)
        {
            errors.Add(l["Loophole.ProposalInvalid"]);
        }

        if (form.OwnerUnitId is null)
        {
            errors.Add(l["Programme.OwnerUnitRequired"]);
        }

        var today = DepartmentDate.Today(clock);
        var foundOn = form.FoundOn is { } f ? DateOnly.FromDateTime(f) : today;
        if (foundOn > today)
        {
            errors.Add(l["Loophole.FoundInFuture"]);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (form.Source == LoopholeSource.Case)
        {
            // Only the code is kept: it must name a real case, and nothing of the case's (encrypted) content is read.
            if (form.SourceReference is null || !await db.Reports.AnyAsync(r => r.CaseCode == form.SourceReference, cancellationToken))
            {
                errors.Add(l["Loophole.CaseCodeUnknown"]);
            }
        }
        else if (form.SourceReference is { Length: > 64 })
        {
            errors.Add(l["Loophole.ReferenceInvalid"]);
        }

        if (form.OwnerStaffId is { } staffId && !await db.StaffMembers.AnyAsync(s => s.Id == staffId, cancellationToken))
        {
            errors.Add(l["Programme.OwnerStaffInvalid"]);
        }

        if (errors.Count > 0)
        {
            return new CommandResult(false, errors.Distinct().ToList());
        }

        Loophole loophole;
        if (form.Id is { } id)
        {
            loophole = await db.Loopholes.FirstOrDefaultAsync(x => x.Id == id, cancellationToken) ?? throw new InvalidOperationException("loophole vanished");
            if (loophole.Status is LoopholeStatus.Fixed or LoopholeStatus.Rejected)
            {
                return CommandResult.Fail(l["Loophole.Final"]);
            }

            db.Entry(loophole).Property(x => x.Version).OriginalValue = form.Version;
        }
        else
        {
            loophole = new Loophole { Description = form.Description, RuleOrProcess = form.RuleOrProcess, Proposal = form.Proposal };
            db.Loopholes.Add(loophole);
        }

        loophole.Source = form.Source;
        loophole.SourceReference = form.SourceReference;
        loophole.Description = form.Description;
        loophole.RuleOrProcess = form.RuleOrProcess;
        loophole.Proposal = form.Proposal;
        loophole.OwnerUnitId = form.OwnerUnitId!.Value;
        loophole.OwnerStaffId = form.OwnerStaffId;
        loophole.FoundOn = foundOn;
        db.LoopholeEvents.Add(new LoopholeEvent
        {
            LoopholeId = loophole.Id, At = clock.GetUtcNow(), ActorUserId = actor.UserId,
            Status = form.Id is null ? LoopholeStatus.Proposed : null, Note = form.Id is null ? null : l["Loophole.Edited"].Value,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.ConcurrencyConflict(l["Common.ConcurrencyConflict"]);
        }

        form.Id = loophole.Id;
        form.Version = loophole.Version;
        await audit.AppendAsync(AuditActions.LoopholeSaved, actor.UserId, loophole.Id.ToString(), $"source={loophole.Source}; ref={loophole.SourceReference}", cancellationToken);
        return CommandResult.Ok;
    }

    public async Task<CommandResult> MoveAsync(
        ProgrammeActor actor, Guid id, long version, LoopholeStatus to, string? note, CancellationToken cancellationToken = default)
    {
        if (!actor.CanEdit)
        {
            return CommandResult.Fail(l["Programme.NotAllowed"]);
        }

        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note is { Length: > 2000 })
        {
            return CommandResult.Fail(l["Loophole.NoteInvalid"]);
        }

        if (to == LoopholeStatus.Rejected && note is null)
        {
            // A rejection without a reason teaches nobody anything: the register asks for one.
            return CommandResult.Fail(l["Loophole.ReasonRequired"]);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var loophole = await db.Loopholes.FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (loophole is null)
        {
            return CommandResult.Fail(l["Loophole.Missing"]);
        }

        if (!Loophole.CanMove(loophole.Status, to))
        {
            return CommandResult.Fail(l["Loophole.MoveRefused", l[$"LoopholeStatus.{loophole.Status}"], l[$"LoopholeStatus.{to}"]]);
        }

        db.Entry(loophole).Property(x => x.Version).OriginalValue = version;
        var today = DepartmentDate.Today(clock);
        var from = loophole.Status;
        loophole.Status = to;
        if (to is LoopholeStatus.Accepted or LoopholeStatus.Rejected)
        {
            loophole.DecidedOn = today;
        }

        if (to == LoopholeStatus.Fixed)
        {
            loophole.FixedOn = today;
        }

        db.LoopholeEvents.Add(new LoopholeEvent { LoopholeId = id, At = clock.GetUtcNow(), ActorUserId = actor.UserId, Status = to, Note = note });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.ConcurrencyConflict(l["Common.ConcurrencyConflict"]);
        }

        await audit.AppendAsync(AuditActions.LoopholeStatusChanged, actor.UserId, id.ToString(), $"{from} -> {to}", cancellationToken);
        return CommandResult.Ok;
    }

    public async Task<IReadOnlyList<LoopholeRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await (
            from x in db.Loopholes.AsNoTracking()
            join u in db.Units on x.OwnerUnitId equals u.Id
            orderby x.FoundOn descending
            select new LoopholeRow(x.Id, x.Source, x.SourceReference, x.Description, x.RuleOrProcess, x.Proposal, x.OwnerUnitId, u.Name, x.OwnerStaffId,
                x.FoundOn, x.Status, x.DecidedOn, x.FixedOn, x.Version)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<LoopholeHistoryRow>> HistoryAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await (
            from e in db.LoopholeEvents.AsNoTracking()
            where e.LoopholeId == id
            join u in db.Users on e.ActorUserId equals u.Id
            orderby e.Id
            select new LoopholeHistoryRow(e.At, u.DisplayName, e.Status, e.Note)).ToListAsync(cancellationToken);
    }
}

using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Infrastructure;

namespace Portal.Web.Features.Organisation;

public sealed class StaffForm
{
    public Guid? Id { get; set; }
    public string FullName { get; set; } = "";
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public Guid UnitId { get; set; }
    public Guid? PositionId { get; set; }
    public UnitRole UnitRole { get; set; }
    public Guid? LineManagerId { get; set; }
    public bool IsActive { get; set; } = true;
    public long Version { get; set; }
}

/// <summary>Creates or edits a staff member: one head per unit, and no line-manager loops.</summary>
public sealed class SaveStaffMember(IDbContextFactory<PortalDbContext> contexts, IStringLocalizer<SharedResource> l)
{
    public async Task<CommandResult> HandleAsync(StaffForm form, CancellationToken cancellationToken = default)
    {
        form.FullName = form.FullName.Trim();
        form.Email = string.IsNullOrWhiteSpace(form.Email) ? null : form.Email.Trim();
        form.Phone = string.IsNullOrWhiteSpace(form.Phone) ? null : form.Phone.Trim();
        var errors = new List<string>();
        if (form.FullName.Length is 0 or > 200)
        {
            errors.Add(l["Staff.NameInvalid"]);
        }

        if (form.Email is not null && (form.Email.Length > 256 || !MailAddress.TryCreate(form.Email, out _)))
        {
            errors.Add(l["Staff.EmailInvalid"]);
        }

        if (form.Phone is { Length: > 32 })
        {
            errors.Add(l["Staff.PhoneInvalid"]);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Units.AnyAsync(u => u.Id == form.UnitId, cancellationToken))
        {
            errors.Add(l["Staff.UnitMissing"]);
        }

        if (form.UnitRole == UnitRole.Head && form.IsActive &&
            await db.StaffMembers.Where(s => s.UnitId == form.UnitId && s.UnitRole == UnitRole.Head && s.IsActive && s.Id != form.Id)
                .Select(s => s.FullName).FirstOrDefaultAsync(cancellationToken) is { } currentHead)
        {
            errors.Add(l["Staff.HeadTaken", currentHead]);
        }

        if (form.LineManagerId is { } managerId)
        {
            var managers = await db.StaffMembers.AsNoTracking()
                .ToDictionaryAsync(s => s.Id, s => s.LineManagerId, cancellationToken);
            if (!managers.ContainsKey(managerId))
            {
                errors.Add(l["Staff.ManagerMissing"]);
            }
            else if (form.Id is { } self && Chains.Reaches(managerId, self, managers))
            {
                errors.Add(l["Staff.ManagerCycle"]);
            }
        }

        if (errors.Count > 0)
        {
            return new CommandResult(false, errors);
        }

        StaffMember member;
        if (form.Id is { } id)
        {
            member = await db.StaffMembers.FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
                ?? throw new InvalidOperationException("staff member vanished");
            db.Entry(member).Property(s => s.Version).OriginalValue = form.Version;
        }
        else
        {
            member = new StaffMember { FullName = form.FullName };
            db.StaffMembers.Add(member);
        }

        member.FullName = form.FullName;
        member.Email = form.Email;
        member.Phone = form.Phone;
        member.UnitId = form.UnitId;
        member.PositionId = form.PositionId;
        member.UnitRole = form.UnitRole;
        member.LineManagerId = form.LineManagerId;
        member.IsActive = form.IsActive;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.ConcurrencyConflict(l["Common.ConcurrencyConflict"]);
        }
        catch (DbUpdateException)
        {
            // The unique index caught a head appointed by someone else between our check and our save.
            return CommandResult.ConcurrencyConflict(l["Staff.HeadTakenConcurrently"]);
        }

        form.Id = member.Id;
        form.Version = member.Version;
        return CommandResult.Ok;
    }
}

using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Infrastructure;

namespace Portal.Web.Features.Organisation;

public sealed class UnitForm
{
    public Guid? Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? NameEn { get; set; }
    public UnitKind Kind { get; set; } = UnitKind.Division;
    public Guid? ParentId { get; set; }
    public bool ReceivesReports { get; set; } = true;
    public bool IsActive { get; set; } = true;
    public int SortOrder { get; set; }
    public long Version { get; set; }
}

/// <summary>Creates or edits a unit, keeping the tree a tree: one root, no unit under its own descendant.</summary>
public sealed partial class SaveUnit(IDbContextFactory<PortalDbContext> contexts, IStringLocalizer<SharedResource> l)
{
    public async Task<CommandResult> HandleAsync(UnitForm form, CancellationToken cancellationToken = default)
    {
        form.Code = form.Code.Trim();
        form.Name = form.Name.Trim();
        form.NameEn = string.IsNullOrWhiteSpace(form.NameEn) ? null : form.NameEn.Trim();
        var errors = new List<string>();
        if (!CodePattern().IsMatch(form.Code))
        {
            errors.Add(l["Unit.CodeInvalid"]);
        }

        if (form.Name.Length is 0 or > 200)
        {
            errors.Add(l["Unit.NameInvalid"]);
        }

        if (form.NameEn is { Length: > 200 })
        {
            errors.Add(l["Unit.NameInvalid"]);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tree = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.Code }).ToListAsync(cancellationToken);
        if (tree.Any(u => u.Code == form.Code && u.Id != form.Id))
        {
            errors.Add(l["Unit.CodeTaken", form.Code]);
        }

        if (form.ParentId is null && tree.Any(u => u.ParentId is null && u.Id != form.Id))
        {
            errors.Add(l["Unit.OneRoot"]);
        }

        if (form.ParentId is { } parentId)
        {
            if (tree.All(u => u.Id != parentId))
            {
                errors.Add(l["Unit.ParentMissing"]);
            }
            else if (form.Id is { } self && Chains.Reaches(parentId, self, tree.ToDictionary(u => u.Id, u => u.ParentId)))
            {
                errors.Add(l["Unit.ParentCycle"]);
            }
        }

        if (errors.Count > 0)
        {
            return new CommandResult(false, errors.Distinct().ToList());
        }

        Unit unit;
        if (form.Id is { } id)
        {
            unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id, cancellationToken)
                ?? throw new InvalidOperationException("unit vanished");
            db.Entry(unit).Property(u => u.Version).OriginalValue = form.Version;
        }
        else
        {
            unit = new Unit { Code = form.Code, Name = form.Name };
            db.Units.Add(unit);
        }

        unit.Code = form.Code;
        unit.Name = form.Name;
        unit.NameEn = form.NameEn;
        unit.Kind = form.Kind;
        unit.ParentId = form.ParentId;
        unit.ReceivesReports = form.ReceivesReports;
        unit.IsActive = form.IsActive;
        unit.SortOrder = form.SortOrder;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.ConcurrencyConflict(l["Common.ConcurrencyConflict"]);
        }

        form.Id = unit.Id;
        form.Version = unit.Version;
        return CommandResult.Ok;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,32}$")]
    private static partial Regex CodePattern();
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Features.Audit;
using Portal.Web.Infrastructure;

namespace Portal.Web.Features.Deadlines.Rules;

/// <summary>
/// Changes a deadline rule without rewriting history: the version being revised ends the day before the new
/// one starts, and the new version carries the changes. Clocks keep the version they started under (their
/// RuleId), so a clock started before the change keeps its duration.
/// </summary>
public sealed class ReviseDeadlineRule(
    IDbContextFactory<PortalDbContext> contexts, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public const int MaxDuration = 3650;

    public async Task<CommandResult> HandleAsync(DeadlineRuleRevision form, Guid? actor, CancellationToken cancellationToken = default)
    {
        form.Trim();
        var errors = ContentErrors(form);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.DeadlineRules.FirstOrDefaultAsync(r => r.Id == form.RuleId, cancellationToken) is not { } current)
        {
            return CommandResult.ConcurrencyConflict(l["Rules.Error.Gone"]);
        }

        if (current.Version != form.Version)
        {
            // Someone else revised this version since the page loaded (it now has an end date); say so first.
            return CommandResult.ConcurrencyConflict(l["Common.ConcurrencyConflict"]);
        }

        var today = DepartmentDate.Today(clock);
        var from = form.EffectiveFrom;
        if (current.EffectiveTo is { } end && end < today)
        {
            errors.Add(l["Rules.Error.Ended", Day(end)]);
        }
        else if (from < today)
        {
            // Clocks already started between that day and today used the old version: the history would not match them.
            errors.Add(l["Rules.Error.InPast", Day(today)]);
        }
        else if (from <= current.EffectiveFrom)
        {
            errors.Add(l["Rules.Error.NotAfterCurrent", Day(current.EffectiveFrom.AddDays(1))]);
        }
        else if (current.EffectiveTo is { } to && from > to)
        {
            errors.Add(l["Rules.Error.AfterEnd", Day(to)]);
        }
        else
        {
            var newTo = current.EffectiveTo;
            var others = await db.DeadlineRules.AsNoTracking().Where(r => r.Code == current.Code && r.Id != current.Id).ToListAsync(cancellationToken);
            if (others.FirstOrDefault(r => from <= (r.EffectiveTo ?? DateOnly.MaxValue) && r.EffectiveFrom <= (newTo ?? DateOnly.MaxValue)) is { } overlap)
            {
                errors.Add(l["Rules.Error.Overlap", Day(overlap.EffectiveFrom), overlap.EffectiveTo is { } t ? Day(t) : l["Rules.NoEnd"]]);
            }
        }

        var changes = form.Changes(current);
        if (errors.Count == 0 && changes.Count == 0)
        {
            errors.Add(l["Rules.Error.NoChange"]);
        }

        if (errors.Count > 0)
        {
            return new CommandResult(false, errors.Distinct().ToList());
        }

        var next = new DeadlineRule
        {
            Code = current.Code, NameVi = "", NameEn = "", LegalBasis = "",
            EffectiveFrom = from, EffectiveTo = current.EffectiveTo, Version = 1,
        };
        form.ApplyTo(next);
        db.Entry(current).Property(r => r.Version).OriginalValue = form.Version;
        current.EffectiveTo = from.AddDays(-1);
        db.DeadlineRules.Add(next);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrency failure, or the unique (code, start) index after a concurrent revision: either way, reload.
            return CommandResult.ConcurrencyConflict(l["Common.ConcurrencyConflict"]);
        }

        await audit.AppendAsync(AuditActions.DeadlineRuleRevised, actor, current.Code,
            string.Create(CultureInfo.InvariantCulture, $"version {current.Id} ends {current.EffectiveTo:yyyy-MM-dd}; version {next.Id} from {from:yyyy-MM-dd}: {string.Join("; ", changes)}"),
            cancellationToken);
        form.RuleId = next.Id;
        form.Version = next.Version;
        return CommandResult.Ok;
    }

    private List<string> ContentErrors(DeadlineRuleRevision form)
    {
        var errors = new List<string>();
        if (form.NameVi.Length is 0 or > 200 || form.NameEn.Length is 0 or > 200)
        {
            errors.Add(l["Rules.Error.Names"]);
        }

        if (form.Duration is < 1 or > MaxDuration)
        {
            errors.Add(l["Rules.Error.Duration", MaxDuration]);
        }

        if (!Enum.IsDefined(form.Unit))
        {
            errors.Add(l["Rules.Error.Unit"]);
        }

        if (form.LegalBasis.Length is 0 or > 300)
        {
            errors.Add(l["Rules.Error.Basis"]);
        }

        if (form.ExtensionNote is { Length: > 300 })
        {
            errors.Add(l["Rules.Error.ExtensionNote"]);
        }

        // Both plans are parsed exactly as the clocks will parse them, so what is saved is what runs.
        string? alertError = form.AlertPlan.Length > 200 ? "> 200" : null;
        if (alertError is not null || !Rules.AlertPlan.TryParse(form.AlertPlan, out _, out alertError))
        {
            errors.Add(l["Rules.Error.AlertPlan", alertError ?? ""]);
        }

        string? extensionError = form.ExtensionPlan.Length > 200 ? "> 200" : null;
        if (extensionError is not null || !Rules.ExtensionPlan.TryParse(form.ExtensionPlan, out _, out extensionError))
        {
            errors.Add(l["Rules.Error.ExtensionPlan", extensionError ?? ""]);
        }

        return errors;
    }

    private static string Day(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}

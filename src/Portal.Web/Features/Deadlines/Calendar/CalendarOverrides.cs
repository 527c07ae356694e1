using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Features.Audit;
using Portal.Web.Infrastructure;

namespace Portal.Web.Features.Deadlines.Calendar;

/// <summary>What an administrator types to add an override. The date is text so an impossible date gets a message, not a silent correction.</summary>
public sealed class CalendarOverrideForm
{
    public string Date { get; set; } = "";
    public CalendarOverrideKind Kind { get; set; } = CalendarOverrideKind.DayOff;
    public string Name { get; set; } = "";
    public string Basis { get; set; } = "";
}

/// <summary>A stored override with who entered it.</summary>
public sealed record CalendarOverrideRow(
    int Id, DateOnly Date, CalendarOverrideKind Kind, string Name, string Basis, string? CreatedByName, DateTimeOffset CreatedAt, long Version);

/// <summary>The outcome of a change, and how many running clocks span the date (their due dates are not moved).</summary>
public sealed record CalendarChange(CommandResult Result, int SpanningClocks = 0);

/// <summary>
/// Adds, removes and lists administrators' calendar overrides. Every change is validated against the overrides
/// already stored (<see cref="CalendarOverrideValidator"/>), audited, and makes the current calendar rebuild.
/// </summary>
public sealed class CalendarOverrides(
    IDbContextFactory<PortalDbContext> contexts, WorkingCalendars calendars, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    public async Task<IReadOnlyList<CalendarOverrideRow>> ForYearAsync(int year, CancellationToken cancellationToken = default)
    {
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CalendarOverrides.AsNoTracking()
            .Where(o => o.RemovedAt == null && o.Date >= first && o.Date <= last)
            .OrderBy(o => o.Date)
            .Select(o => new CalendarOverrideRow(o.Id, o.Date, o.Kind, o.Name, o.Basis,
                db.Users.Where(u => u.Id == o.CreatedBy).Select(u => u.DisplayName + " (" + u.UserName + ")").FirstOrDefault(), o.CreatedAt, o.Version))
            .ToListAsync(cancellationToken);
    }

    public async Task<CalendarChange> AddAsync(CalendarOverrideForm form, Guid? actor, CancellationToken cancellationToken = default)
    {
        var name = form.Name.Trim();
        var basis = form.Basis.Trim();
        var dateText = form.Date.Trim();
        if (!DateOnly.TryParseExact(dateText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Refused(l["Calendar.Error.DateInvalid", dateText]);
        }

        var errors = new List<string>();
        if (name.Length > CalendarOverrideEntryConfiguration.NameLength)
        {
            errors.Add(l["Calendar.Error.NameTooLong", CalendarOverrideEntryConfiguration.NameLength]);
        }

        if (basis.Length > CalendarOverrideEntryConfiguration.BasisLength)
        {
            errors.Add(l["Calendar.Error.BasisTooLong", CalendarOverrideEntryConfiguration.BasisLength]);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var active = await db.CalendarOverrides.AsNoTracking().Where(o => o.RemovedAt == null).ToListAsync(cancellationToken);
        var candidate = new CalendarOverride(date, form.Kind, name, basis);
        if (active.FirstOrDefault(o => o.Date == date && o.Kind == form.Kind) is { } same)
        {
            // The validator accepts a repetition; stored, it would only make removing the day take two steps.
            errors.Add(l["Calendar.Error.Duplicate", Day(date), KindText(same.Kind), same.Name]);
        }

        errors.AddRange(CalendarOverrideValidator.Validate(active.Select(o => o.ToOverride()).Append(candidate))
            .Where(e => e.Date == date)
            .Select(e => Message(e, active)));
        if (errors.Count > 0)
        {
            return Refused([.. errors.Distinct()]);
        }

        var entry = new CalendarOverrideEntry
        {
            Date = date, Kind = form.Kind, Name = name, Basis = basis, CreatedBy = actor, CreatedAt = clock.GetUtcNow(),
        };
        db.CalendarOverrides.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index on active dates: someone else entered this date since we read the list.
            return new CalendarChange(CommandResult.ConcurrencyConflict(l["Calendar.Error.Taken", Day(date)]));
        }

        calendars.Invalidate();
        var spanning = await SpanningClocksAsync(db, date, cancellationToken);
        await audit.AppendAsync(AuditActions.CalendarOverrideAdded, actor, Iso(date),
            $"{form.Kind} '{name}' ({basis}); running clocks spanning the date: {spanning}", cancellationToken);
        form.Date = form.Name = form.Basis = "";
        return new CalendarChange(CommandResult.Ok, spanning);
    }

    /// <summary>Marks an override removed; <paramref name="version"/> is the one the administrator saw.</summary>
    public async Task<CalendarChange> RemoveAsync(int id, long version, Guid? actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.CalendarOverrides.FirstOrDefaultAsync(o => o.Id == id && o.RemovedAt == null, cancellationToken) is not { } entry)
        {
            return new CalendarChange(CommandResult.ConcurrencyConflict(l["Calendar.Error.Gone"]));
        }

        db.Entry(entry).Property(o => o.Version).OriginalValue = version;
        entry.RemovedAt = clock.GetUtcNow();
        entry.RemovedBy = actor;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new CalendarChange(CommandResult.ConcurrencyConflict(l["Calendar.Error.Gone"]));
        }

        calendars.Invalidate();
        var spanning = await SpanningClocksAsync(db, entry.Date, cancellationToken);
        await audit.AppendAsync(AuditActions.CalendarOverrideRemoved, actor, Iso(entry.Date),
            $"{entry.Kind} '{entry.Name}' ({entry.Basis}); running clocks spanning the date: {spanning}", cancellationToken);
        return new CalendarChange(CommandResult.Ok, spanning);
    }

    /// <summary>Problems in the stored list (only possible if rows were edited outside the portal); such dates are left out of the calendar.</summary>
    public async Task<IReadOnlyList<string>> ProblemsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var active = await db.CalendarOverrides.AsNoTracking().Where(o => o.RemovedAt == null).ToListAsync(cancellationToken);
        return CalendarOverrideValidator.Validate(active.Select(o => o.ToOverride())).Select(e => Message(e, [])).ToList();
    }

    /// <summary>Running clocks whose period contains the date: their due dates were computed before the change.</summary>
    private static Task<int> SpanningClocksAsync(PortalDbContext db, DateOnly date, CancellationToken cancellationToken) =>
        db.CaseClocks.CountAsync(c => c.StoppedOn == null && c.StartedOn < date && c.DueOn >= date, cancellationToken);

    private string Message(CalendarValidationError error, IReadOnlyList<CalendarOverrideEntry> stored)
    {
        var day = error.Date is { } d ? Day(d) : "";
        return error.Code switch
        {
            "override.contradiction" when stored.FirstOrDefault(o => o.Date == error.Date) is { } existing =>
                l["Calendar.Error.Contradiction", day, KindText(existing.Kind), existing.Name, existing.Basis],
            "override.name-missing" => l["Calendar.Error.NameMissing"],
            "override.basis-missing" => l["Calendar.Error.BasisMissing"],
            "override.out-of-range" => l["Calendar.Error.OutOfRange", day, Day(WorkingCalendar.MinDate), Day(WorkingCalendar.MaxDate)],
            "override.kind-unknown" => l["Calendar.Error.KindUnknown"],
            _ => error.Message,
        };
    }

    private string KindText(CalendarOverrideKind kind) => l[$"Calendar.Kind.{kind}"];

    private static CalendarChange Refused(params string[] errors) => new(CommandResult.Fail(errors));

    internal static string Day(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

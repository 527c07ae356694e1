using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Features.Deadlines.Calendar;

/// <summary>
/// The working calendar a database defines: the statutory rules plus its active overrides. Calendars are
/// memoised by the content of the override list, so a unit of work always counts with what is stored now
/// (no invalidation to miss, on any node) and still reuses the per-year caches of an unchanged calendar.
/// </summary>
internal static class StoredCalendar
{
    private const int Kept = 4;
    private static readonly Lock Gate = new();

    // Most recent first. Several entries only matter when one process talks to several databases (tests).
    private static (string Key, WorkingCalendar Calendar)[] recent = [];

    /// <summary>The calendar for the overrides stored in <paramref name="db"/>, read inside the caller's unit of work.</summary>
    public static async Task<WorkingCalendar> LoadAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var overrides = await db.CalendarOverrides.AsNoTracking().Where(o => o.RemovedAt == null)
            .OrderBy(o => o.Date).ThenBy(o => o.Id)
            .Select(o => new CalendarOverride(o.Date, o.Kind, o.Name, o.Basis))
            .ToListAsync(cancellationToken);
        return For(overrides);
    }

    public static WorkingCalendar For(IReadOnlyList<CalendarOverride> overrides)
    {
        var key = Key(overrides);
        foreach (var (k, calendar) in Volatile.Read(ref recent))
        {
            if (k == key)
            {
                return calendar;
            }
        }

        var built = Build(overrides);
        lock (Gate)
        {
            recent = [(key, built), .. recent.Where(e => e.Key != key).Take(Kept - 1)];
        }

        return built;
    }

    /// <summary>
    /// Stored overrides pass the same validation before they are saved, and one active override per date is a
    /// unique index. Should a row edited by hand still break a rule, its date is left out rather than stopping
    /// every deadline computation; the calendar page lists the problem (<see cref="CalendarOverrides.ProblemsAsync"/>).
    /// </summary>
    private static WorkingCalendar Build(IReadOnlyList<CalendarOverride> overrides)
    {
        var result = WorkingCalendar.Create(overrides);
        if (result.Calendar is { } calendar)
        {
            return calendar;
        }

        var bad = result.Errors.Select(e => e.Date).ToHashSet();
        return WorkingCalendar.Create(overrides.Where(o => !bad.Contains(o.Date))).Calendar ?? WorkingCalendar.CreateStatutory();
    }

    // Names take part because they are what the holiday list shows.
    private static string Key(IReadOnlyList<CalendarOverride> overrides) =>
        string.Join('\u001f', overrides.Select(o => $"{o.Date.DayNumber}\u001e{(int)o.Kind}\u001e{o.Name}\u001e{o.Basis}"));
}

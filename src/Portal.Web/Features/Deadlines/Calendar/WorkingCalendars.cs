using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Features.Deadlines.Calendar;

/// <summary>
/// The current working calendar for pages, chips and verbs (singleton). It is rebuilt when an administrator
/// changes an override on this node (<see cref="Invalidate"/>) and re-read at most every few seconds otherwise,
/// so another node's change arrives quickly too. Code that computes a stored due date inside a unit of work
/// reads the calendar from that unit's context instead (<see cref="StoredCalendar.LoadAsync"/>).
/// </summary>
public sealed class WorkingCalendars(IDbContextFactory<PortalDbContext> contexts)
{
    // Real elapsed time, not the business clock: this is a cache policy, and a test's frozen clock must not freeze it.
    private static readonly TimeSpan Recheck = TimeSpan.FromSeconds(5);

    private readonly Lock gate = new();
    private Snapshot? current;
    private long generation;

    public async ValueTask<WorkingCalendar> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref current) is { } snapshot && Stopwatch.GetElapsedTime(snapshot.LoadedAt) < Recheck)
        {
            return snapshot.Calendar;
        }

        var started = Interlocked.Read(ref generation);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var calendar = await StoredCalendar.LoadAsync(db, cancellationToken);
        lock (gate)
        {
            // A change made while this load ran may not be in it: keep it only if nothing changed meanwhile.
            if (generation == started)
            {
                current = new Snapshot(calendar, Stopwatch.GetTimestamp());
            }
        }

        return calendar;
    }

    /// <summary>Forgets the current calendar; the next caller reads the overrides again.</summary>
    public void Invalidate()
    {
        lock (gate)
        {
            generation++;
            current = null;
        }
    }

    private sealed record Snapshot(WorkingCalendar Calendar, long LoadedAt);
}

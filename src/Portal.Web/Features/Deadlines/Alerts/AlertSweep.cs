using Portal.Web.Features.Deadlines.Calendar;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Deadlines.Rules;
using Portal.Web.Infrastructure;

namespace Portal.Web.Features.Deadlines.Alerts;

public sealed record SweepResult(int Raised, int Overdue);

/// <summary>
/// Finds the running clocks that reached an alert point by <c>today</c> and writes their alerts into the outbox,
/// in a handful of set-based statements in one transaction: the dates were computed when each clock started
/// (<see cref="Clocks.ClockAlertPoint"/>), so SQL compares dates and never loops per clock. The outbox's unique
/// key with ON CONFLICT DO NOTHING makes a re-run, a crash half-way or a second instance harmless.
/// </summary>
public sealed class AlertSweep(IDbContextFactory<PortalDbContext> contexts, FaultHold hold)
{
    public async Task<SweepResult> RunAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Rules are a few dozen rows: which of them alert overdue clocks is decided here, not parsed in SQL.
        var rules = await db.DeadlineRules.AsNoTracking().Select(r => new { r.Id, r.AlertPlan }).ToListAsync(cancellationToken);
        var overdueRules = rules.Where(r => !AlertPlan.TryParse(r.AlertPlan, out var plan, out _) || plan.AlertsOverdue)
            .Select(r => r.Id.ToString(CultureInfo.InvariantCulture)).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Points of clocks that stopped (a completed step, a closed case) will never be raised.
        await db.Database.ExecuteSqlAsync($"""
            DELETE FROM "ClockAlertPoints"
            WHERE "ClockId" IN (SELECT "Id" FROM "CaseClocks" WHERE "StoppedOn" IS NOT NULL)
            """, cancellationToken);

        // Of the points a running clock has reached, only the latest is raised: a clock started late, or a
        // portal that was down for a week, gets one alert at the right level rather than a burst.
        var raised = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "DeadlineAlerts" ("ClockId", "ReportId", "Round", "Point", "RaisedOn", "DueOn", "Expanded")
            SELECT p."ClockId", c."ReportId", p."Round", p."Point", {today}, c."DueOn", FALSE
            FROM "ClockAlertPoints" p
            JOIN "CaseClocks" c ON c."Id" = p."ClockId"
            WHERE p."On" <= {today} AND c."StoppedOn" IS NULL AND c."PausedOn" IS NULL AND p."Round" = c."Extensions"
              AND NOT EXISTS (SELECT 1 FROM "ClockAlertPoints" q
                              WHERE q."ClockId" = p."ClockId" AND q."Round" = p."Round" AND q."On" <= {today} AND q."Sequence" > p."Sequence")
            ON CONFLICT ("ClockId", "Round", "Point") DO NOTHING
            """, cancellationToken);
        await hold.AtAsync("alerts.sweep.raised", cancellationToken);

        // A paused clock keeps its points: they move when it resumes.
        await db.Database.ExecuteSqlAsync($"""
            DELETE FROM "ClockAlertPoints"
            WHERE "On" <= {today}
              AND "ClockId" IN (SELECT "Id" FROM "CaseClocks" WHERE "StoppedOn" IS NULL AND "PausedOn" IS NULL)
            """, cancellationToken);

        raised += await DutiesAsync(db, today, cancellationToken);

        var overdue = 0;
        var workingDay = (await StoredCalendar.LoadAsync(db, cancellationToken)).IsWorkingDay(today);
        if (workingDay)
        {
            overdue += await OverdueDutiesAsync(db, today, overdueRules, cancellationToken);
        }

        if (workingDay && overdueRules.Count > 0)
        {
            // One alert per overdue clock per working day; the day in the point's name is what makes it unique.
            var point = $"overdue:{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
#pragma warning disable EF1002 // The IN list holds integer ids read from the database above, formatted invariantly.
            overdue = await db.Database.ExecuteSqlRawAsync($$"""
                INSERT INTO "DeadlineAlerts" ("ClockId", "ReportId", "Round", "Point", "RaisedOn", "DueOn", "Expanded")
                SELECT c."Id", c."ReportId", c."Extensions", {0}, {1}, c."DueOn", FALSE
                FROM "CaseClocks" c
                WHERE c."StoppedOn" IS NULL AND c."PausedOn" IS NULL AND c."DueOn" < {1}
                  AND c."RuleId" IN ({{string.Join(',', overdueRules)}})
                ON CONFLICT ("ClockId", "Round", "Point") DO NOTHING
                """, [point, today], cancellationToken);
#pragma warning restore EF1002
        }

        await transaction.CommitAsync(cancellationToken);
        return new SweepResult(raised, overdue);
    }

    /// <summary>The same three statements for duties outside cases (ADR 0012): their points were scheduled when tracked.</summary>
    private static async Task<int> DutiesAsync(PortalDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"""
            DELETE FROM "DutyAlertPoints"
            WHERE "DutyId" IN (SELECT "Id" FROM "Duties" WHERE "DoneOn" IS NOT NULL)
            """, cancellationToken);

        var raised = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "DeadlineAlerts" ("ClockId", "ReportId", "DutyId", "Round", "Point", "RaisedOn", "DueOn", "Expanded")
            SELECT p."DutyId", NULL, p."DutyId", p."Round", p."Point", {today}, d."DueOn", FALSE
            FROM "DutyAlertPoints" p
            JOIN "Duties" d ON d."Id" = p."DutyId"
            WHERE p."On" <= {today} AND d."DoneOn" IS NULL AND p."Round" = d."Round"
              AND NOT EXISTS (SELECT 1 FROM "DutyAlertPoints" q
                              WHERE q."DutyId" = p."DutyId" AND q."Round" = p."Round" AND q."On" <= {today} AND q."Sequence" > p."Sequence")
            ON CONFLICT ("ClockId", "Round", "Point") DO NOTHING
            """, cancellationToken);

        await db.Database.ExecuteSqlAsync($"""
            DELETE FROM "DutyAlertPoints" WHERE "On" <= {today}
            """, cancellationToken);
        return raised;
    }

    /// <summary>One alert per open overdue duty per working day; a duty with no rule in force has the default plan, which alerts overdue.</summary>
    private static async Task<int> OverdueDutiesAsync(PortalDbContext db, DateOnly today, List<string> overdueRules, CancellationToken cancellationToken)
    {
        var point = $"overdue:{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        var rules = overdueRules.Count == 0 ? "" : $" OR d.\"RuleId\" IN ({string.Join(',', overdueRules)})";
#pragma warning disable EF1002 // The IN list holds integer ids read from the database, formatted invariantly.
        return await db.Database.ExecuteSqlRawAsync($$"""
            INSERT INTO "DeadlineAlerts" ("ClockId", "ReportId", "DutyId", "Round", "Point", "RaisedOn", "DueOn", "Expanded")
            SELECT d."Id", NULL, d."Id", d."Round", {0}, {1}, d."DueOn", FALSE
            FROM "Duties" d
            WHERE d."DoneOn" IS NULL AND d."DueOn" < {1} AND (d."RuleId" IS NULL{{rules}})
            ON CONFLICT ("ClockId", "Round", "Point") DO NOTHING
            """, [point, today], cancellationToken);
#pragma warning restore EF1002
    }
}

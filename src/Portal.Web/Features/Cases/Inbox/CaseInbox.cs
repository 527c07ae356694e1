using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Intake;

namespace Portal.Web.Features.Cases;

public sealed record InboxFilter
{
    public CaseStage? Stage { get; init; }
    public ReportChannel? Channel { get; init; }
    public ReportTrack? Track { get; init; }
    public ReportOrigin? Origin { get; init; }
    /// <summary>Only cases assigned to this person; <see cref="Guid.Empty"/> for cases assigned to no one.</summary>
    public Guid? Assignee { get; init; }
    public DateOnly? DueBy { get; init; }
    public bool OverdueOnly { get; init; }
    public bool OpenOnly { get; init; } = true;
    public string? Code { get; init; }
}

public enum InboxSort
{
    DueOn,
    ReceivedOn,
    Code,
}

public sealed record InboxRow(Guid Id, string CaseCode, ReportChannel Channel, ReportTrack Track, CaseStage Stage, ReportOrigin Origin, DateOnly ReceivedOn,
    DateOnly? DueOn, string UnitName, CaseLevel Level, bool ProtectionRequested, bool Withdrawn);

public sealed record InboxPage(IReadOnlyList<InboxRow> Rows, int Total, IReadOnlyDictionary<CaseStage, int> PerStage);

/// <summary>
/// The handlers' inbox: cases the person can open (their units' inboxes while not bypassed, or a key of their
/// own), minus recusals. Filters and sorting run in SQL on plaintext workflow columns only; nothing is decrypted.
/// </summary>
public sealed class CaseInbox(IDbContextFactory<PortalDbContext> contexts, StaffTags tags)
{
    public const int MaxPageSize = 100;

    public async Task<InboxPage> PageAsync(Guid userId, DateOnly today, InboxFilter filter, InboxSort sort, bool descending, int page, int pageSize,
        CancellationToken cancellationToken = default)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        // Counting and paging each scan the same index range; on separate connections and threads they run side by
        // side (Microsoft.Data.Sqlite's async calls complete synchronously, so without Task.Run they would queue).
        var counting = Task.Run(() => CountAsync(userId, today, filter, cancellationToken), cancellationToken);
        var paging = Task.Run(() => PageIdsAsync(userId, today, filter, sort, descending, Math.Max(0, page) * pageSize, pageSize, cancellationToken), cancellationToken);
        var (perStage, ids) = (await counting, await paging);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Reports.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new InboxRow(r.Id, r.CaseCode, r.Channel, r.Track, r.Stage, r.Origin, r.ReceivedOn, r.DueOn,
                db.Units.Where(u => u.Id == r.ReceivingUnitId).Select(u => u.Name).First(), r.Level, r.ProtectionRequested, r.WithdrawnOn != null))
            .ToListAsync(cancellationToken);
        var total = filter.Stage is { } s ? perStage.GetValueOrDefault(s) : perStage.Values.Sum();
        return new InboxPage(rows.OrderBy(r => ids.IndexOf(r.Id)).ToList(), total, perStage);
    }

    private async Task<Dictionary<CaseStage, int>> CountAsync(Guid userId, DateOnly today, InboxFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (viaInbox, viaKey) = Visible(db, userId);
        var perStage = new Dictionary<CaseStage, int>();
        foreach (var part in new[] { viaInbox, viaKey })
        {
            foreach (var g in await Filtered(db, part, filter with { Stage = null }, today).GroupBy(r => r.Stage)
                         .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            {
                perStage[g.Key] = perStage.GetValueOrDefault(g.Key) + g.Count;
            }
        }

        return perStage;
    }

    /// <summary>
    /// The page's ids. Each visible part is sorted and cut in SQL on its own (so an index order can end the scan
    /// early), and the two short lists are merged here: a UNION would make SQLite sort everything.
    /// </summary>
    private async Task<List<Guid>> PageIdsAsync(Guid userId, DateOnly today, InboxFilter filter, InboxSort sort, bool descending, int skip, int take,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (viaInbox, viaKey) = Visible(db, userId);
        var keys = new List<SortKey>();
        foreach (var part in new[] { viaInbox, viaKey })
        {
            keys.AddRange(await Sorted(Filtered(db, part, filter, today), sort, descending).Take(skip + take)
                .Select(r => new SortKey(r.Id, r.DueOn, r.ReceivedOn, r.CaseCode)).ToListAsync(cancellationToken));
        }

        return Sorted(keys.AsQueryable(), sort, descending).Skip(skip).Take(take).Select(k => k.Id).ToList();
    }

    private sealed record SortKey(Guid Id, DateOnly? DueOn, DateOnly ReceivedOn, string CaseCode);

    private static IQueryable<T> Sorted<T>(IQueryable<T> query, InboxSort sort, bool descending) where T : class
    {
        // One ordering for SQL and for the in-memory merge, written against the three sort columns.
        var due = Column<T, DateOnly?>(nameof(Report.DueOn));
        var received = Column<T, DateOnly>(nameof(Report.ReceivedOn));
        var code = Column<T, string>(nameof(Report.CaseCode));
        var dueMissing = System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(
            System.Linq.Expressions.Expression.Equal(due.Body, System.Linq.Expressions.Expression.Constant(null, typeof(DateOnly?))), due.Parameters);
        return (sort, descending) switch
        {
            // Cases without a running clock sort after those with one.
            (InboxSort.DueOn, false) => query.OrderBy(dueMissing).ThenBy(due).ThenBy(code),
            (InboxSort.DueOn, true) => query.OrderBy(dueMissing).ThenByDescending(due).ThenBy(code),
            (InboxSort.ReceivedOn, false) => query.OrderBy(received).ThenBy(code),
            (InboxSort.ReceivedOn, true) => query.OrderByDescending(received).ThenByDescending(code),
            (_, false) => query.OrderBy(code),
            (_, true) => query.OrderByDescending(code),
        };
    }

    private static System.Linq.Expressions.Expression<Func<T, TValue>> Column<T, TValue>(string name)
    {
        var row = System.Linq.Expressions.Expression.Parameter(typeof(T), "r");
        return System.Linq.Expressions.Expression.Lambda<Func<T, TValue>>(System.Linq.Expressions.Expression.Property(row, name), row);
    }

    /// <summary>
    /// Two disjoint parts, each index-friendly: cases sealed to one of the person's inboxes, and cases they hold a
    /// key of their own for that are not already in the first part. Recusals are taken out of both.
    /// </summary>
    private (IQueryable<Report> ViaInbox, IQueryable<Report> ViaKey) Visible(PortalDbContext db, Guid userId)
    {
        var tag = tags.For(userId);
        var inboxes = db.InboxGrants.Where(g => g.UserId == userId).Select(g => g.InboxId);
        var recused = db.CaseRecusals.Where(x => x.UserTag == tag).Select(x => x.ReportId);
        var keyed = db.CaseKeys.Where(k => k.UserId == userId).Select(k => k.ReportId);
        var reports = db.Reports.AsNoTracking().Where(r => !recused.Contains(r.Id));
        return (reports.Where(r => inboxes.Contains(r.ReceivingUnitId) && r.InInbox),
            reports.Where(r => keyed.Contains(r.Id) && !(inboxes.Contains(r.ReceivingUnitId) && r.InInbox)));
    }

    private static IQueryable<Report> Filtered(PortalDbContext db, IQueryable<Report> query, InboxFilter f, DateOnly today)
    {
        if (f.OpenOnly)
        {
            query = query.Where(r => r.ClosedOn == null && r.Stage != CaseStage.Merged);
        }

        if (f.Stage is { } stage) { query = query.Where(r => r.Stage == stage); }
        if (f.Channel is { } channel) { query = query.Where(r => r.Channel == channel); }
        if (f.Track is { } track) { query = query.Where(r => r.Track == track); }
        if (f.Origin is { } origin) { query = query.Where(r => r.Origin == origin); }
        if (f.DueBy is { } dueBy) { query = query.Where(r => r.DueOn != null && r.DueOn <= dueBy); }
        if (f.OverdueOnly) { query = query.Where(r => r.DueOn != null && r.DueOn < today); }
        if (f.Code?.Trim().ToUpperInvariant() is { Length: > 0 } code) { query = query.Where(r => r.CaseCode.Contains(code)); }
        if (f.Assignee is { } assignee)
        {
            query = assignee == Guid.Empty
                ? query.Where(r => !db.CaseAssignments.Any(a => a.ReportId == r.Id))
                // As a list rather than a per-row EXISTS, so SQLite starts from the person's few assignments instead of
                // probing them once for every open case (ADR 0019).
                : query.Where(r => db.CaseAssignments.Where(a => a.UserId == assignee).Select(a => a.ReportId).Contains(r.Id));
        }

        return query;
    }
}

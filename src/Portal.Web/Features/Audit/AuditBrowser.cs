using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Features.Audit;

/// <summary>What the administrators' audit page asks for. Empty fields do not filter.</summary>
public sealed record AuditFilter
{
    public string? Action { get; init; }

    public Guid? ActorUserId { get; init; }

    /// <summary>The subject starts with this text (a pasted id matches itself).</summary>
    public string? Subject { get; init; }

    /// <summary>First day shown, in Vietnam time (UTC+7).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day shown, inclusive, in Vietnam time (UTC+7).</summary>
    public DateOnly? To { get; init; }

    /// <summary>Entries up to and including this id: puts a given entry at the top of the first page.</summary>
    public long? UpToId { get; init; }
}

/// <summary>One line of the audit page. The actor's names come from the account, joined in the same query.</summary>
public sealed record AuditRow(
    long Id, DateTimeOffset At, string Action, Guid? ActorUserId, string? ActorName, string? ActorUserName, string? Subject, string? Detail);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Total);

public sealed record AuditActor(Guid Id, string DisplayName, string UserName);

/// <summary>
/// Reads the audit log for the administrators' page: newest first, filtered and paged in SQL. Every filter
/// has an index that already runs in id order (<c>AuditEntryConfiguration</c>), so a page costs the same on a
/// long log as on a short one, and the actor's name is joined only onto the page's rows.
/// </summary>
public sealed class AuditBrowser(IDbContextFactory<PortalDbContext> contexts)
{
    public const int PageSize = 50;

    /// <summary>The log stores UTC; people read and filter in Vietnam time (no daylight saving).</summary>
    public static readonly TimeSpan DisplayOffset = DepartmentDate.Offset;

    public async Task<AuditPage> PageAsync(AuditFilter filter, int page, int pageSize = PageSize, CancellationToken cancellationToken = default)
    {
        page = Math.Max(page, 0);
        pageSize = Math.Clamp(pageSize, 1, 200);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var filtered = Filtered(db, filter);
        var total = await filtered.CountAsync(cancellationToken);
        var rows = await Rows(db, filtered.OrderByDescending(e => e.Id).Skip(page * pageSize).Take(pageSize))
            .ToListAsync(cancellationToken);
        return new AuditPage(rows, total);
    }

    /// <summary>Accounts whose display or user name contains the text, for the actor filter.</summary>
    public async Task<IReadOnlyList<AuditActor>> ActorsAsync(string? text, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var t = text.Trim();
            query = query.Where(u => u.DisplayName.Contains(t) || u.UserName!.Contains(t));
        }

        return await query.OrderBy(u => u.DisplayName).ThenBy(u => u.UserName).Take(20)
            .Select(u => new AuditActor(u.Id, u.DisplayName, u.UserName!)).ToListAsync(cancellationToken);
    }

    internal static IQueryable<AuditEntry> Filtered(PortalDbContext db, AuditFilter filter)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(e => e.Action == filter.Action);
        }

        if (filter.ActorUserId is { } actor)
        {
            query = query.Where(e => e.ActorUserId == actor);
        }

        if (!string.IsNullOrWhiteSpace(filter.Subject))
        {
            // A range rather than LIKE, so the index on Subject serves it: every string that starts with the
            // prefix sorts between the prefix and the prefix followed by the highest character.
            var from = filter.Subject.Trim();
            var until = from + char.MaxValue;
            query = query.Where(e => string.Compare(e.Subject, from) >= 0 && string.Compare(e.Subject, until) < 0);
        }

        if (filter.From is { } first)
        {
            var since = StartOfDayUtc(first);
            query = query.Where(e => e.At >= since);
        }

        if (filter.To is { } last)
        {
            var before = StartOfDayUtc(last.AddDays(1));
            query = query.Where(e => e.At < before);
        }

        if (filter.UpToId is { } upTo)
        {
            query = query.Where(e => e.Id <= upTo);
        }

        return query;
    }

    internal static IQueryable<AuditRow> Rows(PortalDbContext db, IQueryable<AuditEntry> page) =>
        from e in page
        join u in db.Users on e.ActorUserId equals (Guid?)u.Id into actors
        from u in actors.DefaultIfEmpty()
        orderby e.Id descending
        select new AuditRow(e.Id, e.At, e.Action, e.ActorUserId, u != null ? u.DisplayName : null, u != null ? u.UserName : null, e.Subject, e.Detail);

    /// <summary>
    /// Midnight in Vietnam as a UTC instant. The bound must carry offset zero: SQLite stores the entries'
    /// UTC times as binary values that only compare correctly with values of the same offset.
    /// </summary>
    internal static DateTimeOffset StartOfDayUtc(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), DisplayOffset).ToUniversalTime();
}

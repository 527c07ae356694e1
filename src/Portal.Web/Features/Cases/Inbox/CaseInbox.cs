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
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var visible = Visible(db, userId);
        var perStage = await Filtered(db, visible, filter with { Stage = null }, today).GroupBy(r => r.Stage)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var query = Filtered(db, visible, filter, today);
        var total = filter.Stage is { } s ? perStage.GetValueOrDefault(s) : perStage.Values.Sum();
        query = (sort, descending) switch
        {
            // Cases without a running clock sort after those with one.
            (InboxSort.DueOn, false) => query.OrderBy(r => r.DueOn == null).ThenBy(r => r.DueOn).ThenBy(r => r.CaseCode),
            (InboxSort.DueOn, true) => query.OrderBy(r => r.DueOn == null).ThenByDescending(r => r.DueOn).ThenBy(r => r.CaseCode),
            (InboxSort.ReceivedOn, false) => query.OrderBy(r => r.ReceivedOn).ThenBy(r => r.CaseCode),
            (InboxSort.ReceivedOn, true) => query.OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.CaseCode),
            (_, false) => query.OrderBy(r => r.CaseCode),
            (_, true) => query.OrderByDescending(r => r.CaseCode),
        };
        var rows = await query.Skip(Math.Max(0, page) * pageSize).Take(pageSize)
            .Select(r => new InboxRow(r.Id, r.CaseCode, r.Channel, r.Track, r.Stage, r.Origin, r.ReceivedOn, r.DueOn,
                db.Units.Where(u => u.Id == r.ReceivingUnitId).Select(u => u.Name).First(), r.Level, r.ProtectionRequested, r.WithdrawnOn != null))
            .ToListAsync(cancellationToken);
        return new InboxPage(rows, total, perStage);
    }

    private IQueryable<Report> Visible(PortalDbContext db, Guid userId)
    {
        var tag = tags.For(userId);
        var inboxes = db.InboxGrants.Where(g => g.UserId == userId).Select(g => g.InboxId);
        return db.Reports.AsNoTracking()
            .Where(r => (r.ContentKeyForInbox != null && inboxes.Contains(r.ReceivingUnitId)) || db.CaseKeys.Any(k => k.ReportId == r.Id && k.UserId == userId))
            .Where(r => !db.CaseRecusals.Any(x => x.ReportId == r.Id && x.UserTag == tag));
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
                : query.Where(r => db.CaseAssignments.Any(a => a.ReportId == r.Id && a.UserId == assignee));
        }

        return query;
    }
}

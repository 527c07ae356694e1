using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Features.Deadlines.Alerts;

/// <summary>
/// Tells open circuits of a person that a notice arrived, so the bell updates without a reload. In-process only:
/// on several nodes the bell also polls (<see cref="NotificationCenter.PollInterval"/>).
/// </summary>
public sealed class NotificationSignal
{
    public event Action<Guid>? Arrived;

    public void Raise(Guid userId) => Arrived?.Invoke(userId);
}

public sealed record NotificationView(
    long Id, NotificationKind Kind, Guid? ReportId, string? CaseCode, string? StepVi, string? StepEn, DateOnly? DueOn, int DaysOverdue,
    string? Assignees, int ItemCount, DateTimeOffset CreatedAt, bool Read, Guid? DutyId = null, string? Label = null, string? DutyLink = null)
{
    /// <summary>The case, or the duty's page; a digest opens the inbox.</summary>
    public string Link => ReportId is { } id ? $"/cases/{id}" : DutyLink ?? "/cases";

    /// <summary>The case code, or the duty's label.</summary>
    public string? Subject => CaseCode ?? Label;

    public bool IsDuty => DutyId is not null;
}

/// <summary>The bell's queries: a person's unread count, latest notices, and marking them read. Each call its own context.</summary>
public sealed class NotificationCenter(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(60);

    public async Task<int> UnreadCountAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken);
    }

    public async Task<IReadOnlyList<NotificationView>> LatestAsync(Guid userId, int count, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Notifications.AsNoTracking().Where(n => n.UserId == userId)
            .OrderByDescending(n => n.Id).Take(count).ToListAsync(cancellationToken);
        var ruleIds = rows.Where(n => n.RuleId != null).Select(n => n.RuleId!.Value).Distinct().ToList();
        var rules = await db.DeadlineRules.AsNoTracking().Where(r => ruleIds.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, r => (r.NameVi, r.NameEn), cancellationToken);
        return rows.Select(n =>
        {
            var (vi, en) = n.RuleId is { } id && rules.TryGetValue(id, out var names) ? names : (null, null);
            return new NotificationView(n.Id, n.Kind, n.ReportId, n.CaseCode, vi, en, n.DueOn, n.DaysOverdue, n.Assignees, n.ItemCount, n.CreatedAt, n.ReadAt != null,
                n.DutyId, n.Label, n.Link);
        }).ToList();
    }

    public async Task MarkReadAsync(Guid userId, long? notificationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        // Scoped to the person: an id from someone else's list marks nothing.
        await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null && (notificationId == null || n.Id == notificationId))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }
}

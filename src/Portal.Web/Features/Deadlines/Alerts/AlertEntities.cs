namespace Portal.Web.Features.Deadlines.Alerts;

/// <summary>
/// The outbox: one row per clock, round and alert point, unique in the database, so two sweeps (two instances,
/// or a sweep re-run after a crash) can never raise the same alert twice. Overdue points are named per day
/// ("overdue:2026-12-03"): each working day overdue is its own alert. Holds ids and dates, never content.
/// A duty outside cases (<see cref="Duties.Duty"/>) is a clock too: its alerts share the table and the key, with the
/// duty's id as <see cref="ClockId"/> (random ids never collide with a case clock's), <see cref="DutyId"/> set and no
/// report (ADR 0012).
/// </summary>
public sealed class DeadlineAlert
{
    public long Id { get; set; }
    /// <summary>The case clock's id, or the duty's.</summary>
    public Guid ClockId { get; set; }
    /// <summary>The case; null for a duty's alert.</summary>
    public Guid? ReportId { get; set; }
    /// <summary>Set for a duty's alert (equal to <see cref="ClockId"/>).</summary>
    public Guid? DutyId { get; set; }
    public int Round { get; set; }
    public required string Point { get; set; }
    /// <summary>The Department day the sweep raised it.</summary>
    public DateOnly RaisedOn { get; set; }
    /// <summary>The clock's due date when raised.</summary>
    public DateOnly DueOn { get; set; }
    /// <summary>Set when its recipients were resolved and its deliveries written (in the same transaction).</summary>
    public bool Expanded { get; set; }
}

/// <summary>A leader's daily list of open overdue or at-risk cases: one per leader and Department day.</summary>
public sealed class LeaderDigest
{
    public long Id { get; set; }
    public Guid UserId { get; set; }
    public DateOnly Day { get; set; }
    /// <summary>JSON list of <see cref="DigestItem"/>: case ids, codes and due dates (workflow metadata only).</summary>
    public required string Items { get; set; }
}

public sealed record DigestItem(Guid ReportId, string CaseCode, DateOnly DueOn);

public enum DeliveryChannel
{
    InApp = 0,
    Email = 1,
}

public enum DeliveryState
{
    Pending = 0,
    Sent = 1,
    /// <summary>Gave up after the last attempt; an administrator can retry it from /admin/deliveries.</summary>
    Failed = 2,
    /// <summary>Not sent on purpose: the recipient was recused or disabled meanwhile, or the case closed.</summary>
    Dropped = 3,
}

/// <summary>
/// One alert or digest to one person on one channel, with its own retry state: Hangfire's storage is in memory
/// (ADR 0002), so attempts and the next attempt time live here and the sweep re-enqueues what is due.
/// </summary>
public sealed class AlertDelivery
{
    public long Id { get; set; }
    public long? AlertId { get; set; }
    public long? DigestId { get; set; }
    public Guid UserId { get; set; }
    public DeliveryChannel Channel { get; set; }
    public DeliveryState State { get; set; }
    public int Attempts { get; set; }
    /// <summary>When it may be tried next; a running attempt pushes it out by a lease, so a crash retries later.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    /// <summary>The kind of failure and the server's reply; never the message (which carries no content anyway).</summary>
    public string? LastError { get; set; }
}

public enum NotificationKind
{
    Alert = 0,
    Digest = 1,
}

/// <summary>An in-app notice for one person; written with its delivery marked sent, in one transaction.</summary>
public sealed class Notification
{
    public long Id { get; set; }
    public Guid UserId { get; set; }
    public long DeliveryId { get; set; }
    public NotificationKind Kind { get; set; }
    public Guid? ReportId { get; set; }
    public string? CaseCode { get; set; }
    /// <summary>For a duty's notice: the duty, its label (a code, never a name) and the page that opens it.</summary>
    public Guid? DutyId { get; set; }
    public string? Label { get; set; }
    public string? Link { get; set; }
    public int? RuleId { get; set; }
    public DateOnly? DueOn { get; set; }
    public int DaysOverdue { get; set; }
    public string? Assignees { get; set; }
    public long? DigestId { get; set; }
    public int ItemCount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}

namespace Portal.Web;

/// <summary>The Department works on Vietnam's date (UTC+7), whatever the server's time zone: every day-precision record and deadline uses it.</summary>
public static class DepartmentDate
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly Of(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    public static DateOnly Today(TimeProvider clock) => Of(clock.GetUtcNow());
}

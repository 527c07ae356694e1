namespace Portal.Web.Features.Deadlines.Calendar;

/// <summary>One lunar month: its label and the local (UTC+7) dates on which it starts and ends.</summary>
internal sealed record LunarMonth(int LunarYear, int Number, bool IsLeap, DateOnly FirstDay, int Length)
{
    public DateOnly LastDay => FirstDay.AddDays(Length - 1);

    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;
}

namespace Portal.Web.Features.Deadlines.Calendar;

/// <summary>Outcome of <see cref="WorkingCalendar.Create(IEnumerable{HolidayRule}, IEnumerable{CalendarOverride})"/>:
/// a calendar, or the list of problems that prevented building it.</summary>
public sealed record WorkingCalendarBuildResult(WorkingCalendar? Calendar, IReadOnlyList<CalendarValidationError> Errors)
{
    public bool IsValid => Calendar is not null && Errors.Count == 0;
}

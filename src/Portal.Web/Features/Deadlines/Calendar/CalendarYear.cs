namespace Portal.Web.Features.Deadlines.Calendar;

/// <summary>
/// One solar year of a <see cref="WorkingCalendar"/>, computed once: a day-off flag per day, running
/// counts of working days, and the holiday list. Deadline arithmetic then never touches the lunar code.
/// </summary>
internal sealed class CalendarYear
{
    private readonly bool[] _isWorking;
    private readonly int[] _workingThrough;

    public CalendarYear(int year, bool[] isWorking, IReadOnlyList<Holiday> holidays)
    {
        Year = year;
        _isWorking = isWorking;
        Holidays = holidays;

        // _workingThrough[i] = working days from 1 January up to and including day-of-year i (index 0 = none).
        _workingThrough = new int[isWorking.Length + 1];
        for (var i = 0; i < isWorking.Length; i++)
        {
            _workingThrough[i + 1] = _workingThrough[i] + (isWorking[i] ? 1 : 0);
        }
    }

    public int Year { get; }

    public IReadOnlyList<Holiday> Holidays { get; }

    public int WorkingDayCount => _workingThrough[^1];

    public bool IsWorkingDay(DateOnly date) => _isWorking[date.DayOfYear - 1];

    /// <summary>Working days from 1 January through <paramref name="date"/>, inclusive.</summary>
    public int WorkingDaysThrough(DateOnly date) => _workingThrough[date.DayOfYear];
}

using Portal.Web.Features.Deadlines.Calendar;
using Portal.Web.Features.Integrity.Declarations;

namespace Portal.Web.Tests.Features.Integrity.Declarations;

/// <summary>Due dates of each kind on the real statutory calendar (Tết 2026: 16-20 February, so 14-22 February are off).</summary>
public sealed class DeclarationDeadlinesTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.CreateStatutory();

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-03-02", "2026-03-12")] // Monday + 10 days = Thursday, a working day
    [InlineData("2026-02-06", "2026-02-23")] // + 10 = Monday 16 February, in Tết: moves to the first working day after
    [InlineData("2026-04-20", "2026-05-04")] // + 10 = 30 April, a holiday, then 1 May and the weekend
    public void Due_FirstDeclaration_TenDaysAfterPlacement_MovedForwardOffNonWorkingDays(string placed, string expected)
    {
        Assert.Equal(D(expected), DeclarationDeadlines.Due(Calendar, DeclarationKind.First, 2026, D(placed), 10));
    }

    [Theory]
    [InlineData("2026-03-20", "2026-03-10")] // Friday - 10 = Tuesday
    [InlineData("2026-03-01", "2026-02-13")] // - 10 = 19 February, in Tết: back to the last working day before it
    [InlineData("2026-05-11", "2026-04-29")] // - 10 = 1 May, a holiday; 30 April too
    public void Due_AppointmentDeclaration_AtLeastTenDaysBefore_MovedBackOffNonWorkingDays(string appointment, string expected)
    {
        var due = DeclarationDeadlines.Due(Calendar, DeclarationKind.Appointment, 2026, D(appointment), 10);

        Assert.Equal(D(expected), due);
        Assert.True(D(appointment).DayNumber - due.DayNumber >= 10);
    }

    [Theory]
    [InlineData(DeclarationKind.Annual, 2026, "2026-12-30")] // Wednesday
    [InlineData(DeclarationKind.Supplementary, 2026, "2026-12-30")]
    [InlineData(DeclarationKind.Annual, 2028, "2028-12-29")] // 30 December 2028 is a Saturday
    public void Due_AnnualAndSupplementary_LastWorkingDayBefore31December(DeclarationKind kind, int year, string expected)
    {
        Assert.Equal(D(expected), DeclarationDeadlines.Due(Calendar, kind, year, null, 0));
    }

    [Fact]
    public void PeriodKey_DiffersByKindAndPeriod_WhenSameYear()
    {
        var keys = new[]
        {
            DeclarationDeadlines.PeriodKey(DeclarationKind.Annual, 2026, null),
            DeclarationDeadlines.PeriodKey(DeclarationKind.Supplementary, 2026, null),
            DeclarationDeadlines.PeriodKey(DeclarationKind.First, 2026, D("2026-03-02")),
            DeclarationDeadlines.PeriodKey(DeclarationKind.Appointment, 2026, D("2026-03-02")),
        };

        Assert.Equal(keys.Length, keys.Distinct().Count());
        Assert.Equal("annual-2026", keys[0]);
    }
}

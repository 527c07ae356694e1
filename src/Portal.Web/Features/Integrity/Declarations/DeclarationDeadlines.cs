using Portal.Web.Features.Deadlines.Calendar;

namespace Portal.Web.Features.Integrity.Declarations;

/// <summary>
/// When each kind of declaration is due. Periods after an event count like every other deadline (the rule's
/// days, moved forward off a non-working day). Limits *before* a date cannot move forward without breaking the
/// law, so they move back to the previous working day: the annual and supplementary declarations are due on the
/// last working day before 31 December, an appointment declaration on the last working day at least the rule's
/// days before the appointment.
/// </summary>
public static class DeclarationDeadlines
{
    public const string FirstRule = "declaration.first";
    public const string AppointmentRule = "declaration.appointment";
    public const string CorrectionRule = "declaration.correct";
    public const string HandOverRule = "declaration.handover";
    public const string PublishRule = "declaration.publish";

    /// <summary>The day the law names for annual and supplementary declarations ("before 31 December", Art 36).</summary>
    public static DateOnly AnnualLimit(int year) => new(year, 12, 31);

    public static string PeriodKey(DeclarationKind kind, int year, DateOnly? eventDate) => kind switch
    {
        DeclarationKind.Annual => $"annual-{year}",
        DeclarationKind.Supplementary => $"supplementary-{year}",
        DeclarationKind.First => $"first-{eventDate!.Value:yyyy-MM-dd}",
        DeclarationKind.Appointment => $"appointment-{eventDate!.Value:yyyy-MM-dd}",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool NeedsEventDate(DeclarationKind kind) => kind is DeclarationKind.First or DeclarationKind.Appointment;

    /// <summary>The due date; <paramref name="ruleDays"/> is the days of the rule in force for first (after) and appointment (before) declarations.</summary>
    public static DateOnly Due(WorkingCalendar calendar, DeclarationKind kind, int year, DateOnly? eventDate, int ruleDays) => kind switch
    {
        DeclarationKind.First => calendar.AddCalendarDays(eventDate!.Value, ruleDays),
        DeclarationKind.Appointment => PreviousWorkingDayOnOrBefore(calendar, eventDate!.Value.AddDays(-ruleDays)),
        DeclarationKind.Annual or DeclarationKind.Supplementary => PreviousWorkingDayOnOrBefore(calendar, AnnualLimit(year).AddDays(-1)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static DateOnly PreviousWorkingDayOnOrBefore(WorkingCalendar calendar, DateOnly date)
    {
        while (!calendar.IsWorkingDay(date))
        {
            date = date.AddDays(-1);
        }

        return date;
    }
}

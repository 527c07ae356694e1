namespace Portal.Web.Features.Deadlines.Calendar;

/// <summary>Why a date is a holiday (day off) in a <see cref="WorkingCalendar"/>.</summary>
public enum HolidayKind
{
    /// <summary>A day given by a <see cref="HolidayRule"/>.</summary>
    Statutory = 0,

    /// <summary>The next working day after a statutory holiday that fell on Saturday or Sunday.</summary>
    Substitute = 1,

    /// <summary>A day off entered by an administrator (announced Tết days, day swaps).</summary>
    Override = 2,
}

/// <summary>A non-working holiday date, with its names and legal basis.</summary>
public sealed record Holiday(DateOnly Date, string VietnameseName, string EnglishName, HolidayKind Kind, string Basis)
{
    /// <summary>Display name for lists and the CLI: Vietnamese first, English in parentheses.</summary>
    public string Name => $"{VietnameseName} ({EnglishName})";
}

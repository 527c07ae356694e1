namespace Portal.Web.Features.Deadlines.Calendar;

/// <summary>
/// Public holidays of Vietnam for state agencies, as data. Each rule carries its legal basis and the
/// period in which it is in force, so deadlines of past years are counted with the law of the time.
/// </summary>
/// <remarks>
/// Labour Code 2019 (45/2019/QH14, in force 2021-01-01) Art 112(1); implementing details in Decree
/// 145/2020/ND-CP. Before that, Labour Code 2012 (10/2012/QH13, in force 2013-05-01) Art 115(1), which gave
/// National Day one day only. Earlier years are not modelled: enter overrides if a case ever needs them.
/// Art 112(3): the Prime Minister fixes the exact Tết days and the day next to 2 September each year,
/// so those rules hold a default that administrators override (see <see cref="CalendarOverride"/>).
/// The weekly rest of state agencies is Saturday and Sunday (Decision 188/1999/QD-TTg).
/// Have the texts checked against the official consolidated versions before a release.
/// </remarks>
public static class StatutoryHolidays
{
    private const string Substitute2019 = "Labour Code 2019 Art 111(3): a holiday on the weekly rest day gives a day off on the next working day";
    private const string Substitute2012 = "Labour Code 2012 Art 115(3): a holiday on the weekly rest day gives a day off on the next day";

    private static readonly DateOnly Code2012From = new(2013, 5, 1);
    private static readonly DateOnly Code2012To = new(2020, 12, 31);
    private static readonly DateOnly Code2019From = new(2021, 1, 1);

    private const string TetNote =
        "Default: the last day of the lunar year and lunar days 1-4. The Prime Minister announces the actual " +
        "5 days each year (Art 112(3)); enter them as overrides.";

    private const string NationalDayNote =
        "Default adjacent day: 1 September. The Prime Minister chooses 1 or 3 September each year " +
        "(Art 112(3)); enter the choice as overrides.";

    public static IReadOnlyList<HolidayRule> All { get; } =
    [
        // Labour Code 2019, Art 112(1); Decree 145/2020/ND-CP.
        new("new-year-2021", "Tết Dương lịch", "New Year's Day", HolidayDateSystem.Solar, 1, 1, 0, 1,
            "Labour Code 2019 Art 112(1)(a); Decree 145/2020/ND-CP", Code2019From, null, true, Substitute2019),
        new("tet-2021", "Tết Nguyên đán", "Lunar New Year (Tết)", HolidayDateSystem.Lunar, 1, 1, -1, 5,
            "Labour Code 2019 Art 112(1)(b), 112(3); Decree 145/2020/ND-CP", Code2019From, null, true, Substitute2019, TetNote),
        new("hung-kings-2021", "Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration", HolidayDateSystem.Lunar, 3, 10, 0, 1,
            "Labour Code 2019 Art 112(1)(e); Decree 145/2020/ND-CP", Code2019From, null, true, Substitute2019),
        new("victory-day-2021", "Ngày Chiến thắng", "Reunification Day", HolidayDateSystem.Solar, 4, 30, 0, 1,
            "Labour Code 2019 Art 112(1)(c); Decree 145/2020/ND-CP", Code2019From, null, true, Substitute2019),
        new("labour-day-2021", "Ngày Quốc tế Lao động", "International Labour Day", HolidayDateSystem.Solar, 5, 1, 0, 1,
            "Labour Code 2019 Art 112(1)(d); Decree 145/2020/ND-CP", Code2019From, null, true, Substitute2019),
        new("national-day-2021", "Quốc khánh", "National Day", HolidayDateSystem.Solar, 9, 2, -1, 2,
            "Labour Code 2019 Art 112(1)(đ), 112(3); Decree 145/2020/ND-CP", Code2019From, null, true, Substitute2019, NationalDayNote),

        // Labour Code 2012, Art 115(1).
        new("new-year-2013", "Tết Dương lịch", "New Year's Day", HolidayDateSystem.Solar, 1, 1, 0, 1,
            "Labour Code 2012 Art 115(1)(a)", Code2012From, Code2012To, true, Substitute2012),
        new("tet-2013", "Tết Nguyên đán", "Lunar New Year (Tết)", HolidayDateSystem.Lunar, 1, 1, -1, 5,
            "Labour Code 2012 Art 115(1)(b)", Code2012From, Code2012To, true, Substitute2012, TetNote),
        new("hung-kings-2013", "Giỗ Tổ Hùng Vương", "Hùng Kings' Commemoration", HolidayDateSystem.Lunar, 3, 10, 0, 1,
            "Labour Code 2012 Art 115(1)(e)", Code2012From, Code2012To, true, Substitute2012),
        new("victory-day-2013", "Ngày Chiến thắng", "Reunification Day", HolidayDateSystem.Solar, 4, 30, 0, 1,
            "Labour Code 2012 Art 115(1)(c)", Code2012From, Code2012To, true, Substitute2012),
        new("labour-day-2013", "Ngày Quốc tế Lao động", "International Labour Day", HolidayDateSystem.Solar, 5, 1, 0, 1,
            "Labour Code 2012 Art 115(1)(d)", Code2012From, Code2012To, true, Substitute2012),
        new("national-day-2013", "Quốc khánh", "National Day", HolidayDateSystem.Solar, 9, 2, 0, 1,
            "Labour Code 2012 Art 115(1)(đ)", Code2012From, Code2012To, true, Substitute2012),

        // Proposed, not in force: kept visible so that enacting it is a data change (set EffectiveFrom).
        new("culture-day-pending", "Ngày Văn hóa Việt Nam", "Vietnamese Culture Day", HolidayDateSystem.Solar, 11, 24, 0, 1,
            "Pending: proposed paid day off, not in the Labour Code; verify before enabling", null, null, true, Substitute2019),
    ];
}

using Portal.Web.Features.Deadlines.Calendar;

namespace Portal.Web.Tests.Features.Deadlines.Calendar;

public class CalendarCommandsTests
{
    private static readonly WorkingCalendar Statutory = WorkingCalendar.CreateStatutory();

    private static (int ExitCode, string Output) Run(params string[] args) => CalendarCommands.Run(Statutory, args);

    [Theory]
    [InlineData("2026", "2026-02-17")]
    [InlineData("1985", "1985-01-21")]
    [InlineData("2007", "2007-02-17")]
    public void Run_PrintsTetDate_WhenLunarNewYear(string year, string expected)
    {
        Assert.Equal((CalendarCommands.Success, expected), Run("lunar-new-year", year));
    }

    [Fact]
    public void Run_PrintsOneTabSeparatedLinePerHoliday_WhenHolidays()
    {
        var (exitCode, output) = Run("holidays", "2022");

        Assert.Equal(CalendarCommands.Success, exitCode);
        var lines = output.Split('\n');
        Assert.Equal(StatutoryLines2022, lines.Length);
        Assert.Equal("2022-01-01\tTết Dương lịch (New Year's Day)", lines[0]);
        Assert.Contains("2022-01-03\tNghỉ bù Tết Dương lịch (Substitute day off for New Year's Day)", lines);
        Assert.Contains("2022-04-10\tGiỗ Tổ Hùng Vương (Hùng Kings' Commemoration)", lines);
    }

    // 1 Jan + substitute, 5 Tết, Hùng Kings + substitute, 30 Apr, 1 May + 2 substitutes, 1-2 Sep.
    private const int StatutoryLines2022 = 2 + 5 + 2 + 4 + 2;

    [Theory]
    [InlineData("2026-11-27", "1", "working-days", "2026-11-30")]
    [InlineData("2026-02-10", "7", "working-days", "2026-02-26")]
    [InlineData("2026-04-01", "29", "days", "2026-05-04")]
    [InlineData("2026-11-02", "30", "days", "2026-12-02")]
    [InlineData("2026-11-28", "0", "working-days", "2026-11-30")]
    public void Run_PrintsDueDate_WhenAdd(string date, string n, string unit, string expected)
    {
        Assert.Equal((CalendarCommands.Success, expected), Run("add", date, n, unit));
    }

    [Theory]
    [InlineData("add", "2026-02-30", "1", "days", "not a valid date")]
    [InlineData("add", "26-11-27", "1", "days", "not a valid date")]
    [InlineData("add", "2026-11-27", "-3", "working-days", "must not be negative")]
    [InlineData("add", "2026-11-27", "three", "working-days", "not a whole number")]
    [InlineData("add", "2026-11-27", "99999999999", "days", "not a whole number")]
    [InlineData("add", "2026-11-27", "3", "weeks", "unknown unit")]
    [InlineData("add", "2199-12-30", "5", "working-days", "past the supported range")]
    [InlineData("add", "2199-12-30", "2147483647", "days", "past the supported range")]
    [InlineData("add", "2200-01-01", "1", "days", "outside the supported range")]
    [InlineData("lunar-new-year", "2200", null, null, "1900-2199")]
    [InlineData("lunar-new-year", "1899", null, null, "1900-2199")]
    [InlineData("lunar-new-year", "twenty", null, null, "not a year")]
    [InlineData("holidays", "-2026", null, null, "not a year")]
    [InlineData("holidays", "3000", null, null, "1900-2199")]
    [InlineData("calendar", "2026", null, null, "unknown verb")]
    [InlineData("add", "2026-11-27", null, null, "wrong number of arguments")]
    public void Run_ReturnsNonZeroAndOneLineMessage_WhenInputIsBad(string verb, string a, string? b, string? c, string expected)
    {
        var args = new[] { verb, a, b, c }.OfType<string>().ToArray();

        var (exitCode, output) = CalendarCommands.Run(Statutory, args);

        Assert.NotEqual(CalendarCommands.Success, exitCode);
        Assert.StartsWith("error: ", output, StringComparison.Ordinal);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', output);
    }

    [Fact]
    public void Run_PrintsUsage_WhenNoArguments()
    {
        var (exitCode, output) = CalendarCommands.Run(Statutory, []);

        Assert.Equal(CalendarCommands.UsageError, exitCode);
        Assert.Contains("lunar-new-year <year>", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_KeepsMessageOnOneLine_WhenInputContainsNewline()
    {
        var (exitCode, output) = CalendarCommands.Add(Statutory, "2026-11-27\nrm -rf", "1", "days");

        Assert.Equal(CalendarCommands.UsageError, exitCode);
        Assert.DoesNotContain('\n', output);
    }

    [Fact]
    public void Add_UsesOverrides_WhenCalendarHasMakeUpSaturday()
    {
        var calendar = WorkingCalendar.Create(
            [new CalendarOverride(new DateOnly(2025, 2, 8), CalendarOverrideKind.WorkingDay, "Làm bù thứ Bảy", "Thông báo")]).Calendar!;

        Assert.Equal((CalendarCommands.Success, "2025-02-08"), CalendarCommands.Add(calendar, "2025-02-07", "1", "working-days"));
    }
}

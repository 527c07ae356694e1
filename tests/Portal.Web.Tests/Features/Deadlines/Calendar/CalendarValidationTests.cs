using Portal.Web.Features.Deadlines.Calendar;

namespace Portal.Web.Tests.Features.Deadlines.Calendar;

public class CalendarValidationTests
{
    private static readonly DateOnly Saturday = new(2025, 2, 8);

    [Fact]
    public void Create_ReturnsContradictionError_WhenSameDateIsDayOffAndWorkingDay()
    {
        var result = WorkingCalendar.Create(
        [
            new CalendarOverride(Saturday, CalendarOverrideKind.WorkingDay, "Làm bù thứ Bảy", "Thông báo A"),
            new CalendarOverride(Saturday, CalendarOverrideKind.DayOff, "Nghỉ", "Thông báo B"),
        ]);

        Assert.False(result.IsValid);
        Assert.Null(result.Calendar);
        var error = Assert.Single(result.Errors);
        Assert.Equal("override.contradiction", error.Code);
        Assert.Equal(Saturday, error.Date);
        Assert.Contains("2025-02-08", error.Message, StringComparison.Ordinal);
        Assert.Contains("Thông báo A", error.Message, StringComparison.Ordinal);
        Assert.Contains("Thông báo B", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_Succeeds_WhenSameOverrideRepeated()
    {
        var result = WorkingCalendar.Create(
        [
            new CalendarOverride(Saturday, CalendarOverrideKind.WorkingDay, "Làm bù thứ Bảy", "Thông báo A"),
            new CalendarOverride(Saturday, CalendarOverrideKind.WorkingDay, "Làm bù thứ Bảy", "Thông báo A (copy)"),
        ]);

        Assert.True(result.IsValid);
        Assert.True(result.Calendar!.IsWorkingDay(Saturday));
    }

    [Fact]
    public void Validate_ReportsEveryProblem_WhenSeveralOverridesAreBad()
    {
        var errors = CalendarOverrideValidator.Validate(
        [
            new CalendarOverride(Saturday, CalendarOverrideKind.DayOff, " ", "Basis"),
            new CalendarOverride(Saturday.AddDays(1), CalendarOverrideKind.DayOff, "Name", ""),
            new CalendarOverride(new DateOnly(2200, 1, 1), CalendarOverrideKind.DayOff, "Name", "Basis"),
            new CalendarOverride(Saturday.AddDays(2), (CalendarOverrideKind)7, "Name", "Basis"),
        ]);

        Assert.Equal(
            ["override.name-missing", "override.basis-missing", "override.out-of-range", "override.kind-unknown"],
            errors.Select(e => e.Code));
    }

    [Fact]
    public void Validate_ReturnsNoErrors_WhenBuiltInRules()
    {
        Assert.Empty(HolidayRuleValidator.Validate(StatutoryHolidays.All));
    }

    [Fact]
    public void Create_ReturnsRuleErrors_WhenRuleAnchoredOnLunarDay30OrDuplicated()
    {
        var bad = new HolidayRule("x", "Tên", "Name", HolidayDateSystem.Lunar, 12, 30, 0, 1, "Basis",
            new DateOnly(2021, 1, 1), null, true, "Basis");

        var result = WorkingCalendar.Create([bad, bad with { Day = 1 }], []);

        Assert.False(result.IsValid);
        Assert.Equal(["rule.anchor-invalid", "rule.id-duplicate"], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void StatutoryHolidays_HaveNamesBasisAndPeriod_WhenInForce()
    {
        Assert.All(StatutoryHolidays.All.Where(r => !r.IsPending), r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.VietnameseName));
            Assert.False(string.IsNullOrWhiteSpace(r.EnglishName));
            Assert.Contains("Labour Code", r.LegalBasis, StringComparison.Ordinal);
            Assert.NotNull(r.EffectiveFrom);
        });
    }
}

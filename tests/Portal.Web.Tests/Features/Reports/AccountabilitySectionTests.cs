using Portal.Web.Features.Accountability;
using Portal.Web.Features.Reports;

namespace Portal.Web.Tests.Features.Reports;

public sealed class AccountabilitySectionTests
{
    private static readonly DateOnly From = new(2026, 1, 1);

    private static AccountabilityFigures Figures(int[] byForm, int[] byLevel, (int Disciplined, int Heads)[] byUnit, int suspended = 0, int transferred = 0, int rotated = 0) => new(
        From, From.AddYears(1).AddDays(-1), byForm.Sum(),
        Enum.GetValues<DisciplineForm>().Select((f, i) => new FormFigure(f, byForm[i])).ToList(),
        byLevel.Sum(), Enum.GetValues<ResponsibilitySeverity>().Select((s, i) => new LevelFigure(s, byLevel[i])).ToList(),
        byUnit.Select((u, i) => new UnitFigure(Guid.NewGuid(), $"U{i}", $"Đơn vị {i}", null, u.Disciplined, u.Heads)).ToList(), suspended, transferred, rotated);

    private static ReportTable Protected(AccountabilityFigures figures, string key) =>
        Disclosure.Protect(AccountabilitySection.Tables(figures).Single(t => t.Key == key));

    private static string[] Column(ReportTable table, int column = 0) => table.Rows.Select(r => r.Cells[column].Shown).ToArray();

    [Fact]
    public void Tables_AllCountPeople_SoEveryOneIsProtected() =>
        Assert.All(AccountabilitySection.Tables(Figures([0, 0, 0, 0, 0, 0], [0, 0, 0, 0], [(0, 0)])), t => Assert.True(t.DescribesPeople));

    [Fact]
    public void ByForm_HidesTheSmallForm_AndTheSmallestOtherForm_SoTheTotalGivesNothingBack()
    {
        // 9 reprimanded, 3 warned: hiding only the 3 would leave 12 - 9 = 3 for anyone to compute.
        var table = Protected(Figures([9, 3, 0, 0, 0, 0], [0, 0, 0, 0], [(12, 0)]), "accountability-discipline");

        Assert.Equal(["<5", "<5", "0", "0", "0", "0", "12"], Column(table));
    }

    [Fact]
    public void ByForm_ShowsEveryFigure_WhenNoGroupIsSmall()
    {
        var table = Protected(Figures([6, 5, 0, 0, 0, 0], [0, 0, 0, 0], [(11, 0)]), "accountability-discipline");

        Assert.Equal(["6", "5", "0", "0", "0", "0", "11"], Column(table));
    }

    [Fact]
    public void ByLevel_HidesTheTotal_WhenTheOnlyHeadsConsideredAreFewerThanFive()
    {
        var table = Protected(Figures([0, 0, 0, 0, 0, 0], [2, 0, 0, 0], [(0, 2)]), "accountability-heads");

        Assert.Equal(["<5", "0", "0", "0", "<5"], Column(table));
    }

    [Fact]
    public void ByUnit_HidesASecondUnit_WhenOneUnitIsSmall_InEachColumnOnItsOwn()
    {
        // Disciplined: 7 / 2 / 6 (total 15); heads: 0 / 0 / 0.
        var table = Protected(Figures([15, 0, 0, 0, 0, 0], [0, 0, 0, 0], [(7, 0), (2, 0), (6, 0)]), "accountability-units");

        Assert.Equal(["7", "<5", "<5", "15"], Column(table, 0));
        Assert.Equal(["0", "0", "0", "0"], Column(table, 1));
    }

    [Fact]
    public void Measures_HideSuspensionsOfOneToFourPeople_AndShowZero()
    {
        var table = Protected(Figures([0, 0, 0, 0, 0, 0], [0, 0, 0, 0], [(0, 0)], suspended: 1, transferred: 0, rotated: 8), "accountability-measures");

        Assert.Equal(["<5", "0", "8"], Column(table));
    }
}

using Portal.Web.Features.Accountability;

namespace Portal.Web.Tests.Features.Accountability;

public sealed class AccountabilityStatisticsTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, null)]
    [InlineData(4, null)]
    [InlineData(5, 5)]
    public void Cell_WithholdsFiguresAboutOneToFourPeople(int people, int? shown) =>
        Assert.Equal(shown, AccountabilityStatistics.Cell(people).Value);

    [Fact]
    public void Protect_WithholdsTheNextSmallestFigure_WhenOnlyOneIsWithheld()
    {
        var cells = AccountabilityStatistics.Protect([12, 3, 7, 0]);

        Assert.Equal([12, null, null, 0], cells.Select(c => c.Value));
    }

    [Fact]
    public void Protect_WithholdsEveryFigureOfATooSmallGroup_EvenALargeOne()
    {
        var cells = AccountabilityStatistics.Protect([6, 9, 8], [true, false, false]);

        Assert.Equal([null, 9, null], cells.Select(c => c.Value));
    }

    [Fact]
    public void Protect_LeavesFiguresAlone_WhenNoneConcernsFewerThanFive() =>
        Assert.Equal([5, 0, 9], AccountabilityStatistics.Protect([5, 0, 9]).Select(c => c.Value));
}

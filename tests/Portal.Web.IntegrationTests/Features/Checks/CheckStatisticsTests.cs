using Portal.Web.Features.Checks;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Checks;

public sealed class CheckStatisticsTests(PortalFactory factory) : IClassFixture<PortalFactory>, IAsyncLifetime
{
    private ChecksWorld world = default!;

    public async Task InitializeAsync() => world = await ChecksWorld.CreateAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ForPeriodAsync_CountsChecksRecommendationsAndMoney_ByCheckedUnit()
    {
        var check = await world.ConcludedAsync();
        var recommendations = world.Use<CheckRecommendations>();
        var money = world.Recommendation(dueInDays: 10);
        (money.Kind, money.AmountVnd) = (RecommendationKind.RecoverMoney, 45_600_000);
        ChecksWorld.Ok(await recommendations.AddAsync(world.Officer, check.Id, check.Version, money));
        check = await world.CheckAsync(check.Id);
        ChecksWorld.Ok(await recommendations.AddAsync(world.Officer, check.Id, check.Version, world.Recommendation(dueInDays: 5)));
        var other = world.Form(unit: world.OtherHospitalId);
        ChecksWorld.Ok(await world.Use<CheckPlanner>().SaveAsync(world.Officer, other));

        await using var db = await world.DbAsync();
        var today = world.Today;
        var now = await CheckStatistics.ForPeriodAsync(db, today.AddDays(-30), today, CancellationToken.None);
        var later = await CheckStatistics.ForPeriodAsync(db, today.AddDays(1), today.AddDays(7), CancellationToken.None);

        var hospital = Assert.Single(now, s => s.UnitId == world.HospitalId);
        Assert.Equal((1, 1, 2, 0, 0, 45_600_000L), (hospital.ChecksPlanned, hospital.ChecksConcluded, hospital.RecommendationsMade, hospital.RecommendationsClosed,
            hospital.RecommendationsOverdue, hospital.RecoveryRecommendedVnd));
        Assert.Equal(1, Assert.Single(now, s => s.UnitId == world.OtherHospitalId).ChecksPlanned);
        // A week on, the recommendation due in five days is overdue and nothing new was made.
        var week = Assert.Single(later, s => s.UnitId == world.HospitalId);
        Assert.Equal((0, 1, 0L), (week.RecommendationsMade, week.RecommendationsOverdue, week.RecoveryRecommendedVnd));
        // The assessment's evidence counts the concluded check as done in the year.
        var year = await Portal.Web.Features.Assessment.PortalFigures.ForPeriodAsync(db, new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31));
        Assert.Equal((1, 0), (year.Checks, year.RecommendationsClosed));
    }
}

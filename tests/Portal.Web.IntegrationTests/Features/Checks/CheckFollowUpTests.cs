using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Checks;
using Portal.Web.Features.Deadlines.Duties;
using Portal.Web.Features.Deadlines.Rules;
using Portal.Web.Features.Programme;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Checks;

public sealed class CheckFollowUpTests(PortalFactory factory) : IClassFixture<PortalFactory>, IAsyncLifetime
{
    private ChecksWorld world = default!;

    public async Task InitializeAsync() => world = await ChecksWorld.CreateAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<CheckRecommendation> OnlyRecommendationAsync(Guid checkId)
    {
        await using var db = await world.DbAsync();
        return await db.CheckRecommendations.AsNoTracking().SingleAsync(r => r.CheckId == checkId);
    }

    private async Task<Duty?> DutyAsync(Guid recommendationId)
    {
        await using var db = await world.DbAsync();
        return await db.Duties.AsNoTracking().SingleOrDefaultAsync(d => d.Kind == DutyKinds.CheckRecommendation && d.SubjectId == recommendationId);
    }

    [Fact]
    public async Task AddAsync_TracksDuty_WithConclusionDueDateOwnerAndCodeLabel()
    {
        var check = await world.ConcludedAsync();

        ChecksWorld.Ok(await world.Use<CheckRecommendations>().AddAsync(world.Officer, check.Id, check.Version, world.Recommendation(dueInDays: 45)));

        var recommendation = await OnlyRecommendationAsync(check.Id);
        var duty = await DutyAsync(recommendation.Id);
        Assert.NotNull(duty);
        Assert.Equal($"{check.Code}/KN1", duty.Label);
        Assert.Equal("check.recommendation", duty.RuleCode);
        Assert.Equal(world.SuppliesId, duty.UnitId);
        Assert.Equal(world.SuppliesStaffId, duty.OwnerStaffId);
        Assert.Equal(world.Today, duty.StartedOn);
        Assert.Equal(world.Today.AddDays(45), duty.DueOn);
        Assert.Null(duty.DoneOn);
        Assert.Equal($"/checks/{check.Id}", duty.Link);
        Assert.Equal(CheckStatus.FollowUp, (await world.CheckAsync(check.Id)).Status);
    }

    [Fact]
    public async Task AddAsync_UsesRuleFollowUpPeriod_WhenConclusionSetsNoDate()
    {
        var check = await world.ConcludedAsync();
        var form = world.Recommendation();
        form.DueOn = null;

        ChecksWorld.Ok(await world.Use<CheckRecommendations>().AddAsync(world.Officer, check.Id, check.Version, form));

        var rule = await world.Use<DueDates>().ForAsync("check.recommendation", world.Today);
        Assert.NotNull(rule);
        Assert.Equal(60, rule.Rule.Duration);
        Assert.Equal(DurationUnit.Days, rule.Rule.Unit);
        Assert.Contains("Luật Phòng, chống tham nhũng", rule.Rule.LegalBasis, StringComparison.Ordinal);
        var recommendation = await OnlyRecommendationAsync(check.Id);
        Assert.True(recommendation.DueOn >= world.Today.AddDays(60));
        Assert.Equal(rule.Date, recommendation.DueOn);
        Assert.Equal(rule.Date, (await DutyAsync(recommendation.Id))!.DueOn);
    }

    [Fact]
    public async Task CloseAsync_ClosesDuty_AndCheckClosesOnlyWhenNothingIsOpen()
    {
        var check = await world.ConcludedAsync();
        var recommendations = world.Use<CheckRecommendations>();
        ChecksWorld.Ok(await recommendations.AddAsync(world.Officer, check.Id, check.Version, world.Recommendation()));
        check = await world.CheckAsync(check.Id);
        var recommendation = await OnlyRecommendationAsync(check.Id);

        var early = await world.Use<CheckConclusions>().CloseAsync(world.Officer, check.Id, check.Version);
        Assert.False(early.Succeeded);
        Assert.Contains("Còn 1 kiến nghị chưa thực hiện xong: chưa thể kết thúc theo dõi.", early.Errors);

        ChecksWorld.Ok(await recommendations.ReportProgressAsync(world.HospitalHead, recommendation.Id, "Đã sửa quy chế, chờ ban hành."));
        Assert.False((await recommendations.CloseAsync(world.Officer, recommendation.Id, recommendation.Version, "  ")).Succeeded);
        ChecksWorld.Ok(await recommendations.CloseAsync(world.Officer, recommendation.Id, recommendation.Version, "Quyết định số 77/QĐ-BV"));

        Assert.Equal(world.Today, (await DutyAsync(recommendation.Id))!.DoneOn);
        Assert.Equal(RecommendationStatus.Done, (await OnlyRecommendationAsync(check.Id)).Status);
        ChecksWorld.Ok(await world.Use<CheckConclusions>().CloseAsync(world.Officer, check.Id, check.Version));
        Assert.Equal(CheckStatus.Closed, (await world.CheckAsync(check.Id)).Status);
        var detail = await world.Use<CheckBoard>().DetailAsync(world.Director, check.Id);
        Assert.Equal("Đã sửa quy chế, chờ ban hành.", Assert.Single(Assert.Single(detail!.Recommendations).Progress).Text);
    }

    [Fact]
    public async Task AddAsync_CreatesLinkedLoophole_WhenAFixedLoopholeIsAskedFor()
    {
        var check = await world.ConcludedAsync();
        var form = world.Recommendation();
        form.Kind = RecommendationKind.FixLoophole;
        form.CreateLoophole = true;
        form.RuleOrProcess = "Quy chế mua sắm vật tư y tế";

        ChecksWorld.Ok(await world.Use<CheckRecommendations>().AddAsync(world.Officer, check.Id, check.Version, form));

        var recommendation = await OnlyRecommendationAsync(check.Id);
        Assert.NotNull(recommendation.LoopholeId);
        var loophole = (await world.Use<LoopholeRegister>().ListAsync()).Single(l => l.Id == recommendation.LoopholeId);
        Assert.Equal(LoopholeSource.Check, loophole.Source);
        Assert.Equal(check.Code, loophole.SourceReference);
        Assert.Equal(LoopholeStatus.Proposed, loophole.Status);
        Assert.Equal(world.SuppliesId, loophole.OwnerUnitId);
    }

    [Fact]
    public async Task AddAsync_Refuses_WhenDueBeforeConclusionNoOwnerOrAmountInsane()
    {
        var check = await world.ConcludedAsync();
        var recommendations = world.Use<CheckRecommendations>();

        var late = world.Recommendation(dueInDays: -1);
        var noOwner = world.Recommendation();
        noOwner.OwnerUnitId = null;
        var negative = world.Recommendation();
        negative.Kind = RecommendationKind.RecoverMoney;
        negative.AmountVnd = -5;
        var huge = world.Recommendation();
        huge.Kind = RecommendationKind.RecoverMoney;
        huge.AmountVnd = 10_000_000_000_000_000L;

        Assert.Contains(world.Today.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
            Assert.Single((await recommendations.AddAsync(world.Officer, check.Id, check.Version, late)).Errors), StringComparison.Ordinal);
        Assert.Contains("Kiến nghị phải có đơn vị chịu trách nhiệm thực hiện.", (await recommendations.AddAsync(world.Officer, check.Id, check.Version, noOwner)).Errors);
        Assert.Contains("Số tiền kiến nghị thu hồi phải lớn hơn 0.", (await recommendations.AddAsync(world.Officer, check.Id, check.Version, negative)).Errors);
        Assert.Contains("vượt quá mức cho phép", Assert.Single((await recommendations.AddAsync(world.Officer, check.Id, check.Version, huge)).Errors), StringComparison.Ordinal);
        await using var db = await world.DbAsync();
        Assert.False(await db.CheckRecommendations.AnyAsync(r => r.CheckId == check.Id));
        Assert.Equal(CheckStatus.Concluded, (await world.CheckAsync(check.Id)).Status);
    }

    [Fact]
    public async Task AddAsync_Refuses_WhenCheckNotConcludedYet()
    {
        var check = await world.PlannedAsync();

        var result = await world.Use<CheckRecommendations>().AddAsync(world.Officer, check.Id, check.Version, world.Recommendation());

        Assert.Equal(["Chỉ thêm kiến nghị sau khi đã ghi kết luận kiểm tra."], result.Errors);
    }

    [Fact]
    public async Task ReportProgressAsync_AllowsHeadOfOwnerUnit_RefusesHeadOfAnotherUnit()
    {
        var check = await world.ConcludedAsync();
        var recommendations = world.Use<CheckRecommendations>();
        ChecksWorld.Ok(await recommendations.AddAsync(world.Officer, check.Id, check.Version, world.Recommendation()));
        var recommendation = await OnlyRecommendationAsync(check.Id);

        var other = await recommendations.ReportProgressAsync(world.OtherHead, recommendation.Id, "Không phải việc của tôi");
        var nurse = await recommendations.ReportProgressAsync(world.Nurse, recommendation.Id, "Tôi cũng báo");

        Assert.False(other.Succeeded);
        Assert.False(nurse.Succeeded);
        ChecksWorld.Ok(await recommendations.ReportProgressAsync(world.HospitalHead, recommendation.Id, "Đang sửa quy chế."));
        var mine = await world.Use<CheckBoard>().ForOwnerAsync(world.HospitalHead);
        Assert.Contains(mine, r => r.Id == recommendation.Id && r.CanReport && r.Progress.Count == 1);
        Assert.DoesNotContain(await world.Use<CheckBoard>().ForOwnerAsync(world.OtherHead), r => r.Id == recommendation.Id);
    }

    [Fact]
    public async Task CloseAsync_ReportsConflict_WhenRecommendationChangedMeanwhile()
    {
        var check = await world.ConcludedAsync();
        var recommendations = world.Use<CheckRecommendations>();
        ChecksWorld.Ok(await recommendations.AddAsync(world.Officer, check.Id, check.Version, world.Recommendation()));
        var recommendation = await OnlyRecommendationAsync(check.Id);

        var stale = await recommendations.CloseAsync(world.Officer, recommendation.Id, recommendation.Version - 1, "Quyết định số 1");

        Assert.True(stale.Conflict);
        Assert.Equal(RecommendationStatus.Open, (await OnlyRecommendationAsync(check.Id)).Status);
        Assert.Null((await DutyAsync(recommendation.Id))!.DoneOn);
    }
}

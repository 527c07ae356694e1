using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Assessment;
using Portal.Web.Features.Deadlines.Clocks;
using Portal.Web.IntegrationTests.Features.Cases;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Assessment;

public sealed class PortalFiguresTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ForYearAsync_CountsCasesAndOnTimeClocks_FromRealCases()
    {
        var world = await CaseWorld.CreateAsync(factory);
        var first = await world.SubmitAsync("Thu tiền ngoài quy định khi cấp giấy chứng nhận");
        var second = await world.SubmitAsync("Nhận quà của nhà cung cấp vật tư");
        var year = Portal.Web.DepartmentDate.Today(factory.Clock).Year;
        await using (var db = await world.DbAsync())
        {
            // One case from last year does not count this year.
            var old = await db.Reports.SingleAsync(r => r.Id == second.Id);
            old.ReceivedOn = new DateOnly(year - 1, 12, 30);
            var rule = await db.CaseClocks.Where(c => c.ReportId == first.Id).Select(c => new { c.RuleId, c.RuleCode }).FirstAsync();
            db.CaseClocks.AddRange(
                new CaseClock { ReportId = first.Id, RuleId = rule.RuleId, RuleCode = rule.RuleCode, StartedOn = new DateOnly(year, 1, 2), DueOn = new DateOnly(year, 1, 10), StoppedOn = new DateOnly(year, 1, 10) },
                new CaseClock { ReportId = first.Id, RuleId = rule.RuleId, RuleCode = rule.RuleCode, StartedOn = new DateOnly(year, 2, 2), DueOn = new DateOnly(year, 2, 10), StoppedOn = new DateOnly(year, 2, 11) },
                new CaseClock { ReportId = first.Id, RuleId = rule.RuleId, RuleCode = rule.RuleCode, StartedOn = new DateOnly(year, 3, 2), DueOn = new DateOnly(year, 3, 10), StoppedOn = new DateOnly(year, 3, 1) },
                new CaseClock { ReportId = first.Id, RuleId = rule.RuleId, RuleCode = rule.RuleCode, StartedOn = new DateOnly(year - 1, 3, 2), DueOn = new DateOnly(year - 1, 3, 10), StoppedOn = new DateOnly(year - 1, 3, 20) });
            await db.SaveChangesAsync();
        }

        var figures = await factory.Services.GetRequiredService<PortalFigures>().ForYearAsync(year);

        Assert.Equal(1, figures.CasesReceived);
        Assert.Equal(3, figures.ClocksStopped);
        Assert.Equal(2, figures.ClocksOnTime);
        Assert.Equal(67, figures.OnTimePercent);
        // Trainings and checks come from their registers (none here: zero, a figure the portal vouches for).
        Assert.Equal(0, figures.Trainings);
        Assert.Equal(0, figures.Checks);
        Assert.Equal(0, figures.RecommendationsClosed);
        var lastYear = await factory.Services.GetRequiredService<PortalFigures>().ForYearAsync(year - 1);
        Assert.Equal(1, lastYear.CasesReceived);
        Assert.Equal(0, lastYear.ClocksOnTime);
    }
}

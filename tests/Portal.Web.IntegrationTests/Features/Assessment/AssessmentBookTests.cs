using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Assessment;
using Portal.Web.Features.Audit;
using Portal.Web.IntegrationTests.Features.Programme;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Assessment;

public sealed class AssessmentBookTests(PortalFactory factory) : IClassFixture<PortalFactory>, IAsyncLifetime
{
    private ProgrammeWorld world = default!;
    private static int nextYear = 2030;

    public async Task InitializeAsync() => world = await ProgrammeWorld.CreateAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    private AssessmentBook Book => world.Use<AssessmentBook>();

    /// <summary>A fresh year per test (tests of a class share one database): sections A and B, A.1 (10), A.2 (5), B.1 (8).</summary>
    private async Task<(int Year, Dictionary<string, Guid> Ids)> TreeAsync()
    {
        var year = Interlocked.Increment(ref nextYear);
        var ids = new Dictionary<string, Guid>();
        foreach (var (code, parent, max) in new[] { ("A", (string?)null, 0m), ("A.1", "A", 10m), ("A.2", "A", 5m), ("B", null, 0m), ("B.1", "B", 8m) })
        {
            var form = new CriterionForm { Year = year, Code = code, Title = $"Tiêu chí {code}", MaxPoints = max, ParentId = parent is null ? null : ids[parent] };
            var result = await Book.SaveCriterionAsync(world.Administrator, form);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors));
            ids[code] = form.Id!.Value;
        }

        return (year, ids);
    }

    private Task<Portal.Web.Infrastructure.CommandResult> ScoreAsync(Guid criterion, decimal score, long version = 0) =>
        Book.SaveScoreAsync(world.Leader, new ScoreForm { CriterionId = criterion, Score = score, Version = version, Explanation = "Giải trình" });

    [Theory]
    [InlineData(10.5)]
    [InlineData(-1)]
    public async Task SaveScoreAsync_Refuses_WhenOutsideZeroToMaximum(decimal score)
    {
        var (year, ids) = await TreeAsync();

        var result = await ScoreAsync(ids["A.1"], score);

        Assert.False(result.Succeeded);
        Assert.Contains("Điểm phải từ 0 đến 10.", result.Errors);
        Assert.Equal(0, (await world.Use<AssessmentSheet>().ReadAsync(year)).Total);
    }

    [Fact]
    public async Task ReadAsync_RollsUpSectionTotals_WhenCriteriaScored()
    {
        var (year, ids) = await TreeAsync();

        Assert.True((await ScoreAsync(ids["A.1"], 7.5m)).Succeeded);
        Assert.True((await ScoreAsync(ids["A.2"], 5m)).Succeeded);
        Assert.True((await ScoreAsync(ids["B.1"], 2m)).Succeeded);

        var sheet = await world.Use<AssessmentSheet>().ReadAsync(year);
        Assert.Equal(12.5m, sheet.Sections.Single(s => s.Code == "A").Total);
        Assert.Equal(15m, sheet.Sections.Single(s => s.Code == "A").MaxPoints);
        Assert.Equal(2m, sheet.Sections.Single(s => s.Code == "B").Total);
        Assert.Equal(14.5m, sheet.Total);
        Assert.Equal(23m, sheet.MaxPoints);
        Assert.True(await world.AuditCountAsync(AuditActions.AssessmentScoreSaved) >= 3);
    }

    [Fact]
    public async Task SaveCriterionAsync_Refuses_WhenCodeAlreadyInYear()
    {
        var (year, ids) = await TreeAsync();

        var result = await Book.SaveCriterionAsync(world.Leader, new CriterionForm { Year = year, Code = "a.1", Title = "Trùng", MaxPoints = 3, ParentId = ids["A"] });

        Assert.False(result.Succeeded);
        Assert.Contains("Mã A.1 đã có trong bộ tiêu chí năm này.", result.Errors);
        await using var db = await world.DbAsync();
        Assert.Equal(1, await db.Criteria.CountAsync(c => c.Year == year && c.Code == "A.1"));
    }

    [Fact]
    public async Task SaveScoreAsync_Refuses_WhenYearClosed()
    {
        var (year, ids) = await TreeAsync();
        Assert.True((await ScoreAsync(ids["A.1"], 4m)).Succeeded);
        Assert.True((await Book.CloseYearAsync(world.Leader, year)).Succeeded);

        var result = await ScoreAsync(ids["A.1"], 9m, version: 1);
        var criterion = await Book.SaveCriterionAsync(world.Leader, new CriterionForm { Year = year, Code = "B.2", Title = "Muộn", MaxPoints = 2, ParentId = ids["B"] });

        Assert.Contains($"Kết quả năm {year} đã khóa: không sửa được nữa.", result.Errors);
        Assert.False(criterion.Succeeded);
        Assert.Equal(4m, (await world.Use<AssessmentSheet>().ReadAsync(year)).Total);
    }

    [Fact]
    public async Task SaveScoreAsync_ReportsConflict_WhenScoredMeanwhile()
    {
        var (year, ids) = await TreeAsync();
        Assert.True((await ScoreAsync(ids["A.1"], 4m)).Succeeded);

        // Both read the criterion unscored (version 0); the second save must not overwrite the first.
        var result = await ScoreAsync(ids["A.1"], 9m, version: 0);

        Assert.True(result.Conflict);
        Assert.Equal(4m, (await world.Use<AssessmentSheet>().ReadAsync(year)).Total);
    }

    [Fact]
    public async Task SaveScoreAsync_Refuses_WhenPlainStaffOrAdministratorScores()
    {
        var (year, ids) = await TreeAsync();

        var staff = await Book.SaveScoreAsync(world.Staff, new ScoreForm { CriterionId = ids["A.1"], Score = 1 });
        var admin = await Book.SaveScoreAsync(world.Administrator, new ScoreForm { CriterionId = ids["A.1"], Score = 1 });
        var staffTree = await Book.SaveCriterionAsync(world.Staff, new CriterionForm { Year = year, Code = "C", Title = "Không được phép" });

        Assert.False(staff.Succeeded);
        Assert.False(admin.Succeeded);
        Assert.False(staffTree.Succeeded);
        Assert.Equal(0, (await world.Use<AssessmentSheet>().ReadAsync(year)).Total);
    }

    [Fact]
    public async Task CopyYearAsync_CopiesTreeWithoutScores_AndRefusesASecondCopy()
    {
        var (year, ids) = await TreeAsync();
        Assert.True((await ScoreAsync(ids["A.1"], 4m)).Succeeded);
        var target = Interlocked.Increment(ref nextYear);

        var result = await Book.CopyYearAsync(world.Leader, year, target);
        var again = await Book.CopyYearAsync(world.Leader, year, target);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        Assert.False(again.Succeeded);
        var copy = await world.Use<AssessmentSheet>().ReadAsync(target);
        Assert.Equal(["A", "B"], copy.Sections.Select(s => s.Code));
        Assert.Equal(["A.1", "A.2"], copy.Sections[0].Criteria.Select(c => c.Code));
        Assert.Equal(23m, copy.MaxPoints);
        Assert.Equal(0, copy.Total);
        Assert.DoesNotContain(copy.Sections.SelectMany(s => s.Criteria), c => ids.ContainsValue(c.Id));
        Assert.Equal(4m, (await world.Use<AssessmentSheet>().ReadAsync(year)).Total);
    }
}

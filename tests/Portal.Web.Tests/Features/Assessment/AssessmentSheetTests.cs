using Portal.Web.Features.Assessment;

namespace Portal.Web.Tests.Features.Assessment;

public sealed class AssessmentSheetTests
{
    [Fact]
    public void Roll_SumsScoresAndMaximaPerSection_WhenSomeUnscored()
    {
        var a = new Criterion { Year = 2026, Code = "A", Title = "A" };
        var b = new Criterion { Year = 2026, Code = "B", Title = "B", SortOrder = 1 };
        var a1 = new Criterion { Year = 2026, Code = "A.1", Title = "A.1", ParentId = a.Id, MaxPoints = 5 };
        var a2 = new Criterion { Year = 2026, Code = "A.2", Title = "A.2", ParentId = a.Id, MaxPoints = 7.5m };
        var b1 = new Criterion { Year = 2026, Code = "B.1", Title = "B.1", ParentId = b.Id, MaxPoints = 10 };

        var sections = AssessmentSheet.Roll(
        [
            (b1, new CriterionScore { CriterionId = b1.Id, Score = 9 }), (a2, null), (a, null), (b, null),
            (a1, new CriterionScore { CriterionId = a1.Id, Score = 2.25m }),
        ]);

        Assert.Equal(["A", "B"], sections.Select(s => s.Code));
        Assert.Equal(2.25m, sections[0].Total);
        Assert.Equal(12.5m, sections[0].MaxPoints);
        Assert.Equal(1, sections[0].Scored);
        Assert.Equal(9m, sections[1].Total);
        Assert.Equal(11.25m, new YearSheet(2026, false, null, sections).Total);
    }
}

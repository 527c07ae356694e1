using Portal.Web.Features.Deadlines.Duties;
using Portal.Web.IntegrationTests.Features.Cases;
using Portal.Web.IntegrationTests.Features.Deadlines.Alerts;

namespace Portal.Web.IntegrationTests.Features.Deadlines.Duties;

/// <summary>The dashboard's duties: the leader's units only, overdue and due soon, done ones gone.</summary>
public sealed class DutyBoardTests(AlertFixture fixture) : IClassFixture<AlertFixture>
{
    private CaseWorld World => fixture.World;

    [Fact]
    public async Task Pressing_ShowsTheUnitsOverdueDuties_ToItsHeadAndTheDirectorOnly()
    {
        var today = DutyWorld.Today(World.Factory);
        var hospital = await DutyWorld.TrackGiftAsync(World.Factory, null, World.HospitalId, "QT-BOARD-1", today.AddDays(-30));
        var department = await DutyWorld.TrackGiftAsync(World.Factory, null, World.DepartmentId, "QT-BOARD-2", today.AddDays(-30));
        var later = await DutyWorld.TrackGiftAsync(World.Factory, null, World.HospitalId, "QT-BOARD-3", today.AddDays(60));
        var board = World.Factory.Services.GetRequiredService<DutyBoard>();

        var head = await board.PressingAsync(World.HospitalHead.Id, today);
        var row = Assert.Single(head.Rows, r => r.Label.StartsWith("QT-BOARD-", StringComparison.Ordinal));
        Assert.Equal(("QT-BOARD-1", "/integrity/gifts", "Báo cáo và nộp lại quà tặng không từ chối được"), (row.Label, row.Link, row.RuleVi));
        Assert.True(row.WorkingDaysOverdue > 0);
        Assert.True(head.Overdue >= 1);

        var director = await board.PressingAsync(World.Director.Id, today);
        Assert.Contains(director.Rows, r => r.Id == hospital.Id);
        Assert.Contains(director.Rows, r => r.Id == department.Id);
        Assert.DoesNotContain(director.Rows, r => r.Id == later.Id);
        Assert.Empty((await board.PressingAsync(World.HandlerA.Id, today)).Rows);

        await using (var db = await World.DbAsync())
        {
            await DutyClocks.CloseAsync(db, DutyKinds.GiftReport, hospital.SubjectId, today);
            await db.SaveChangesAsync();
        }

        Assert.DoesNotContain((await board.PressingAsync(World.HospitalHead.Id, today)).Rows, r => r.Id == hospital.Id);
    }
}

using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Audit;
using Portal.Web.Features.Deadlines.Duties;
using Portal.Web.Features.Programme;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Programme;

public sealed class ProgrammeTaskTests(PortalFactory factory) : IClassFixture<PortalFactory>, IAsyncLifetime
{
    private ProgrammeWorld world = default!;

    public async Task InitializeAsync() => world = await ProgrammeWorld.CreateAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Code() => Random.Shared.Next(100, 99999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task HandleAsync_Refuses_WhenDeadlineBeforeStart()
    {
        var form = world.Task(Code(), start: new DateOnly(world.Year, 6, 1), due: new DateOnly(world.Year, 5, 31));

        var result = await world.Use<SaveProgrammeTask>().HandleAsync(world.Leader, form);

        Assert.False(result.Succeeded);
        Assert.Contains("Hạn hoàn thành không được trước ngày bắt đầu.", result.Errors);
        await using var db = await world.DbAsync();
        Assert.False(await db.ProgrammeTasks.AnyAsync(t => t.Code == form.Code));
    }

    [Fact]
    public async Task HandleAsync_Refuses_WhenPlainStaffEdits()
    {
        var form = world.Task(Code());

        var result = await world.Use<SaveProgrammeTask>().HandleAsync(world.Staff, form);

        Assert.False(world.Staff.CanEdit);
        Assert.False(result.Succeeded);
        Assert.Null(form.Id);
    }

    [Fact]
    public async Task HandleAsync_SavesAndAudits_WhenSecretaryCreates()
    {
        var before = await world.AuditCountAsync(AuditActions.ProgrammeTaskSaved);
        var form = world.Task(Code());
        form.OwnerStaffId = world.OfficerId;

        var result = await world.Use<SaveProgrammeTask>().HandleAsync(world.Secretary, form);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        Assert.Equal(before + 1, await world.AuditCountAsync(AuditActions.ProgrammeTaskSaved));
    }

    [Fact]
    public async Task HandleAsync_TracksTheTaskAsADuty_MovesItWithTheDateAndClosesItWhenDone()
    {
        var form = world.Task(Code(), start: new DateOnly(world.Year, 1, 10), due: new DateOnly(world.Year, 11, 30));
        form.OwnerStaffId = world.OfficerId;
        Assert.True((await world.Use<SaveProgrammeTask>().HandleAsync(world.Secretary, form)).Succeeded);
        await using var db = await world.DbAsync();
        var duty = await db.Duties.AsNoTracking().SingleAsync(d => d.Kind == DutyKinds.ProgrammeTask && d.SubjectId == form.Id);
        Assert.Equal(($"CT-{world.Year}/{form.Code}", SaveProgrammeTask.TaskRule, world.UnitId, world.OfficerId, new DateOnly(world.Year, 11, 30), (DateOnly?)null),
            (duty.Label, duty.RuleCode, duty.UnitId, duty.OwnerStaffId, duty.DueOn, duty.DoneOn));
        Assert.NotNull(duty.RuleId);

        form.DueOn = new DateTime(world.Year, 12, 15, 0, 0, 0, DateTimeKind.Unspecified);
        Assert.True((await world.Use<SaveProgrammeTask>().HandleAsync(world.Secretary, form)).Succeeded);
        var moved = await db.Duties.AsNoTracking().SingleAsync(d => d.Id == duty.Id);
        Assert.Equal((new DateOnly(world.Year, 12, 15), duty.Round + 1), (moved.DueOn, moved.Round));

        form.Status = ProgrammeTaskStatus.Done;
        Assert.True((await world.Use<SaveProgrammeTask>().HandleAsync(world.Secretary, form)).Succeeded);
        Assert.NotNull((await db.Duties.AsNoTracking().SingleAsync(d => d.Id == duty.Id)).DoneOn);
    }

    [Fact]
    public async Task HandleAsync_Refuses_WhenCodeUsedTwiceInYear()
    {
        var code = Code();
        Assert.True((await world.Use<SaveProgrammeTask>().HandleAsync(world.Leader, world.Task(code))).Succeeded);

        var result = await world.Use<SaveProgrammeTask>().HandleAsync(world.Leader, world.Task(code));

        Assert.False(result.Succeeded);
        Assert.Contains($"Số hiệu {code} đã có trong chương trình năm này.", result.Errors);
    }

    [Fact]
    public async Task HandleAsync_ReportsConflict_WhenSomeoneSavedFirst()
    {
        var form = world.Task(Code());
        Assert.True((await world.Use<SaveProgrammeTask>().HandleAsync(world.Leader, form)).Succeeded);
        var mine = world.Task(form.Code);
        mine.Id = form.Id;
        mine.Version = form.Version;
        form.Title = "Sửa trước";
        Assert.True((await world.Use<SaveProgrammeTask>().HandleAsync(world.Secretary, form)).Succeeded);
        mine.Title = "Sửa sau, từ bản cũ";

        var result = await world.Use<SaveProgrammeTask>().HandleAsync(world.Leader, mine);

        Assert.True(result.Conflict);
        await using var db = await world.DbAsync();
        Assert.Equal("Sửa trước", (await db.ProgrammeTasks.SingleAsync(t => t.Id == form.Id)).Title);
    }

    [Fact]
    public async Task TasksAsync_FlagsOverdue_WhenPastDueAndNotDone()
    {
        var today = Portal.Web.DepartmentDate.Today(factory.Clock);
        var late = world.Task(Code(), start: today.AddDays(-30), due: today.AddDays(-1));
        var done = world.Task(Code(), start: today.AddDays(-30), due: today.AddDays(-1));
        done.Status = ProgrammeTaskStatus.Done;
        var dueToday = world.Task(Code(), start: today.AddDays(-30), due: today);
        foreach (var form in new[] { late, done, dueToday })
        {
            form.Year = today.Year;
            Assert.True((await world.Use<SaveProgrammeTask>().HandleAsync(world.Leader, form)).Succeeded);
        }

        var rows = await world.Use<ProgrammeBoard>().TasksAsync(today.Year);

        Assert.True(rows.Single(r => r.Id == late.Id).Overdue);
        Assert.False(rows.Single(r => r.Id == done.Id).Overdue);
        Assert.False(rows.Single(r => r.Id == dueToday.Id).Overdue);
    }

    [Fact]
    public async Task AddProgress_StoresLinkAndFile_WhenLeaderReports()
    {
        var form = world.Task(Code());
        Assert.True((await world.Use<SaveProgrammeTask>().HandleAsync(world.Leader, form)).Succeeded);
        var today = Portal.Web.DepartmentDate.Today(factory.Clock);
        var adder = world.Use<AddProgressReport>();
        await using var file = new MemoryStream("biên bản họp"u8.ToArray());

        var result = await adder.HandleAsync(world.Leader, form.Id!.Value, today, "Đã họp triển khai",
            [new EvidenceInput("Kế hoạch 15/KH", "https://syt.example/15"), new EvidenceInput("bien-ban.pdf", null, file, "application/pdf")]);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var progress = Assert.Single(await world.Use<ProgrammeBoard>().ProgressAsync(form.Id.Value));
        Assert.Equal("Đã họp triển khai", progress.Text);
        var stored = progress.Evidence.Single(e => e.StoredName is not null);
        Assert.Equal("biên bản họp", await File.ReadAllTextAsync(adder.PathOf(stored)!));
        Assert.Contains(progress.Evidence, e => e.Url == "https://syt.example/15");
        Assert.Equal(ProgrammeTaskStatus.InProgress, (await world.Use<ProgrammeBoard>().TasksAsync(world.Year)).Single(t => t.Id == form.Id).Status);
        Assert.True(await world.AuditCountAsync(AuditActions.ProgrammeProgressAdded) >= 1);
    }

    [Fact]
    public async Task AddProgress_SavesNothing_WhenALinkIsNotWeb()
    {
        var form = world.Task(Code());
        Assert.True((await world.Use<SaveProgrammeTask>().HandleAsync(world.Leader, form)).Succeeded);
        var adder = world.Use<AddProgressReport>();
        var filesBefore = Directory.Exists(adder.EvidenceFolder) ? Directory.GetFiles(adder.EvidenceFolder).Length : 0;
        await using var file = new MemoryStream([1, 2, 3]);

        var result = await adder.HandleAsync(world.Leader, form.Id!.Value, Portal.Web.DepartmentDate.Today(factory.Clock), "Có minh chứng lỗi",
            [new EvidenceInput("tệp", null, file), new EvidenceInput("lỗi", "javascript:alert(1)")]);

        Assert.False(result.Succeeded);
        Assert.Empty(await world.Use<ProgrammeBoard>().ProgressAsync(form.Id.Value));
        Assert.Equal(filesBefore, Directory.Exists(adder.EvidenceFolder) ? Directory.GetFiles(adder.EvidenceFolder).Length : 0);
    }

    [Fact]
    public async Task AddProgress_Refuses_WhenPlainStaffReports()
    {
        var form = world.Task(Code());
        Assert.True((await world.Use<SaveProgrammeTask>().HandleAsync(world.Leader, form)).Succeeded);

        var result = await world.Use<AddProgressReport>().HandleAsync(world.Staff, form.Id!.Value, Portal.Web.DepartmentDate.Today(factory.Clock), "Không được phép", []);

        Assert.False(result.Succeeded);
        Assert.Empty(await world.Use<ProgrammeBoard>().ProgressAsync(form.Id.Value));
    }
}

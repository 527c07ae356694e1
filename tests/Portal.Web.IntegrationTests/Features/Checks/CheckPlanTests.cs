using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Checks;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Checks;

public sealed class CheckPlanTests(PortalFactory factory) : IClassFixture<PortalFactory>, IAsyncLifetime
{
    private ChecksWorld world = default!;

    public async Task InitializeAsync() => world = await ChecksWorld.CreateAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SaveAsync_NumbersChecksByYear_AndAuditsWithoutContent()
    {
        var first = world.Form();
        var second = world.Form();

        ChecksWorld.Ok(await world.Use<CheckPlanner>().SaveAsync(world.Officer, first));
        ChecksWorld.Ok(await world.Use<CheckPlanner>().SaveAsync(world.Officer, second));

        var a = await world.CheckAsync(first.Id!.Value);
        var b = await world.CheckAsync(second.Id!.Value);
        Assert.Matches($"^KT-{world.Today.Year}-\\d\\d$", a.Code);
        Assert.Equal(a.Number + 1, b.Number);
        await using var db = await world.DbAsync();
        var entry = await db.AuditEntries.Where(e => e.Action == ChecksAudit.Saved && e.Subject == a.Code).SingleAsync();
        Assert.DoesNotContain("minh bạch", entry.Detail ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAsync_Refuses_WhenDatesReversedOrNoUnit()
    {
        var form = world.Form(from: world.Today, to: world.Today.AddDays(-3));
        form.CheckedUnitId = null;

        var result = await world.Use<CheckPlanner>().SaveAsync(world.Officer, form);

        Assert.Contains("Ngày kết thúc dự kiến phải sau hoặc trùng ngày bắt đầu.", result.Errors);
        Assert.Contains("Hãy chọn đơn vị được kiểm tra (đang hoạt động).", result.Errors);
        Assert.Null(form.Id);
    }

    [Fact]
    public async Task SaveAsync_Refuses_WhenCheckIsClosedOrCancelled()
    {
        var form = world.Form();
        ChecksWorld.Ok(await world.Use<CheckPlanner>().SaveAsync(world.Officer, form));
        var check = await world.CheckAsync(form.Id!.Value);
        Assert.False((await world.Use<CheckPlanner>().CancelAsync(world.Officer, check.Id, check.Version, " ")).Succeeded);
        ChecksWorld.Ok(await world.Use<CheckPlanner>().CancelAsync(world.Officer, check.Id, check.Version, "Trùng với cuộc thanh tra của tỉnh"));

        form.Version = (await world.CheckAsync(check.Id)).Version;
        form.Subject = "Nội dung khác";
        var result = await world.Use<CheckPlanner>().SaveAsync(world.Officer, form);

        Assert.Equal(["Cuộc kiểm tra đã kết thúc hoặc đã hủy: không thể sửa."], result.Errors);
        Assert.Equal("Thực hiện quy định về công khai, minh bạch trong mua sắm", (await world.CheckAsync(check.Id)).Subject);
    }

    [Fact]
    public async Task SaveAsync_ReportsConflict_WhenAnotherOfficerSavedFirst()
    {
        var mine = world.Form();
        ChecksWorld.Ok(await world.Use<CheckPlanner>().SaveAsync(world.Officer, mine));
        var theirs = world.Form();
        (theirs.Id, theirs.Version, theirs.Subject) = (mine.Id, mine.Version, "Sửa của người khác");
        ChecksWorld.Ok(await world.Use<CheckPlanner>().SaveAsync(world.Officer2, theirs));

        mine.Subject = "Sửa của tôi";
        var result = await world.Use<CheckPlanner>().SaveAsync(world.Officer, mine);

        Assert.True(result.Conflict);
        Assert.Equal("Sửa của người khác", (await world.CheckAsync(mine.Id!.Value)).Subject);
    }

    [Fact]
    public async Task StartAsync_Refuses_UntilPlanApprovedAndEveryMemberConfirmed()
    {
        // Next year's plan: no other test approves it.
        var nextYear = new DateOnly(world.Today.Year + 1, 3, 2);
        var form = world.Form(from: nextYear);
        ChecksWorld.Ok(await world.Use<CheckPlanner>().SaveAsync(world.Officer, form));
        var check = await world.CheckAsync(form.Id!.Value);
        ChecksWorld.Ok(await world.Use<CheckTeam>().AddAsync(world.Officer, check.Id, check.Version, world.Officer2StaffId, isLeader: true));
        check = await world.CheckAsync(check.Id);

        var refused = await world.Use<CheckPlanner>().StartAsync(world.Officer, check.Id, check.Version);

        Assert.Contains($"Kế hoạch kiểm tra năm {nextYear.Year} chưa được phê duyệt.", refused.Errors);
        Assert.Contains("Còn thành viên đoàn chưa cam kết không có xung đột lợi ích.", refused.Errors);
        Assert.False((await world.Use<CheckPlanner>().ApprovePlanAsync(world.Officer, nextYear.Year, "1/QĐ", 0)).Succeeded);
        ChecksWorld.Ok(await world.Use<CheckPlanner>().ApprovePlanAsync(world.Director, nextYear.Year, "1/QĐ-SYT", 0));
        // Someone else cannot confirm for a member; the member can.
        Assert.False((await world.Use<CheckTeam>().ConfirmNoConflictAsync(world.HospitalHead, check.Id, check.Team.Single().Id)).Succeeded);
        ChecksWorld.Ok(await world.Use<CheckTeam>().ConfirmNoConflictAsync(world.Officer2, check.Id, check.Team.Single().Id));
        ChecksWorld.Ok(await world.Use<CheckPlanner>().StartAsync(world.Officer, check.Id, (await world.CheckAsync(check.Id)).Version));
        Assert.Equal(CheckStatus.InProgress, (await world.CheckAsync(check.Id)).Status);
    }

    [Fact]
    public async Task AddMemberAsync_Refuses_SomeoneFromTheCheckedUnitOrBelowIt()
    {
        var form = world.Form(unit: world.HospitalId);
        ChecksWorld.Ok(await world.Use<CheckPlanner>().SaveAsync(world.Officer, form));
        var check = await world.CheckAsync(form.Id!.Value);

        var result = await world.Use<CheckTeam>().AddAsync(world.Officer, check.Id, check.Version, world.SuppliesStaffId, isLeader: false);

        Assert.Equal(["Người thuộc đơn vị được kiểm tra (hoặc đơn vị trực thuộc) không được tham gia đoàn kiểm tra."], result.Errors);
        Assert.Empty((await world.CheckAsync(check.Id)).Team);
    }

    [Fact]
    public async Task Services_Refuse_WhenActorIsNotACheckOfficer()
    {
        var form = world.Form();

        Assert.False((await world.Use<CheckPlanner>().SaveAsync(world.HospitalHead, form)).Succeeded);
        Assert.False((await world.Use<CheckPlanner>().SaveAsync(world.Director, form)).Succeeded);
        Assert.False((await world.Use<CheckPlanner>().SaveAsync(world.Nurse, form)).Succeeded);
        Assert.False((await world.Use<CheckPlanner>().SaveAsync(CheckActor.Nobody, form)).Succeeded);
        Assert.Null(form.Id);
    }

    [Fact]
    public async Task Board_ShowsHeadsOnlyTheirUnitsChecks_AndNeverTheFindings()
    {
        var check = await world.ConcludedAsync();
        ChecksWorld.Ok(await world.Use<CheckConclusions>().SaveFindingsAsync(world.Officer2, check.Id, check.Version, "9 gói do cùng một người chấm"));
        var board = world.Use<CheckBoard>();

        var head = await board.DetailAsync(world.HospitalHead, check.Id);
        var leader = await board.DetailAsync(world.Director, check.Id);

        Assert.NotNull(head);
        Assert.False(head.SeesFindings);
        Assert.Null(head.Findings);
        Assert.Null(head.Check.Findings);
        Assert.Equal("Chưa tách người lập dự toán khỏi tổ chấm chào giá.", head.Check.ConclusionSummary);
        Assert.Equal("9 gói do cùng một người chấm", leader!.Findings);
        Assert.Null(await board.DetailAsync(world.OtherHead, check.Id));
        Assert.Null(await board.DetailAsync(world.Nurse, check.Id));
        Assert.DoesNotContain((await board.PlanAsync(world.OtherHead, world.Today.Year)).Checks, c => c.Id == check.Id);
        Assert.Contains((await board.PlanAsync(world.HospitalHead, world.Today.Year)).Checks, c => c.Id == check.Id);
    }
}

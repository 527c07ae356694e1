using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Audit;
using Portal.Web.Features.Programme;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Programme;

public sealed class LoopholeRegisterTests(PortalFactory factory) : IClassFixture<PortalFactory>, IAsyncLifetime
{
    private ProgrammeWorld world = default!;

    public async Task InitializeAsync() => world = await ProgrammeWorld.CreateAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    private LoopholeForm Form(LoopholeSource source = LoopholeSource.Check, string? reference = "KT-01") => new()
    {
        Source = source, SourceReference = reference, Description = "Một người vừa lập dự toán vừa chấm chào giá",
        RuleOrProcess = "Quy chế mua sắm", Proposal = "Tách hai việc cho hai người", OwnerUnitId = world.UnitId,
    };

    private async Task<LoopholeRow> SavedAsync()
    {
        var form = Form();
        var result = await world.Use<LoopholeRegister>().SaveAsync(world.Leader, form);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return (await world.Use<LoopholeRegister>().ListAsync()).Single(r => r.Id == form.Id);
    }

    [Fact]
    public async Task MoveAsync_KeepsDatedHistory_WhenProposedThenAcceptedThenFixed()
    {
        var register = world.Use<LoopholeRegister>();
        var row = await SavedAsync();

        Assert.True((await register.MoveAsync(world.Leader, row.Id, row.Version, LoopholeStatus.Accepted, "Giám đốc đồng ý")).Succeeded);
        row = (await register.ListAsync()).Single(r => r.Id == row.Id);
        Assert.True((await register.MoveAsync(world.Secretary, row.Id, row.Version, LoopholeStatus.Fixed, null)).Succeeded);

        row = (await register.ListAsync()).Single(r => r.Id == row.Id);
        Assert.Equal(LoopholeStatus.Fixed, row.Status);
        Assert.NotNull(row.DecidedOn);
        Assert.NotNull(row.FixedOn);
        var history = await register.HistoryAsync(row.Id);
        Assert.Equal([LoopholeStatus.Proposed, LoopholeStatus.Accepted, LoopholeStatus.Fixed], history.Select(h => h.Status!.Value));
        Assert.Equal("Giám đốc đồng ý", history[1].Note);
        Assert.True(await world.AuditCountAsync(AuditActions.LoopholeStatusChanged) >= 2);
    }

    [Fact]
    public async Task MoveAsync_Refuses_WhenSkippingAcceptanceOrReopeningFixed()
    {
        var register = world.Use<LoopholeRegister>();
        var row = await SavedAsync();

        var skip = await register.MoveAsync(world.Leader, row.Id, row.Version, LoopholeStatus.Fixed, null);

        Assert.False(skip.Succeeded);
        Assert.Contains("Không thể chuyển từ \"Đề xuất\" sang \"Đã khắc phục\".", skip.Errors);
        Assert.Equal(LoopholeStatus.Proposed, (await register.ListAsync()).Single(r => r.Id == row.Id).Status);
    }

    [Fact]
    public async Task MoveAsync_Refuses_WhenRejectingWithoutReason()
    {
        var row = await SavedAsync();

        var result = await world.Use<LoopholeRegister>().MoveAsync(world.Leader, row.Id, row.Version, LoopholeStatus.Rejected, "  ");

        Assert.False(result.Succeeded);
        Assert.Single(await world.Use<LoopholeRegister>().HistoryAsync(row.Id));
    }

    [Fact]
    public async Task MoveAsync_ReportsConflict_WhenVersionStale()
    {
        var register = world.Use<LoopholeRegister>();
        var row = await SavedAsync();
        Assert.True((await register.MoveAsync(world.Leader, row.Id, row.Version, LoopholeStatus.Accepted, null)).Succeeded);

        var result = await register.MoveAsync(world.Secretary, row.Id, row.Version, LoopholeStatus.Rejected, "Đã có người quyết trước");

        Assert.True(result.Conflict);
        Assert.Equal(LoopholeStatus.Accepted, (await register.ListAsync()).Single(r => r.Id == row.Id).Status);
    }

    [Fact]
    public async Task SaveAsync_Refuses_WhenCaseCodeUnknown()
    {
        var result = await world.Use<LoopholeRegister>().SaveAsync(world.Leader, Form(LoopholeSource.Case, "XX-0000-NOPE"));

        Assert.False(result.Succeeded);
        Assert.Contains("Không có vụ việc nào mang mã này.", result.Errors);
    }

    [Fact]
    public async Task SaveAsync_Refuses_WhenPlainStaffRecords()
    {
        var form = Form();

        var result = await world.Use<LoopholeRegister>().SaveAsync(world.Staff, form);

        Assert.False(result.Succeeded);
        Assert.Null(form.Id);
        await using var db = await world.DbAsync();
        Assert.Equal(0, await db.LoopholeEvents.CountAsync(e => e.ActorUserId == world.Staff.UserId));
    }
}

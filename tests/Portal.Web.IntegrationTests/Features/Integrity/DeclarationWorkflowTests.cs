using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Integrity.Declarations;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Integrity;

public sealed class DeclarationWorkflowTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new();
    private IntegrityWorld world = default!;

    public async Task InitializeAsync() => world = await IntegrityWorld.CreateAsync(factory);

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Correction_KeepsEveryRevision_WhenDeclarantResubmits()
    {
        var id = await world.SubmitAsync(world.Declarant, DeclarationKind.Annual, 2026, IntegrityWorld.Form(1_000_000_000));

        Assert.True((await world.Review.RequestCorrectionAsync(world.Reviewer, id, await world.VersionAsync(id), "Thiếu thửa đất ở quê")).Done);
        var asked = await world.DeclarationAsync(id);
        Assert.Equal(DeclarationStatus.CorrectionRequested, asked.Status);
        Assert.True(asked.CorrectionDueOn >= DepartmentDate.Today(factory.Clock).AddDays(7));
        var seen = await world.Workflow.ReadAsync(world.Declarant, id);
        Assert.Equal("Thiếu thửa đất ở quê", seen!.History.Single(h => h.Action == "correction-requested").Note);

        var corrected = IntegrityWorld.Form(1_000_000_000);
        corrected.Items.Add(new AssetItem { Category = AssetCategory.LandUseRight, Description = "Thửa đất ở quê", ValueVnd = 100_000_000 });
        Assert.True((await world.Workflow.SubmitAsync(world.Declarant, id, await world.VersionAsync(id), corrected)).Done);

        Assert.True((await world.Review.AcceptAsync(world.Reviewer, id, await world.VersionAsync(id))).Done);
        var accepted = await world.DeclarationAsync(id);
        Assert.Equal(2, accepted.Revision);
        Assert.Equal(DeclarationStatus.Accepted, accepted.Status);
        Assert.NotNull(accepted.HandOverDueOn);
        await using var db = await world.DbAsync();
        Assert.Equal([1, 2], await db.DeclarationRevisions.Where(r => r.DeclarationId == id).OrderBy(r => r.Number).Select(r => r.Number).ToListAsync());
    }

    [Fact]
    public async Task Save_IsRefusedAndAudited_WhenEditedAfterSubmission()
    {
        var id = await world.SubmitAsync(world.Declarant, DeclarationKind.Annual, 2026, IntegrityWorld.Form(1_000_000_000));

        var result = await world.Workflow.SaveAsync(world.Declarant, id, await world.VersionAsync(id), IntegrityWorld.Form(1));

        Assert.Equal("Declarations.Error.Locked", result.Problem);
        Assert.Contains(await world.RefusalsAsync(), d => d.Contains("Declarations.Error.Locked", StringComparison.Ordinal));
        Assert.Equal(1_000_000_000, (await world.Workflow.ReadAsync(world.Declarant, id))!.Form!.TotalAssetsVnd);
    }

    [Fact]
    public async Task Start_IsRefused_WhenPeriodAlreadyDeclared()
    {
        Assert.True((await world.Workflow.StartAsync(world.Declarant2, DeclarationKind.Annual, 2026, null)).Done);

        Assert.Equal("Declarations.Error.Duplicate", (await world.Workflow.StartAsync(world.Declarant2, DeclarationKind.Annual, 2026, null)).Problem);
        Assert.True((await world.Workflow.StartAsync(world.Declarant2, DeclarationKind.Supplementary, 2026, null)).Done);
    }

    [Theory]
    [InlineData(-5, "Declarations.Error.Negative")]
    [InlineData(long.MaxValue, "Declarations.Error.Absurd")]
    public async Task Submit_IsRefused_WhenAmountNegativeOrAbsurd(long amount, string expected)
    {
        var started = await world.Workflow.StartAsync(world.Declarant, DeclarationKind.Supplementary, 2026, null);

        var result = await world.Workflow.SubmitAsync(world.Declarant, started.Id!.Value, await world.VersionAsync(started.Id.Value), IntegrityWorld.Form(amount));

        Assert.Equal(expected, result.Problem);
        Assert.Equal(DeclarationStatus.Draft, (await world.DeclarationAsync(started.Id.Value)).Status);
    }

    [Fact]
    public async Task Save_IsRefused_WhenSomeoneElseWritesTheDeclaration()
    {
        var started = await world.Workflow.StartAsync(world.Declarant, DeclarationKind.Annual, 2027, null);

        Assert.Equal("Declarations.Error.NotYours", (await world.Workflow.SaveAsync(world.Reviewer, started.Id!.Value, 0, IntegrityWorld.Form(1))).Problem);
    }

    [Fact]
    public async Task Submit_RequiresExplanationAndFlags_WhenIncreaseReachesThresholdInForce()
    {
        // Today is after 2026-07-01 on this machine's clock, so the threshold is 1 billion.
        await world.SubmitAsync(world.Declarant, DeclarationKind.Annual, 2025, IntegrityWorld.Form(1_000_000_000));
        var started = await world.Workflow.StartAsync(world.Declarant, DeclarationKind.Annual, 2026, null);
        var id = started.Id!.Value;
        var today = DepartmentDate.Today(factory.Clock);
        var threshold = today < new DateOnly(2026, 7, 1) ? 300_000_000L : 1_000_000_000L;

        var refused = await world.Workflow.SubmitAsync(world.Declarant, id, await world.VersionAsync(id), IntegrityWorld.Form(1_000_000_000 + threshold));
        Assert.Equal("Declarations.Error.ExplanationRequired", refused.Problem);

        Assert.True((await world.Workflow.SubmitAsync(world.Declarant, id, await world.VersionAsync(id),
            IntegrityWorld.Form(1_000_000_000 + threshold, explanation: "Được thừa kế nhà của bố mẹ"))).Done);
        var flagged = await world.DeclarationAsync(id);
        Assert.Equal(ChangeOutcome.ExplanationRequired, flagged.Change);
        Assert.NotNull(flagged.ComparedWithId);

        var below = await world.SubmitAsync(world.Declarant, DeclarationKind.Supplementary, 2026, IntegrityWorld.Form(1_000_000_000 + (2 * threshold) - 1));
        Assert.Equal(ChangeOutcome.BelowThreshold, (await world.DeclarationAsync(below)).Change);
    }

    [Fact]
    public async Task Remind_FlagsHeadAfterSecondReminder_WhenDeclarationNotFiled()
    {
        var duties = factory.Services.GetRequiredService<DeclarationDuties>();
        Assert.Equal(2, (await duties.PlanAnnualAsync(world.Reviewer, 2026)).Count);
        Assert.Equal(0, (await duties.PlanAnnualAsync(world.Reviewer, 2026)).Count);
        var due = (await duties.DuesAsync(world.Reviewer, 2026, world.Declarant2.StaffId)).Single();
        Assert.Equal(new DateOnly(2026, 12, 30), due.DueOn);

        Assert.True((await duties.RemindAsync(world.Reviewer, due.Id, due.Version)).Done);
        due = (await duties.DuesAsync(world.Reviewer, 2026, world.Declarant2.StaffId)).Single();
        Assert.Equal("Declarations.Error.ReminderSameDay", (await duties.RemindAsync(world.Reviewer, due.Id, due.Version)).Problem);
        factory.Clock.Advance(TimeSpan.FromDays(1));
        Assert.True((await duties.RemindAsync(world.Reviewer, due.Id, due.Version)).Done);

        due = (await duties.DuesAsync(world.Reviewer, 2026, world.Declarant2.StaffId)).Single();
        Assert.NotNull(due.FlaggedToHeadOn);
        Assert.Equal("Trưởng Bệnh Viện", due.HeadName);
        Assert.Equal("Declarations.Error.RemindersDone", (await duties.RemindAsync(world.Reviewer, due.Id, due.Version)).Problem);
    }

    [Fact]
    public async Task Remind_IsRefused_WhenAlreadyFiled()
    {
        var duties = factory.Services.GetRequiredService<DeclarationDuties>();
        await world.SubmitAsync(world.Declarant, DeclarationKind.Annual, 2028, IntegrityWorld.Form(1));
        await duties.PlanAnnualAsync(world.Reviewer, 2028);
        var due = (await duties.DuesAsync(world.Reviewer, 2028, world.Declarant.StaffId)).Single();

        Assert.True(due.Filed);
        Assert.Equal("Declarations.Error.AlreadyFiled", (await duties.RemindAsync(world.Reviewer, due.Id, due.Version)).Problem);
    }

    [Fact]
    public async Task Obligated_DerivesFromPositionAndPost_NotFromEveryone()
    {
        var names = (await factory.Services.GetRequiredService<DeclarationDuties>().ObligatedAsync()).Select(o => o.Name).ToList();

        Assert.Equal(["Chuyên Viên Mua Sắm", "Người Kê Khai"], names.Order().ToList());
    }

    [Fact]
    public async Task RecordPublication_IsRefused_WhenMeetingLacksTwoThirds()
    {
        var id = await world.SubmitAsync(world.Declarant, DeclarationKind.Annual, 2026, IntegrityWorld.Form(1));
        Assert.True((await world.Review.AcceptAsync(world.Reviewer, id, await world.VersionAsync(id))).Done);

        var refused = await world.Review.RecordPublicationAsync(world.Reviewer, id, await world.VersionAsync(id),
            new PublicationRecord(PublicationMethod.Meeting, DepartmentDate.Today(factory.Clock), null, 10, 30));
        var done = await world.Review.RecordPublicationAsync(world.Reviewer, id, await world.VersionAsync(id),
            new PublicationRecord(PublicationMethod.Meeting, DepartmentDate.Today(factory.Clock), null, 20, 30));

        Assert.Equal("Declarations.Error.Quorum", refused.Problem);
        Assert.True(done.Done);
    }
}

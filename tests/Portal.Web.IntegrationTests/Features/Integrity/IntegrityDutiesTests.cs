using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Deadlines.Duties;
using Portal.Web.Features.Integrity.Conflicts;
using Portal.Web.Features.Integrity.Declarations;
using Portal.Web.Features.Integrity.Gifts;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Integrity;

/// <summary>
/// Every integrity deadline is a <see cref="Duty"/> (ADR 0012), written in the same transaction as the record that
/// owes it and closed by the step that discharges it, so the sweep alerts it like a case clock.
/// </summary>
public sealed class IntegrityDutiesTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new();
    private IntegrityWorld world = default!;

    public async Task InitializeAsync() => world = await IntegrityWorld.CreateAsync(factory);

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    private T Get<T>() where T : notnull => factory.Services.GetRequiredService<T>();

    private DateOnly Today => DepartmentDate.Today(factory.Clock);

    private async Task<Duty?> DutyAsync(string kind, Guid subjectId)
    {
        await using var db = await world.DbAsync();
        return await db.Duties.AsNoTracking().SingleOrDefaultAsync(d => d.Kind == kind && d.SubjectId == subjectId);
    }

    [Fact]
    public async Task PlannedDeclaration_IsADutyOfTheDeclarant_UntilSubmitted()
    {
        var placed = Today.AddDays(-2);
        var planned = await Get<DeclarationDuties>().PlanAsync(world.Reviewer, world.Declarant.StaffId!.Value, DeclarationKind.First, placed.Year, placed);
        Assert.True(planned.Done, planned.Problem);
        await using (var db = await world.DbAsync())
        {
            var due = await db.DeclarationDues.AsNoTracking().SingleAsync(d => d.Id == planned.Id);
            var duty = await DutyAsync(DutyKinds.Declaration, due.Id);
            Assert.NotNull(duty);
            Assert.Equal((DeclarationDeadlines.FirstRule, placed, due.DueOn, world.Declarant.StaffId, world.HospitalId, (DateOnly?)null),
                (duty.RuleCode, duty.StartedOn, duty.DueOn, duty.OwnerStaffId, duty.UnitId, duty.DoneOn));
            Assert.NotNull(duty.RuleId);
            // A code only: the declarant's name never reaches a notice.
            Assert.Equal($"KK-{due.PeriodKey}", duty.Label);
            Assert.True(await db.DutyAlertPoints.AnyAsync(p => p.DutyId == duty.Id && p.Point == "due"));
        }

        await world.SubmitAsync(world.Declarant, DeclarationKind.First, placed.Year, IntegrityWorld.Form(1_000_000_000), placed);
        Assert.Equal(Today, (await DutyAsync(DutyKinds.Declaration, planned.Id!.Value))!.DoneOn);
    }

    [Fact]
    public async Task PlanAnnual_TracksADutyPerDeclarant_UnderTheAnnualRule()
    {
        var year = Today.Year;
        Assert.Equal(2, (await Get<DeclarationDuties>().PlanAnnualAsync(world.Reviewer, year)).Count);
        await using var db = await world.DbAsync();
        var duties = await db.Duties.AsNoTracking().Where(d => d.Kind == DutyKinds.Declaration).ToListAsync();
        Assert.Equal(new[] { world.Declarant.StaffId, world.Declarant2.StaffId }.Order(), duties.Select(d => d.OwnerStaffId).Order());
        Assert.All(duties, d => Assert.Equal((DeclarationDutyTracking.AnnualRule, $"KK-annual-{year}"), (d.RuleCode, d.Label)));
        Assert.All(duties, d => Assert.NotNull(d.RuleId));
    }

    [Fact]
    public async Task Review_TracksCorrectionHandOverAndPublication_AndClosesEachWhenDone()
    {
        var id = await world.SubmitAsync(world.Declarant, DeclarationKind.Annual, Today.Year, IntegrityWorld.Form(1_000_000_000));
        Assert.True((await world.Review.RequestCorrectionAsync(world.Reviewer, id, await world.VersionAsync(id), "Thiếu thửa đất ở quê")).Done);
        var correction = await DutyAsync(DutyKinds.DeclarationCorrection, id);
        Assert.Equal(((await world.DeclarationAsync(id)).CorrectionDueOn, world.Declarant.StaffId, (DateOnly?)null), (correction!.DueOn, correction.OwnerStaffId, correction.DoneOn));

        Assert.True((await world.Workflow.SubmitAsync(world.Declarant, id, await world.VersionAsync(id), IntegrityWorld.Form(1_000_000_000))).Done);
        Assert.Equal(Today, (await DutyAsync(DutyKinds.DeclarationCorrection, id))!.DoneOn);

        Assert.True((await world.Review.AcceptAsync(world.Reviewer, id, await world.VersionAsync(id))).Done);
        var accepted = await world.DeclarationAsync(id);
        var handOver = await DutyAsync(DutyKinds.DeclarationHandOver, id);
        var publish = await DutyAsync(DutyKinds.DeclarationPublication, id);
        Assert.Equal((accepted.HandOverDueOn, world.Reviewer.StaffId), (handOver!.DueOn, handOver.OwnerStaffId));
        Assert.Equal((accepted.PublishDueOn, world.Reviewer.StaffId), (publish!.DueOn, publish.OwnerStaffId));

        Assert.True((await world.Review.HandOverAsync(world.Reviewer, id, await world.VersionAsync(id))).Done);
        Assert.Equal(Today, (await DutyAsync(DutyKinds.DeclarationHandOver, id))!.DoneOn);
        Assert.Null((await DutyAsync(DutyKinds.DeclarationPublication, id))!.DoneOn);
        Assert.True((await world.Review.RecordPublicationAsync(world.Reviewer, id, await world.VersionAsync(id),
            new PublicationRecord(PublicationMethod.Meeting, Today, null, 20, 30))).Done);
        Assert.Equal(Today, (await DutyAsync(DutyKinds.DeclarationPublication, id))!.DoneOn);
    }

    [Fact]
    public async Task Gift_IsADutyToHandIn_UntilTheRegisterRecordsIt()
    {
        var gifts = Get<GiftRegister>();
        var received = Today.AddDays(-1);
        var reported = await gifts.ReportAsync(world.Declarant, new GiftInput(world.Declarant.StaffId!.Value, received, "Nguyễn Văn Tặng", "Công ty Dược B", "Đồng hồ", 15_000_000));
        Assert.True(reported.Done, reported.Problem);
        var gift = (await gifts.RegisterAsync(world.Reviewer, world.HospitalId)).Single().Gift;
        var duty = await DutyAsync(DutyKinds.GiftHandling, gift.Id);
        Assert.Equal((GiftRegister.ReportRule, received, gift.ReportDueOn, world.Declarant.StaffId, world.HospitalId), (duty!.RuleCode, duty.StartedOn, duty.DueOn, duty.OwnerStaffId, duty.UnitId));
        Assert.StartsWith("QT-", duty.Label, StringComparison.Ordinal);
        Assert.DoesNotContain("Tặng", duty.Label, StringComparison.Ordinal);

        Assert.True((await gifts.HandleAsync(world.Reviewer, gift.Id, gift.Version, new GiftHandling(received, null, GiftDisposition.Pending, null, null, null))).Done);
        Assert.Equal(Today, (await DutyAsync(DutyKinds.GiftHandling, gift.Id))!.DoneOn);
    }

    [Fact]
    public async Task Conflict_IsTheHeadsDutyToDecideThenToNotify()
    {
        var conflicts = Get<ConflictReports>();
        var reported = await conflicts.ReportAsync(world.Declarant2, new ConflictInput(Today, "Chấm thầu gói vật tư", "Em ruột làm ở công ty dự thầu"));
        Assert.True(reported.Done, reported.Problem);
        var id = reported.Id!.Value;
        var decide = await DutyAsync(DutyKinds.ConflictDecision, id);
        Assert.Equal((ConflictReports.DecideRule, world.Head.StaffId, (DateOnly?)null), (decide!.RuleCode, decide.OwnerStaffId, decide.DoneOn));

        long version;
        await using (var db = await world.DbAsync())
        {
            var report = await db.ConflictReports.AsNoTracking().SingleAsync(r => r.Id == id);
            Assert.Equal(report.DecisionDueOn, decide.DueOn);
            version = report.Version;
        }

        Assert.True((await conflicts.DecideAsync(world.Head, id, version, ConflictDecision.SuspendTask, "Giao người khác chấm thầu")).Done);
        Assert.Equal(Today, (await DutyAsync(DutyKinds.ConflictDecision, id))!.DoneOn);
        var notify = await DutyAsync(DutyKinds.ConflictNotification, id);
        Assert.Equal((ConflictReports.NotifyRule, world.Head.StaffId, (DateOnly?)null), (notify!.RuleCode, notify.OwnerStaffId, notify.DoneOn));

        await using (var db = await world.DbAsync())
        {
            version = await db.ConflictReports.Where(r => r.Id == id).Select(r => r.Version).SingleAsync();
        }

        Assert.True((await conflicts.NotifyAsync(world.Head, id, version)).Done);
        Assert.Equal(Today, (await DutyAsync(DutyKinds.ConflictNotification, id))!.DoneOn);
    }
}

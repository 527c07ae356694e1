using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Accountability;
using Portal.Web.Features.Deadlines.Duties;
using Portal.Web.Features.Deadlines.Rules;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Accountability;

/// <summary>Heads' responsibility, discipline and review flags, suspensions and rotation against a real database, with their duties.</summary>
public sealed class AccountabilityTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new();
    private AccountabilityWorld world = default!;

    public async Task InitializeAsync() => world = await AccountabilityWorld.CreateAsync(factory);

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    private DisciplineRegister Register => world.Get<DisciplineRegister>();
    private HeadsResponsibility Heads => world.Get<HeadsResponsibility>();

    [Fact]
    public async Task HeadsResponsibility_IsDue30WorkingDaysAfterTheConclusion_AndItsDecisionDisciplinesAndRaisesTheReviewFlag()
    {
        var concluded = world.Today.AddDays(-3);
        Assert.True((await Register.RecordAsync(world.Personnel, new DisciplineInput(world.WardHead.StaffId!.Value, DisciplineForm.Reprimand, "12/QĐ", world.Today.AddYears(-1), "Vi phạm quy chế"))).Done);

        var recorded = await Heads.RecordAsync(world.Personnel, new ResponsibilityInput(world.WardHead.StaffId!.Value, ConclusionSource.Check, "05/KL-TTr", ResponsibilitySeverity.LessSerious, concluded));

        Assert.True(recorded.Done, recorded.Problem);
        var expectedDue = (await world.Get<DueDates>().ForAsync("heads-responsibility.consider", concluded))!.Date;
        var duty = (await world.DutyAsync(DutyKinds.HeadResponsibility, recorded.Id!.Value))!;
        Assert.Equal((expectedDue, concluded, "TN-" + concluded.Year + "-01", "heads-responsibility.consider"), (duty.DueOn, duty.StartedOn, duty.Label, duty.RuleCode));
        Assert.Null(duty.DoneOn);
        Assert.True(expectedDue.DayNumber - concluded.DayNumber >= 40, "30 working days span at least six calendar weeks");

        var decided = await Heads.DecideAsync(world.Director, recorded.Id.Value, await world.VersionAsync<HeadResponsibility>(recorded.Id.Value),
            new ResponsibilityDecision(ResponsibilityOutcome.Disciplined, null, DisciplineForm.Reprimand, "30/QĐ-SYT"));

        Assert.True(decided.Done, decided.Problem);
        Assert.False(decided.Late);
        Assert.Equal(world.Today, (await world.DutyAsync(DutyKinds.HeadResponsibility, recorded.Id.Value))!.DoneOn);
        await using var db = await world.DbAsync();
        var discipline = await db.DisciplineRecords.SingleAsync(r => r.HeadResponsibilityId == recorded.Id);
        Assert.Equal((DisciplineForm.Reprimand, world.Today.AddMonths(12).AddDays(-1)), (discipline.Form, discipline.EffectiveUntil));
        var flag = await db.ReviewFlags.SingleAsync();
        Assert.Equal(("review.two-reprimands", FlagDecision.Open, world.WardHead.StaffId), (flag.RuleCode, flag.Decision, (Guid?)flag.StaffMemberId));
        Assert.Contains(discipline.Code, flag.Evidence, StringComparison.Ordinal);
        Assert.Single(await world.AuditAsync(AccountabilityAudit.FlagRaised));
        Assert.Equal(["recorded", "decided"], await db.AccountabilityEvents.Where(e => e.SubjectId == recorded.Id).OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => e.Action).ToListAsync());
    }

    [Fact]
    public async Task HeadsResponsibilityDecision_IsRecordedAndMarkedLate_AfterTheDueDay()
    {
        var recorded = await Heads.RecordAsync(world.Personnel, new ResponsibilityInput(world.WardHead.StaffId!.Value, ConclusionSource.Check, "06/KL-TTr", ResponsibilitySeverity.Serious, world.Today.AddDays(-80)));
        Assert.True(recorded.Done, recorded.Problem);

        var decided = await Heads.DecideAsync(world.Director, recorded.Id!.Value, await world.VersionAsync<HeadResponsibility>(recorded.Id.Value),
            new ResponsibilityDecision(ResponsibilityOutcome.NotDisciplined, "Đã chủ động phát hiện và xử lý"));

        Assert.True(decided.Late);
        await using var db = await world.DbAsync();
        Assert.True((await db.HeadResponsibilities.SingleAsync()).DecidedLate);
        Assert.Contains(await world.AuditAsync(AccountabilityAudit.ResponsibilityDecided), d => d.EndsWith(";late", StringComparison.Ordinal));
        // Serious corruption in the unit is itself a ground for a leader to consider resignation.
        Assert.Equal("review.serious-in-unit", (await db.ReviewFlags.SingleAsync()).RuleCode);
    }

    [Fact]
    public async Task HeadsResponsibility_IsRefused_ForAnUnconcludedCaseAMemberOrAStaleDecision()
    {
        Assert.Equal("Accountability.Error.CaseNotConcluded",
            (await Heads.RecordAsync(world.Personnel, new ResponsibilityInput(world.WardHead.StaffId!.Value, ConclusionSource.Case, "TC-2026-99", ResponsibilitySeverity.Serious))).Problem);
        Assert.Equal("Accountability.Error.NotAHead",
            (await Heads.RecordAsync(world.Personnel, new ResponsibilityInput(world.Nurse.StaffId!.Value, ConclusionSource.Check, "07/KL", ResponsibilitySeverity.Serious, world.Today))).Problem);
        var recorded = await Heads.RecordAsync(world.Personnel, new ResponsibilityInput(world.WardHead.StaffId!.Value, ConclusionSource.Check, "07/KL", ResponsibilitySeverity.LessSerious, world.Today));
        Assert.Equal("Accountability.Error.Duplicate",
            (await Heads.RecordAsync(world.Personnel, new ResponsibilityInput(world.WardHead.StaffId!.Value, ConclusionSource.Check, "07/KL", ResponsibilitySeverity.LessSerious, world.Today))).Problem);

        var stale = await Heads.DecideAsync(world.Director, recorded.Id!.Value, 99, new ResponsibilityDecision(ResponsibilityOutcome.NotDisciplined, "x"));

        Assert.True(stale.Stale);
        Assert.Equal(4, (await world.AuditAsync(AccountabilityAudit.Refused)).Count);
    }

    [Fact]
    public async Task Suspension_IsDecidedWithin5WorkingDays_LastsAtMost90Days_ExtendsOnce_AndEnds()
    {
        var service = world.Get<Suspensions>();
        var requested = await service.RequestAsync(world.Personnel, new SuspensionInput(world.Nurse.StaffId!.Value, SuspensionKind.Transfer, "05/KL-TTr"));
        Assert.True(requested.Done, requested.Problem);
        var id = requested.Id!.Value;
        var decideBy = (await world.Get<DueDates>().ForAsync("suspension.decide", world.Today))!.Date;
        Assert.Equal((decideBy, "suspension.decide"), ((await world.DutyAsync(DutyKinds.Suspension, id))!.DueOn, (await world.DutyAsync(DutyKinds.Suspension, id))!.RuleCode));

        var starts = world.Today;
        Assert.Equal("Accountability.Error.SuspensionTooLong",
            (await service.DecideAsync(world.Personnel, id, await world.VersionAsync<Suspension>(id), new SuspensionDecision(true, "1/QĐ", starts, starts.AddDays(90)))).Problem);
        Assert.Equal("Accountability.Error.EndsBeforeStarts",
            (await service.DecideAsync(world.Personnel, id, await world.VersionAsync<Suspension>(id), new SuspensionDecision(true, "1/QĐ", starts, starts.AddDays(-1)))).Problem);
        Assert.True((await service.DecideAsync(world.Personnel, id, await world.VersionAsync<Suspension>(id), new SuspensionDecision(true, "1/QĐ", starts, starts.AddDays(89)))).Done);
        Assert.Equal((starts.AddDays(89), "suspension.term"), ((await world.DutyAsync(DutyKinds.Suspension, id))!.DueOn, (await world.DutyAsync(DutyKinds.Suspension, id))!.RuleCode));

        Assert.Equal("Accountability.Error.SuspensionTooLong", (await service.ExtendAsync(world.Personnel, id, await world.VersionAsync<Suspension>(id), starts.AddDays(89 + 91))).Problem);
        Assert.True((await service.ExtendAsync(world.Personnel, id, await world.VersionAsync<Suspension>(id), starts.AddDays(89 + 90))).Done);
        Assert.Equal("Accountability.Error.ExtensionLimit", (await service.ExtendAsync(world.Personnel, id, await world.VersionAsync<Suspension>(id), starts.AddDays(200))).Problem);
        Assert.Equal(starts.AddDays(179), (await world.DutyAsync(DutyKinds.Suspension, id))!.DueOn);

        Assert.True((await service.EndAsync(world.Personnel, id, await world.VersionAsync<Suspension>(id), world.Today)).Done);
        Assert.Equal(world.Today, (await world.DutyAsync(DutyKinds.Suspension, id))!.DoneOn);
    }

    [Fact]
    public async Task SuspensionDecision_AfterFiveWorkingDays_IsRecordedLate()
    {
        var service = world.Get<Suspensions>();
        var id = (await service.RequestAsync(world.Personnel, new SuspensionInput(world.Nurse.StaffId!.Value, SuspensionKind.Suspend, "05/KL-TTr", world.Today.AddDays(-14)))).Id!.Value;

        var decided = await service.DecideAsync(world.Personnel, id, await world.VersionAsync<Suspension>(id), new SuspensionDecision(true, "2/QĐ", world.Today, world.Today.AddDays(30)));

        Assert.True(decided.Done && decided.Late);
    }

    [Fact]
    public async Task Rotation_RefusesAPeriodOutsideTwoToFiveYears_PlansWhoIsDue_AndPostponesPastAnExemption()
    {
        var rotation = world.Get<JobRotation>();
        Assert.Equal("Accountability.Error.RotationPeriod", (await rotation.ListPositionAsync(world.Personnel, world.AccountantPositionId, 6, "NĐ 59/2019")).Problem);
        Assert.Equal("Accountability.Error.RotationPeriod", (await rotation.ListPositionAsync(world.Personnel, world.AccountantPositionId, 1, "NĐ 59/2019")).Problem);
        var listing = await rotation.ListPositionAsync(world.Personnel, world.AccountantPositionId, 3, "NĐ 59/2019");
        Assert.True(listing.Done, listing.Problem);
        var since = new DateOnly(world.Today.Year - 3, 3, 1);
        var assigned = await rotation.AssignAsync(world.Personnel, world.Nurse.StaffId!.Value, listing.Id!.Value, since);
        var id = assigned.Id!.Value;

        var due = new DateOnly(world.Today.Year, 3, 1);
        Assert.Equal((due, "rotation.rotate", world.WardId), ((await world.DutyAsync(DutyKinds.Rotation, id))!.DueOn, (await world.DutyAsync(DutyKinds.Rotation, id))!.RuleCode, (await world.DutyAsync(DutyKinds.Rotation, id))!.UnitId));
        Assert.Equal(due, Assert.Single(await rotation.PlanAsync(world.Personnel, world.Today.Year)).DueOn);
        Assert.Empty(await rotation.PlanAsync(world.Personnel, world.Today.Year - 1));

        Assert.Equal("Accountability.Error.EndsBeforeStarts", (await rotation.ExemptAsync(world.Personnel, id, ExemptionReason.LongTraining, null, due, due.AddDays(-1))).Problem);
        Assert.True((await rotation.ExemptAsync(world.Personnel, id, ExemptionReason.LongTraining, null, due.AddMonths(-1), due.AddMonths(11))).Done);
        Assert.Equal(due.AddMonths(11).AddDays(1), (await world.DutyAsync(DutyKinds.Rotation, id))!.DueOn);
        Assert.Equal(ExemptionReason.LongTraining, Assert.Single(await rotation.PlanAsync(world.Personnel, world.Today.Year)).Exemption?.Reason);

        Assert.True((await rotation.RotatedAsync(world.Personnel, id, await world.VersionAsync<RotationAssignment>(id), world.Today)).Done);
        Assert.NotNull((await world.DutyAsync(DutyKinds.Rotation, id))!.DoneOn);
    }

    [Fact]
    public async Task Discipline_IsRefused_ForTermsBeforeTheDecisionFutureDatesAndStaleAnnulments()
    {
        var nurse = world.Nurse.StaffId!.Value;
        Assert.Equal("Accountability.Error.EffectiveBeforeDecision",
            (await Register.RecordAsync(world.Personnel, new DisciplineInput(nurse, DisciplineForm.Warning, "1/QĐ", world.Today, "x", world.Today.AddDays(-1)))).Problem);
        Assert.Equal("Accountability.Error.FutureDate",
            (await Register.RecordAsync(world.Personnel, new DisciplineInput(nurse, DisciplineForm.Warning, "1/QĐ", world.Today.AddDays(1), "x"))).Problem);
        Assert.Equal("Accountability.Error.FormRequired",
            (await Register.RecordAsync(world.Personnel, new DisciplineInput(nurse, (DisciplineForm)0, "1/QĐ", world.Today, "x"))).Problem);
        var id = (await Register.RecordAsync(world.Personnel, new DisciplineInput(nurse, DisciplineForm.Warning, "1/QĐ", world.Today, "x"))).Id!.Value;
        var version = await world.VersionAsync<DisciplineRecord>(id);
        Assert.True((await Register.AnnulAsync(world.Personnel, id, version, "Hủy theo quyết định giải quyết khiếu nại")).Done);

        Assert.Equal("Accountability.Error.AlreadyDone", (await Register.AnnulAsync(world.Personnel, id, version, "again")).Problem);
        Assert.False((await world.DbAsync()).DisciplineRecords.Single().InForceOn(world.Today));
    }
}

using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Deadlines.Duties;
using Portal.Web.Features.Integrity;
using Portal.Web.Features.Integrity.Declarations;
using Portal.Web.Features.Integrity.Draw;
using Portal.Web.Features.Integrity.Policies;
using Portal.Web.Features.Organisation;
using Portal.Web.Infrastructure.Cli;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Integrity;

/// <summary>Who must declare, planning placement and appointment declarations, draw exclusions, and policy acknowledgements as duties.</summary>
public sealed class IntegrityPlanningTests : IAsyncLifetime
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
    public async Task PlanAsync_SetsTheAppointmentDueFromTheRuleInForce_AndTracksItsDuty()
    {
        var appointed = Today.AddDays(40);
        int days;
        await using (var db = await world.DbAsync())
        {
            days = (await db.DeadlineRules.Where(r => r.Code == DeclarationDeadlines.AppointmentRule).ToListAsync()).Single(r => r.IsInForceOn(appointed)).Duration;
        }

        var planned = await Get<DeclarationDuties>().PlanAsync(world.Reviewer, world.Head.StaffId!.Value, DeclarationKind.Appointment, appointed.Year, appointed);

        Assert.True(planned.Done, planned.Problem);
        var due = (await Get<DeclarationDuties>().DuesAsync(world.Reviewer, staffId: world.Head.StaffId)).Single();
        // At least the rule's days before the appointment, moved back (never forward) off a non-working day.
        Assert.InRange(due.DueOn, appointed.AddDays(-days - 6), appointed.AddDays(-days));
        var duty = (await DutyAsync(DutyKinds.Declaration, planned.Id!.Value))!;
        Assert.Equal((due.DueOn, world.Head.StaffId, DeclarationDeadlines.AppointmentRule), (duty.DueOn, duty.OwnerStaffId, duty.RuleCode));
        Assert.Equal($"KK-appointment-{appointed:yyyy-MM-dd}", duty.Label);
    }

    [Fact]
    public async Task PlanAsync_RefusesImpossibleDatesAndDuplicates_WithoutCreatingDuties()
    {
        var duties = Get<DeclarationDuties>();
        var staff = world.Declarant.StaffId!.Value;

        var pastAppointment = await duties.PlanAsync(world.Reviewer, staff, DeclarationKind.Appointment, Today.Year, Today.AddDays(-1));
        var futurePlacement = await duties.PlanAsync(world.Reviewer, staff, DeclarationKind.First, Today.Year, Today.AddDays(1));
        var noDate = await duties.PlanAsync(world.Reviewer, staff, DeclarationKind.First, Today.Year, null);
        Assert.True((await duties.PlanAsync(world.Reviewer, staff, DeclarationKind.First, Today.Year, Today.AddDays(-3))).Done);
        var duplicate = await duties.PlanAsync(world.Reviewer, staff, DeclarationKind.First, Today.Year, Today.AddDays(-3));

        Assert.Equal("Integrity.Error.AppointmentInPast", pastAppointment.Problem);
        Assert.Equal("Integrity.Error.PlacementInFuture", futurePlacement.Problem);
        Assert.Equal("Declarations.Error.Period", noDate.Problem);
        Assert.Equal("Declarations.Error.Duplicate", duplicate.Problem);
        await using var db = await world.DbAsync();
        Assert.Equal(1, await db.Duties.CountAsync(d => d.Kind == DutyKinds.Declaration && d.OwnerStaffId == staff));
    }

    [Fact]
    public async Task Draw_PublishesExclusionCountsByGround_AndStaysReproducible()
    {
        var draws = Get<VerificationDraws>();
        Assert.Equal("Integrity.Error.ExclusionGround", (await draws.ExcludeAsync(world.Reviewer, 2032, world.Declarant2.StaffId!.Value, "holiday", null)).Problem);
        Assert.True((await draws.ExcludeAsync(world.Reviewer, 2032, world.Declarant2.StaffId!.Value, DrawExclusionGrounds.LongLeave, "Nghỉ thai sản tháng 3-9")).Done);

        var candidates = await draws.CandidatesAsync(2032);
        Assert.True((await draws.DrawAsync(world.Reviewer, 2032, "xo-so-2032-01-12")).Done);

        Assert.Equal([world.Declarant.StaffId!.Value], candidates.Eligible.Select(e => e.StaffId));
        var draw = (await draws.ForYearAsync(2032))!.Draw;
        Assert.Equal("long-leave=1", draw.ExcludedByGround);
        Assert.DoesNotContain(world.Declarant2.StaffId!.Value.ToString(), draw.EligibleList, StringComparison.OrdinalIgnoreCase);
        Assert.True(await draws.VerifyAsync(2032));
        var output = new StringWriter();
        Assert.Equal(0, await Verbs.RunVerbAsync(factory.Services, ["draw", "show", "2032"], output, TextWriter.Null, CancellationToken.None));
        Assert.Contains("excluded: long-leave=1", output.ToString(), StringComparison.Ordinal);
        await using var db = await world.DbAsync();
        var audited = await db.AuditEntries.Where(e => e.Action == IntegrityAudit.DrawExcluded).Select(e => e.Detail!).SingleAsync();
        Assert.Equal("year=2032;ground=long-leave", audited);
        Assert.Contains("excluded=long-leave=1", await db.AuditEntries.Where(e => e.Action == IntegrityAudit.DrawMade).Select(e => e.Detail!).SingleAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PolicyVersion_GivesEveryoneItAppliesToADuty_ClosedByAcknowledgingAndBySupersession()
    {
        var library = Get<PolicyLibrary>();
        var v1 = await library.PublishAsync(world.Reviewer, new PolicyInput("KK", "Quy chế kê khai", PolicyAudience.Declarants, "Kê khai đúng hạn.", "Luật PCTN 2018", Today));
        var line = (await library.InForceAsync()).Single();

        var mine = (await DutyAsync(DutyKinds.PolicyAcknowledgement, PolicyDuties.Subject(v1.Id!.Value, world.Declarant.StaffId!.Value)))!;
        Assert.Equal((line.AcknowledgeBy, world.Declarant.StaffId, "QT-KK-v1", PolicyLibrary.AcknowledgeRule), (mine.DueOn, mine.OwnerStaffId, mine.Label, mine.RuleCode));
        Assert.Null(await DutyAsync(DutyKinds.PolicyAcknowledgement, PolicyDuties.Subject(v1.Id.Value, world.Head.StaffId!.Value)));
        Assert.True((await library.AcknowledgeAsync(world.Declarant, v1.Id.Value)).Done);
        Assert.Equal(Today, (await DutyAsync(DutyKinds.PolicyAcknowledgement, mine.SubjectId))!.DoneOn);

        // Version 2 takes effect tomorrow: the nightly sync closes what is left of version 1 and opens version 2 for both declarants.
        var v2 = await library.PublishAsync(world.Reviewer, new PolicyInput("KK", "Quy chế kê khai", PolicyAudience.Declarants, "Bản sửa đổi.", "Luật PCTN 2018", Today.AddDays(1)));
        factory.Clock.Advance(TimeSpan.FromDays(1));
        var sync = await Get<PolicyDuties>().SyncAsync();

        Assert.Equal((2, 1), (sync.Started, sync.Closed));
        Assert.NotNull((await DutyAsync(DutyKinds.PolicyAcknowledgement, PolicyDuties.Subject(v1.Id.Value, world.Declarant2.StaffId!.Value)))!.DoneOn);
        Assert.Null((await DutyAsync(DutyKinds.PolicyAcknowledgement, PolicyDuties.Subject(v2.Id!.Value, world.Declarant2.StaffId!.Value)))!.DoneOn);
        Assert.Equal(new PolicySync(0, 0), await Get<PolicyDuties>().SyncAsync());
    }

    [Fact]
    public async Task StartManyAsync_SchedulesTheSamePointsAsTrackAsync_AndLeavesExistingDutiesAlone()
    {
        var (one, two, existing) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        DutyStart Start(Guid subject) => new("test.batch", subject, "QT-TEST", "gift.report", world.HospitalId, world.Declarant.StaffId, "/integrity/gifts", Today, Today.AddDays(9));
        await using (var db = await world.DbAsync())
        {
            await DutyClocks.TrackAsync(db, Start(one));
            await DutyClocks.TrackAsync(db, Start(existing) with { DueOn = Today.AddDays(20) });
            await db.SaveChangesAsync();
        }

        await using (var db = await world.DbAsync())
        {
            Assert.Equal(1, await DutyClocks.StartManyAsync(db, [Start(two), Start(existing)]));
            await db.SaveChangesAsync();
        }

        await using var read = await world.DbAsync();
        var points = await read.DutyAlertPoints.Join(read.Duties, p => p.DutyId, d => d.Id, (p, d) => new { d.SubjectId, p.Point, p.On }).ToListAsync();
        Assert.Contains(points, p => p.SubjectId == two);
        Assert.Equal(points.Where(p => p.SubjectId == one).Select(p => (p.Point, p.On)).Order(), points.Where(p => p.SubjectId == two).Select(p => (p.Point, p.On)).Order());
        Assert.Equal(Today.AddDays(20), (await read.Duties.SingleAsync(d => d.SubjectId == existing)).DueOn);
    }

    [Fact]
    public async Task Designations_ChangeTheDeclarantsAtOnce_AndAreAuditedForAdministratorsOnly()
    {
        var admin = await factory.CreateAsync(Roles.Administrator, withKey: false);
        var administrator = new IntegrityActor(admin.Id, null, null, new HashSet<string> { Roles.Administrator });
        var designations = Get<DeclarantDesignations>();
        Position officer;
        StaffMember head;
        await using (var db = await world.DbAsync())
        {
            officer = await db.Positions.AsNoTracking().SingleAsync(p => p.Code == "CV");
            head = await db.StaffMembers.AsNoTracking().SingleAsync(s => s.Id == world.Head.StaffId);
        }

        Assert.Equal(IntegrityResult.NotPermitted, (await designations.MarkPositionAsync(world.Reviewer, officer.Id, true, officer.Version)).Problem);
        Assert.True((await designations.MarkPositionAsync(administrator, officer.Id, true, officer.Version)).Done);
        Assert.True((await designations.MarkPostAsync(administrator, head.Id, SensitivePost.Finance, head.Version)).Done);

        var declarants = (await Get<DeclarationDuties>().ObligatedAsync()).Select(o => o.StaffId).ToHashSet();
        Assert.Superset(new HashSet<Guid> { world.Reviewer.StaffId!.Value, world.Head.StaffId!.Value }, declarants);
        var history = await designations.HistoryAsync(administrator);
        Assert.Equal(["post=Finance;was=None", "code=CV;declares=True;was=False"], history.Select(h => h.Detail));
        Assert.Equal(head.FullName, history[0].Subject);
        Assert.Empty(await designations.HistoryAsync(world.Reviewer));
    }
}

using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Accountability;
using Portal.Web.Features.Reports;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Accountability;

/// <summary>Who sees which records (by role and unit), who may write and decide, that every read is audited, and the report's figures.</summary>
public sealed class AccountabilityAccessTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new();
    private AccountabilityWorld world = default!;
    private string nurseCode = "", otherHeadCode = "";

    public async Task InitializeAsync()
    {
        world = await AccountabilityWorld.CreateAsync(factory);
        var register = world.Get<DisciplineRegister>();
        var nurse = await register.RecordAsync(world.Personnel, new DisciplineInput(world.Nurse.StaffId!.Value, DisciplineForm.Reprimand, "1/QĐ", world.Today, "Vi phạm A"));
        var other = await register.RecordAsync(world.Personnel, new DisciplineInput(world.OtherHead.StaffId!.Value, DisciplineForm.Warning, "2/QĐ", world.Today, "Vi phạm B"));
        await using var db = await world.DbAsync();
        nurseCode = (await db.DisciplineRecords.SingleAsync(r => r.Id == nurse.Id)).Code;
        otherHeadCode = (await db.DisciplineRecords.SingleAsync(r => r.Id == other.Id)).Code;
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task List_ShowsAllToPersonnelAndDirector_TheirUnitsToHeads_OwnToStaff_NothingToOthers()
    {
        var register = world.Get<DisciplineRegister>();
        async Task<string[]> CodesAsync(AccountabilityActor a) => (await register.ListAsync(a)).Select(l => l.Record.Code).Order(StringComparer.Ordinal).ToArray();
        string[] both = [nurseCode, otherHeadCode];

        Assert.Equal(both.Order(StringComparer.Ordinal), await CodesAsync(world.Personnel));
        Assert.Equal(both.Order(StringComparer.Ordinal), await CodesAsync(world.Director));
        // The hospital's head sees the ward below the hospital, not the other hospital.
        Assert.Equal([nurseCode], await CodesAsync(world.HospitalHead));
        Assert.Equal([otherHeadCode], await CodesAsync(world.OtherHead));
        Assert.Equal([nurseCode], await CodesAsync(world.Nurse));
        Assert.Empty(await CodesAsync(world.Handler));

        var reads = await world.AuditAsync(AccountabilityAudit.Viewed);
        Assert.Contains(reads, d => d == $"what=discipline;scope=unit;codes={nurseCode}");
        Assert.Contains(reads, d => d == $"what=discipline;scope=self;codes={nurseCode}");
        Assert.DoesNotContain(reads, d => d.Contains("Vi phạm", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Commands_AreRefusedAndAudited_ForHeadsStaffAndOtherRoles()
    {
        var input = new DisciplineInput(world.Nurse.StaffId!.Value, DisciplineForm.Warning, "3/QĐ", world.Today, "x");
        foreach (var actor in new[] { world.HospitalHead, world.WardHead, world.Nurse, world.Handler })
        {
            Assert.Equal("Accountability.Error.NotAllowed", (await world.Get<DisciplineRegister>().RecordAsync(actor, input)).Problem);
            Assert.Equal("Accountability.Error.NotAllowed", (await world.Get<Suspensions>().RequestAsync(actor, new SuspensionInput(world.Nurse.StaffId!.Value, SuspensionKind.Suspend, "x"))).Problem);
            Assert.Equal("Accountability.Error.NotAllowed", (await world.Get<JobRotation>().ListPositionAsync(actor, world.AccountantPositionId, 3, "x")).Problem);
        }

        Assert.Equal(12, (await world.AuditAsync(AccountabilityAudit.Refused)).Count(d => d.EndsWith("problem=Accountability.Error.NotAllowed", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task History_IsShownOnlyToThoseWhoMayReadTheRecord_AndTheReadIsAudited()
    {
        await using var db = await world.DbAsync();
        var id = (await db.DisciplineRecords.SingleAsync(r => r.Code == nurseCode)).Id;
        var history = world.Get<AccountabilityHistory>();

        Assert.Null(await history.ForAsync(world.OtherHead, id));
        Assert.Equal("recorded", Assert.Single((await history.ForAsync(world.WardHead, id))!).Action);
        Assert.Contains(await world.AuditAsync(AccountabilityAudit.Viewed), d => d == $"what=history;scope=unit;codes={nurseCode}");
    }

    [Fact]
    public async Task ReviewFlag_IsDecidedByTheDirectorOrTheHead_NeverByPersonnelOrThePersonConcerned()
    {
        var register = world.Get<DisciplineRegister>();
        Assert.True((await register.RecordAsync(world.Personnel, new DisciplineInput(world.WardHead.StaffId!.Value, DisciplineForm.Warning, "4/QĐ", world.Today, "x"))).Done);
        await using var db = await world.DbAsync();
        var head = world.WardHead.StaffId!.Value;
        var flags = await db.ReviewFlags.AsNoTracking().Where(f => f.StaffMemberId == head).ToListAsync();
        var flag = Assert.Single(flags);
        Assert.Equal("review.warning-replace", flag.RuleCode);
        var reviews = world.Get<PersonnelReviews>();

        Assert.Equal("Accountability.Error.NotAllowed", (await reviews.DecideAsync(world.Personnel, flag.Id, flag.Version, FlagDecision.NoAction, "x")).Problem);
        Assert.Equal("Accountability.Error.NotAllowed", (await reviews.DecideAsync(world.WardHead, flag.Id, flag.Version, FlagDecision.NoAction, "x")).Problem);
        Assert.Equal("Accountability.Error.NotFound", (await reviews.DecideAsync(world.OtherHead, flag.Id, flag.Version, FlagDecision.NoAction, "x")).Problem);
        Assert.Equal("Accountability.Error.ReasonRequired", (await reviews.DecideAsync(world.HospitalHead, flag.Id, flag.Version, FlagDecision.NoAction, " ")).Problem);
        Assert.True((await reviews.DecideAsync(world.HospitalHead, flag.Id, flag.Version, FlagDecision.NoAction, "Khuyết điểm đã được khắc phục")).Done);

        // The same records do not raise the decided ground again when the person's records are read anew.
        Assert.True((await world.Get<Suspensions>().RequestAsync(world.Personnel, new SuspensionInput(head, SuspensionKind.Transfer, "x"))).Done);
        Assert.True((await world.Get<HeadsResponsibility>().RecordAsync(world.Personnel, new ResponsibilityInput(head, ConclusionSource.Check, "9/KL", ResponsibilitySeverity.LessSerious, world.Today))).Done);
        Assert.Single(await db.ReviewFlags.AsNoTracking().Where(f => f.StaffMemberId == head).ToListAsync());
    }

    [Fact]
    public async Task Statistics_CountEachPersonOnce_AndTheReportHidesThemBecauseTheyAreFewerThanFive()
    {
        await using var db = await world.DbAsync();
        var figures = await AccountabilityStatistics.ForPeriodAsync(db, world.Today.AddDays(-1), world.Today, CancellationToken.None);

        // Raw counts here: hiding small groups is the report's Disclosure's job alone.
        Assert.Equal(2, figures.Disciplined);
        Assert.Equal(1, figures.ByForm.Single(f => f.Form == DisciplineForm.Reprimand).People);
        Assert.Equal(1, figures.ByForm.Single(f => f.Form == DisciplineForm.Warning).People);
        Assert.Equal([1, 1], figures.ByUnit.Where(u => u.Disciplined > 0).Select(u => u.Disciplined));
        Assert.Equal(0, figures.HeadsConsidered);
        var shown = AccountabilitySection.Tables(figures).Select(Disclosure.Protect).SelectMany(t => t.Rows).SelectMany(r => r.Cells).Select(c => c.Shown).ToList();
        Assert.DoesNotContain("1", shown);
        Assert.DoesNotContain("2", shown);
        Assert.Contains("<5", shown);
    }

    [Fact]
    public async Task Statistics_OfAHospitalsScope_CountOnlyItsWards()
    {
        await using var db = await world.DbAsync();
        var units = await db.Units.Select(u => new UnitNode(u.Id, u.ParentId, u.Code, u.Name, u.NameEn, u.SortOrder)).ToListAsync();
        var scope = ReportScope.Of(units.Single(u => u.Id == world.HospitalId), units);

        var figures = await AccountabilityStatistics.ForPeriodAsync(db, world.Today.AddDays(-1), world.Today, scope, CancellationToken.None);

        // The nurse in the hospital's ward, not the other hospital's head; rows are the hospital and its ward.
        Assert.Equal(1, figures.Disciplined);
        Assert.Equal([world.HospitalId, world.WardId], figures.ByUnit.Select(u => u.UnitId));
        Assert.Equal(1, figures.ByUnit.Single(u => u.UnitId == world.WardId).Disciplined);
    }
}

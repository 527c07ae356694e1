using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Integrity;
using Portal.Web.Features.Integrity.Declarations;
using Portal.Web.Features.Integrity.Draw;
using Portal.Web.Features.Integrity.Gifts;
using Portal.Web.Features.Integrity.Policies;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Integrity;

/// <summary>
/// Deny by default inside the services (ADR 0004): a caller whose role does not allow a step gets a refusal, the
/// step is not carried out and the refusal is audited, whatever page (or none) made the call.
/// </summary>
public sealed class IntegrityRoleChecksTests : IAsyncLifetime
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

    [Fact]
    public async Task GiftHandling_IsRefused_WhenCallerDoesNotKeepTheRegister()
    {
        var gifts = Get<GiftRegister>();
        var reported = await gifts.ReportAsync(world.Declarant, new GiftInput(world.Declarant.StaffId!.Value, Today, "Công ty Dược B", null, "Giỏ quà", 1_000_000));
        var gift = (await gifts.RegisterAsync(world.Reviewer)).Single().Gift;
        var handling = new GiftHandling(Today, 1_000_000, GiftDisposition.Returned, Today, null, null);

        var refused = await gifts.HandleAsync(world.Declarant2, reported.Id!.Value, gift.Version, handling);

        Assert.Equal(IntegrityResult.NotPermitted, refused.Problem);
        Assert.Equal(GiftDisposition.Pending, (await gifts.RegisterAsync(world.Reviewer)).Single().Gift.Disposition);
        Assert.Contains(await world.RefusalsAsync(), d => d == $"action=gift.handle;problem={IntegrityResult.NotPermitted}");
        Assert.True((await gifts.HandleAsync(world.Reviewer, reported.Id.Value, gift.Version, handling)).Done);
    }

    [Fact]
    public async Task GiftRegister_ShowsOnlyOwnGifts_WhenCallerIsNotAKeeper()
    {
        var gifts = Get<GiftRegister>();
        Assert.True((await gifts.ReportAsync(world.Declarant2, new GiftInput(world.Declarant2.StaffId!.Value, Today, "Nhà thầu C", null, "Phong bì", 500_000))).Done);

        Assert.Empty(await gifts.RegisterAsync(world.Declarant, world.HospitalId));
        Assert.Single(await gifts.RegisterAsync(world.Declarant2));
        Assert.Single(await gifts.RegisterAsync(world.Head, world.HospitalId));
    }

    [Fact]
    public async Task GiftReport_IsRefusedAndAudited_WhenMadeForSomeoneElse()
    {
        var gifts = Get<GiftRegister>();

        var refused = await gifts.ReportAsync(world.Reviewer, new GiftInput(world.Declarant.StaffId!.Value, Today, "Công ty A", null, "Giỏ quà Tết", 2_000_000));

        Assert.Equal("Gifts.Error.NotRecipient", refused.Problem);
        Assert.Empty(await gifts.RegisterAsync(world.Reviewer));
        Assert.Contains(await world.RefusalsAsync(), d => d == "action=gift.report;problem=Gifts.Error.NotRecipient");
    }

    [Fact]
    public async Task DrawAndExclusion_AreRefused_WhenCallerIsNotAPersonnelOfficer()
    {
        var draws = Get<VerificationDraws>();

        var exclusion = await draws.ExcludeAsync(world.Control, 2031, world.Declarant.StaffId!.Value, DrawExclusionGrounds.Retiring, null);
        var draw = await draws.DrawAsync(world.Control, 2031, "xo-so-2031-01-10");

        Assert.Equal(IntegrityResult.NotPermitted, exclusion.Problem);
        Assert.Equal(IntegrityResult.NotPermitted, draw.Problem);
        Assert.Null(await draws.ForYearAsync(2031));
        Assert.Equal(2, (await draws.EligibleAsync(2031)).Count);
        Assert.Contains(await world.RefusalsAsync(), d => d == $"action=draw;problem={IntegrityResult.NotPermitted}");
        Assert.True((await draws.DrawAsync(world.Reviewer, 2031, "xo-so-2031-01-10")).Done);
    }

    [Fact]
    public async Task PlanningAndReminders_AreRefused_WhenCallerIsNotAPersonnelOfficer()
    {
        var duties = Get<DeclarationDuties>();

        var annual = await duties.PlanAnnualAsync(world.Head, 2026);
        var appointment = await duties.PlanAsync(world.Declarant, world.Declarant.StaffId!.Value, DeclarationKind.Appointment, Today.Year, Today.AddDays(30));

        Assert.Equal(IntegrityResult.NotPermitted, annual.Problem);
        Assert.Equal(IntegrityResult.NotPermitted, appointment.Problem);
        Assert.Empty(await duties.DuesAsync(world.Reviewer));
        Assert.Equal(2, (await duties.PlanAnnualAsync(world.Reviewer, 2026)).Count);
        var due = (await duties.DuesAsync(world.Reviewer, 2026, world.Declarant2.StaffId)).Single();
        Assert.Equal(IntegrityResult.NotPermitted, (await duties.RemindAsync(world.Head, due.Id, due.Version)).Problem);
        Assert.Null((await duties.DuesAsync(world.Reviewer, 2026, world.Declarant2.StaffId)).Single().FirstReminderOn);
        // A declarant asking for someone else's dues gets their own.
        Assert.Equal([world.Declarant.StaffId!.Value], (await duties.DuesAsync(world.Declarant, 2026, world.Declarant2.StaffId)).Select(d => d.StaffId));
    }

    [Fact]
    public async Task PolicyPublishing_IsRefused_WhenCallerIsNotAPersonnelOfficer_WhileAcknowledgingIsEveryonesOwn()
    {
        var library = Get<PolicyLibrary>();
        var input = new PolicyInput("QTUX", "Quy tắc ứng xử", PolicyAudience.Everyone, "Không nhận quà.", "Quyết định 01/QĐ-SYT", Today);

        Assert.Equal(IntegrityResult.NotPermitted, (await library.PublishAsync(world.Head, input)).Problem);
        Assert.Empty(await library.InForceAsync());
        var published = await library.PublishAsync(world.Reviewer, input);

        Assert.True(published.Done);
        Assert.True((await library.AcknowledgeAsync(world.Head, published.Id!.Value)).Done);
        Assert.Empty(await library.CoverageAsync(world.Head));
        Assert.Single(await library.CoverageAsync(world.Reviewer));
    }

    [Fact]
    public async Task Review_IsRefused_WhenCallerHoldsTheReviewersKeyButNotTheRole()
    {
        var id = await world.SubmitAsync(world.Declarant, DeclarationKind.Annual, 2026, IntegrityWorld.Form(900_000_000));
        var formerOfficer = world.Reviewer with { RoleNames = new HashSet<string> { Roles.Staff } };

        var refused = await world.Review.AcceptAsync(formerOfficer, id, await world.VersionAsync(id));

        Assert.Equal(IntegrityResult.NotPermitted, refused.Problem);
        Assert.Equal(DeclarationStatus.Submitted, (await world.DeclarationAsync(id)).Status);
        Assert.Empty(await world.Review.QueueAsync(formerOfficer));
        Assert.Null((await world.Workflow.ReadAsync(formerOfficer, id))!.Form);
        Assert.True((await world.Review.AcceptAsync(world.Reviewer, id, await world.VersionAsync(id))).Done);
        await using var db = await world.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == IntegrityAudit.Refused && e.Detail == $"action=declaration.accept;problem={IntegrityResult.NotPermitted}"));
    }
}

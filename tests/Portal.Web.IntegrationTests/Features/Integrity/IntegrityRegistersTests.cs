using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Integrity;
using Portal.Web.Features.Integrity.Conflicts;
using Portal.Web.Features.Integrity.Draw;
using Portal.Web.Features.Integrity.Gifts;
using Portal.Web.Features.Integrity.Policies;
using Portal.Web.Infrastructure.Cli;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Integrity;

/// <summary>The verification draw, gifts, conflicts of interest and policies against a real database.</summary>
public sealed class IntegrityRegistersTests : IAsyncLifetime
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

    [Fact]
    public async Task Draw_IsReproducibleAndRefusesAnotherSeed_ForTheSameYear()
    {
        var draws = Get<VerificationDraws>();
        Assert.True((await draws.DrawAsync(world.Reviewer, 2027, "xo-so-2027-01-15")).Done);

        var refused = await draws.DrawAsync(world.Reviewer, 2027, "another-seed-please");

        Assert.Equal("Draw.Error.AlreadyDrawn", refused.Problem);
        Assert.True(await draws.VerifyAsync(2027));
        var result = (await draws.ForYearAsync(2027))!;
        Assert.Equal(DrawAlgorithm.Run("xo-so-2027-01-15", DrawAlgorithm.Parse(result.Draw.EligibleList)).ToHashSet(), result.Selected.Select(s => s.Pick).ToHashSet());
        await using var db = await world.DbAsync();
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == IntegrityAudit.DrawMade && e.Detail!.Contains("seed=xo-so-2027-01-15")));
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == IntegrityAudit.Refused && e.Detail!.Contains("seed=different")));
        var output = new StringWriter();
        Assert.Equal(0, await Verbs.RunVerbAsync(factory.Services, ["draw", "verify", "2027"], output, TextWriter.Null, CancellationToken.None));
        Assert.StartsWith("OK", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draw_LeavesOutExcludedAndRecentlyVerifiedPeople_WhenBuildingTheList()
    {
        var draws = Get<VerificationDraws>();
        Assert.True((await draws.ExcludeAsync(world.Reviewer, 2030, world.Declarant2.StaffId!.Value, DrawExclusionGrounds.LongLeave, "Nghỉ chế độ thai sản")).Done);
        Assert.Equal([world.Declarant.StaffId!.Value], (await draws.EligibleAsync(2030)).Select(e => e.StaffId));
        Assert.True((await draws.DrawAsync(world.Reviewer, 2030, "seed-for-2030")).Done);
        Assert.Equal([world.Declarant.StaffId!.Value], (await draws.ForYearAsync(2030))!.Selected.Select(s => s.Pick.StaffId));

        // Verified in 2030: out of the 2031-2034 draws, back in 2035.
        Assert.DoesNotContain((await draws.EligibleAsync(2034)).Select(e => e.StaffId), id => id == world.Declarant.StaffId);
        Assert.Contains((await draws.EligibleAsync(2035)).Select(e => e.StaffId), id => id == world.Declarant.StaffId);
        Assert.Equal("Draw.Error.AlreadyDrawn", (await draws.ExcludeAsync(world.Reviewer, 2030, world.Declarant.StaffId!.Value, DrawExclusionGrounds.Retiring, "muộn")).Problem);
    }

    [Fact]
    public async Task ReportGift_IsRefused_WhenReportingForSomeoneElseOrWithNegativeValue()
    {
        var gifts = Get<GiftRegister>();
        var today = DepartmentDate.Today(factory.Clock);

        var forOther = await gifts.ReportAsync(world.Declarant, new GiftInput(world.Declarant2.StaffId!.Value, today, "Công ty A", null, "Giỏ quà Tết", 2_000_000));
        var negative = await gifts.ReportAsync(world.Declarant, new GiftInput(world.Declarant.StaffId!.Value, today, "Công ty A", null, "Giỏ quà Tết", -1));

        Assert.Equal("Gifts.Error.NotRecipient", forOther.Problem);
        Assert.Equal("Declarations.Error.Negative", negative.Problem);
        Assert.Empty(await gifts.RegisterAsync(world.Reviewer));
        Assert.Equal(2, (await world.RefusalsAsync()).Count(d => d.StartsWith("action=gift.report", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Gift_FollowsRegister_FromReportToSaleAndNotice()
    {
        var gifts = Get<GiftRegister>();
        var received = DepartmentDate.Today(factory.Clock).AddDays(-20);
        var reported = await gifts.ReportAsync(world.Declarant, new GiftInput(world.Declarant.StaffId!.Value, received, "Nguyễn Văn Tặng", "Công ty Dược B", "Đồng hồ", 15_000_000));
        var line = (await gifts.RegisterAsync(world.Reviewer, world.HospitalId)).Single();
        Assert.True(line.Gift.ReportedLate);

        // A register keeper never handles a gift of their own.
        var keeperWhoReceivedIt = world.Declarant with { RoleNames = new HashSet<string> { Roles.PersonnelOfficer } };
        Assert.Equal("Gifts.Error.OwnGift", (await gifts.HandleAsync(keeperWhoReceivedIt, reported.Id!.Value, line.Gift.Version,
            new GiftHandling(received, 12_000_000, GiftDisposition.Sold, null, 12_000_000, received))).Problem);
        Assert.Equal("Gifts.Error.ProceedsOnlyWhenSold", (await gifts.HandleAsync(world.Reviewer, reported.Id.Value, line.Gift.Version,
            new GiftHandling(received, 12_000_000, GiftDisposition.Returned, null, 12_000_000, received))).Problem);
        Assert.True((await gifts.HandleAsync(world.Reviewer, reported.Id.Value, line.Gift.Version,
            new GiftHandling(received.AddDays(1), 12_000_000, GiftDisposition.Sold, null, 11_500_000, received.AddDays(3)))).Done);

        var sold = (await gifts.RegisterAsync(world.Reviewer, world.HospitalId)).Single().Gift;
        Assert.Equal((GiftDisposition.Sold, 11_500_000L), (sold.Disposition, sold.ProceedsVnd!.Value));
        Assert.NotNull(sold.GiverNotifiedOn);
    }

    [Fact]
    public async Task Conflict_OnlyHeadDecides_AndNotifyDueIsSet()
    {
        var conflicts = Get<ConflictReports>();
        var today = DepartmentDate.Today(factory.Clock);
        var reported = await conflicts.ReportAsync(world.Declarant2, new ConflictInput(today, "Chấm thầu gói vật tư", "Em ruột làm ở công ty dự thầu"));
        var version = (await conflicts.ForAsync(world.Head.StaffId, asHead: true)).Single().Report.Version;

        Assert.Equal("Conflicts.Error.NotHead", (await conflicts.DecideAsync(world.Declarant2, reported.Id!.Value, version, ConflictDecision.Supervise, null)).Problem);
        Assert.Equal("Conflicts.Error.NotHead", (await conflicts.DecideAsync(world.Reviewer, reported.Id.Value, version, ConflictDecision.Supervise, null)).Problem);
        Assert.True((await conflicts.DecideAsync(world.Head, reported.Id.Value, version, ConflictDecision.SuspendTask, "Giao người khác chấm thầu")).Done);

        var decided = (await conflicts.ForAsync(world.Declarant2.StaffId, asHead: false)).Single().Report;
        Assert.Equal(ConflictDecision.SuspendTask, decided.Decision);
        Assert.NotNull(decided.NotifyDueOn);
        Assert.True((await conflicts.NotifyAsync(world.Head, decided.Id, decided.Version)).Done);
    }

    [Fact]
    public async Task Policy_AppliesByAudience_AndCoverageCountsAcknowledgements()
    {
        var library = Get<PolicyLibrary>();
        var today = DepartmentDate.Today(factory.Clock);
        Assert.True((await library.PublishAsync(world.Reviewer, new PolicyInput("QTUX", "Quy tắc ứng xử", PolicyAudience.Everyone, "Không nhận quà.", "Quyết định 01/QĐ-SYT", today))).Done);
        Assert.True((await library.PublishAsync(world.Reviewer, new PolicyInput("KK", "Quy chế kê khai", PolicyAudience.Declarants, "Kê khai đúng hạn.", "Luật PCTN 2018", today))).Done);
        Assert.Equal("Policies.Error.EffectiveOrder",
            (await library.PublishAsync(world.Reviewer, new PolicyInput("KK", "Quy chế kê khai", PolicyAudience.Declarants, "Bản sửa", "Luật PCTN 2018", today))).Problem);

        var headPolicies = await library.ForStaffAsync(world.Head.StaffId!.Value);
        Assert.Equal(["QTUX"], headPolicies.Select(p => p.Code));
        var declarations = (await library.ForStaffAsync(world.Declarant.StaffId!.Value)).Single(p => p.Code == "KK");
        Assert.Equal("Policies.Error.NotApplicable", (await library.AcknowledgeAsync(world.Head, declarations.VersionId)).Problem);
        Assert.True((await library.AcknowledgeAsync(world.Declarant, declarations.VersionId)).Done);
        Assert.Equal("Policies.Error.AlreadyAcknowledged", (await library.AcknowledgeAsync(world.Declarant, declarations.VersionId)).Problem);

        var coverage = (await library.CoverageAsync(world.Reviewer)).Single(c => c.Policy.Code == "KK").Units.Single(u => u.UnitId == world.HospitalId);
        Assert.Equal((2, 1), (coverage.Applicable, coverage.Acknowledged));
    }
}

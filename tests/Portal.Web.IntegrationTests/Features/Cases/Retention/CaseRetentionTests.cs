using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Intake;
using Portal.Web.Features.Intake.FollowUp;
using Portal.Crypto;

namespace Portal.Web.IntegrationTests.Features.Cases.Retention;

public sealed class CaseRetentionTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private CaseWorld World => fixture.World;

    private CaseRetention Retention => World.Factory.Services.GetRequiredService<CaseRetention>();

    [Fact]
    public async Task DestroyDue_LeavesAuditableStubWithoutKeysCiphertextOrFiles_WhenRetentionPassed()
    {
        var old = await World.SubmitAsync("Nhận hối lộ khi thẩm định hồ sơ", fileText: "Biên bản làm việc với nhà thầu");
        var duplicate = await World.SubmitAsync("Nhận hối lộ khi thẩm định (trùng)");
        Done(await World.RunAsync(World.HandlerA, duplicate.Id, CaseAction.Merge, c => c with { OtherCaseCode = old.CaseCode }));
        await RejectAsync(old.Id);
        await CloseOnAsync(old.Id, yearsAgo: 11);
        var files = await StoredFilesAsync(old.Id);
        Assert.NotEmpty(files);

        Assert.Equal(2, await Retention.DestroyDueAsync());

        await using var db = await World.DbAsync();
        var stub = await db.Reports.AsNoTracking().SingleAsync(r => r.Id == old.Id);
        Assert.Equal((old.CaseCode, CaseStage.Rejected), (stub.CaseCode, stub.Stage));
        Assert.NotNull(stub.DestroyedOn);
        Assert.Empty(stub.Body);
        Assert.Empty(stub.ContentKeyForReporter);
        Assert.Null(stub.ContentKeyForInbox);
        Assert.Null(stub.IdentityKeyForVault);
        Assert.False(await db.CaseKeys.AnyAsync(k => k.ReportId == old.Id));
        Assert.False(await db.ReportAttachments.AnyAsync(a => a.ReportId == old.Id));
        Assert.False(await db.ReportMessages.AnyAsync(m => m.ReportId == old.Id));
        Assert.All(files, f => Assert.False(File.Exists(Path.Combine(World.Factory.Services.GetRequiredService<AttachmentStore>().Folder, f))));
        // The stub still tells who did what and when, without what anyone wrote.
        var events = await db.CaseEvents.AsNoTracking().Where(e => e.ReportId == old.Id).ToListAsync();
        Assert.Contains(events, e => e.Action == CaseAction.Reject);
        Assert.All(events, e => Assert.Null(e.Detail));
        Assert.NotNull((await db.Reports.AsNoTracking().SingleAsync(r => r.Id == duplicate.Id)).DestroyedOn);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == CaseAudit.Destroyed && e.Subject == old.CaseCode));

        // Nobody can open it any more, and the reporter's receipt finds nothing.
        Assert.Equal(CaseAccess.Destroyed, (await World.Reader.OpenAsync(World.HandlerA.Id, World.HandlerA.Session, old.Id)).Access);
        var mailbox = World.Factory.Services.GetRequiredService<Mailbox>();
        Assert.True(Receipt.TryNormalise(old.Receipt, out var receipt, out _));
        Assert.Null((await mailbox.OpenAsync(receipt, default)).Token);
        Assert.True((await World.Factory.Services.GetRequiredService<Portal.Web.Features.Audit.AuditLog>().VerifyAsync()).Intact);
    }

    [Fact]
    public async Task DestroyDue_KeepsCase_WhenRetentionNotPassedOrReporterStillProtected()
    {
        var recent = await ClosedCaseAsync("Lạm dụng chức vụ trong tuyển dụng");
        await CloseOnAsync(recent.Id, yearsAgo: 9);
        var protectedCase = await ClosedCaseAsync("Trù dập người tố cáo");
        await CloseOnAsync(protectedCase.Id, yearsAgo: 12);
        await using (var db = await World.DbAsync())
        {
            await db.Reports.Where(r => r.Id == protectedCase.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Protection, ProtectionState.Granted));
        }

        await Retention.DestroyDueAsync();

        Assert.Null((await World.ReportAsync(recent.Id)).DestroyedOn);
        Assert.Null((await World.ReportAsync(protectedCase.Id)).DestroyedOn);
        Assert.Equal(CaseAccess.Opened, (await World.Reader.OpenAsync(World.HandlerA.Id, World.HandlerA.Session, recent.Id)).Access);
    }

    [Fact]
    public async Task DestroyDue_IsHarmless_WhenRunTwice()
    {
        var old = await ClosedCaseAsync("Thu tiền ngoài quy định", "Hoá đơn");
        await CloseOnAsync(old.Id, yearsAgo: 10);
        await Retention.DestroyDueAsync();
        var stub = await World.ReportAsync(old.Id);

        Assert.Equal(0, await Retention.DestroyDueAsync());

        var again = await World.ReportAsync(old.Id);
        Assert.Equal((stub.DestroyedOn, stub.Version), (again.DestroyedOn, again.Version));
        await using var db = await World.DbAsync();
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == CaseAudit.Destroyed && e.Subject == old.CaseCode));
    }

    private async Task<Submitted> ClosedCaseAsync(string what, string? fileText = null)
    {
        var report = await World.SubmitAsync(what, fileText: fileText);
        await RejectAsync(report.Id);
        return report;
    }

    private async Task RejectAsync(Guid id)
    {
        Done(await World.RunAsync(World.HandlerA, id, CaseAction.Classify, c => c with { Track = ReportTrack.AnonymousInformation }));
        Done(await World.RunAsync(World.HandlerA, id, CaseAction.Reject));
        Assert.NotNull((await World.ReportAsync(id)).ClosedOn);
    }

    /// <summary>Moves the closing day back rather than the clock forward, so other tests' key sessions stay alive.</summary>
    private async Task CloseOnAsync(Guid id, int yearsAgo)
    {
        var day = DepartmentDate.Of(World.Factory.Clock.GetUtcNow()).AddYears(-yearsAgo);
        await using var db = await World.DbAsync();
        await db.Reports.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.ClosedOn, day));
    }

    private async Task<List<string>> StoredFilesAsync(Guid id)
    {
        await using var db = await World.DbAsync();
        return await db.ReportAttachments.Where(a => a.ReportId == id).Select(a => a.StoredName).ToListAsync();
    }

    private static void Done(CaseResult result) => Assert.True(result.Outcome == CaseOutcome.Done, result.ToString());
}

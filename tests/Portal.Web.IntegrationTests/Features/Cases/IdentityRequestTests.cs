using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Intake;

namespace Portal.Web.IntegrationTests.Features.Cases;

public sealed class IdentityRequestTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private CaseWorld World => fixture.World;

    private IdentityRequests Requests => World.Factory.Services.GetRequiredService<IdentityRequests>();

    [Fact]
    public async Task Approval_ResealsIdentityForRequesterOnly_AndExportStaysRedacted()
    {
        var report = await World.SubmitAsync("Ép bệnh nhân mua vật tư ngoài danh mục", reporterName: "Hoàng Thị Nhung");
        await World.Reader.ConfirmNoConflictAsync(World.HandlerA.Id, World.HandlerA.Session, report.Id);
        await World.Reader.ConfirmNoConflictAsync(World.HandlerB.Id, World.HandlerB.Session, report.Id);
        Assert.Null((await World.Reader.OpenAsync(World.HandlerA.Id, World.HandlerA.Session, report.Id)).File!.Report.Identity);

        Assert.Equal("Identity.Error.Reason", (await Requests.RequestAsync(World.HandlerA.Actor, report.Id, "ngắn")).Problem);
        Assert.Equal(CaseOutcome.Done, (await Requests.RequestAsync(World.HandlerA.Actor, report.Id, "Cần gặp người tố cáo để xác minh chứng cứ")).Outcome);
        var pending = Assert.Single(await Requests.PendingAsync(), p => p.ReportId == report.Id);

        var self = await Requests.DecideAsync(World.HandlerA.Id, World.HandlerA.Session, pending.Id, pending.Version, true, null);
        Assert.Equal((CaseOutcome.NotPermitted, "Cases.Error.SelfApproval"), (self.Outcome, self.Problem));
        Assert.Equal(CaseOutcome.Done, (await Requests.DecideAsync(World.Custodian.Id, World.Custodian.Session, pending.Id, pending.Version, true, "Đồng ý")).Outcome);

        Assert.Equal("Hoàng Thị Nhung", (await World.Reader.OpenAsync(World.HandlerA.Id, World.HandlerA.Session, report.Id)).File!.Report.Identity!.FullName);
        Assert.Null((await World.Reader.OpenAsync(World.HandlerB.Id, World.HandlerB.Session, report.Id)).File!.Report.Identity);
        var (_, export) = await World.Reader.ExportAsync(World.HandlerA.Id, World.HandlerA.Session, report.Id);
        Assert.Null(export!.Report.Identity);
        var text = CaseExport.Render(export, World.Factory.Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>());
        Assert.Contains("Ép bệnh nhân mua vật tư", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hoàng Thị Nhung", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0900000000", text, StringComparison.Ordinal);

        await using var db = await World.DbAsync();
        var actions = await db.AuditEntries.Where(e => e.Subject == report.Id.ToString()).Select(e => e.Action).ToListAsync();
        Assert.Contains(CaseAudit.IdentityRequested, actions);
        Assert.Contains(CaseAudit.IdentityApproved, actions);
        Assert.Contains(CaseAudit.IdentityViewed, actions);
        Assert.Contains(CaseAudit.Exported, actions);
    }

    [Fact]
    public async Task Decide_IsRefused_WhenRequestAlreadyDecidedOrRequesterRecused()
    {
        var report = await World.SubmitAsync("Tiêu cực trong tuyển dụng viên chức", reporterName: "Bùi Văn Tâm");
        await World.Reader.ConfirmNoConflictAsync(World.HandlerB.Id, World.HandlerB.Session, report.Id);
        Assert.Equal(CaseOutcome.Done, (await Requests.RequestAsync(World.HandlerB.Actor, report.Id, "Cần xác minh thông tin liên hệ")).Outcome);
        var pending = Assert.Single(await Requests.PendingAsync(), p => p.ReportId == report.Id);

        await World.Reader.DeclareConflictAsync(World.HandlerB.Id, World.HandlerB.Session, report.Id);
        var recused = await Requests.DecideAsync(World.Custodian.Id, World.Custodian.Session, pending.Id, pending.Version, true, null);
        Assert.Equal("Identity.Error.RequesterRecused", recused.Problem);

        Assert.Equal(CaseOutcome.Done, (await Requests.DecideAsync(World.Custodian.Id, World.Custodian.Session, pending.Id, pending.Version, false, "Không cần thiết")).Outcome);
        Assert.Equal(CaseOutcome.Conflict, (await Requests.DecideAsync(World.Custodian.Id, World.Custodian.Session, pending.Id, pending.Version, true, null)).Outcome);
        await using var db = await World.DbAsync();
        Assert.False(await db.ReportIdentityKeys.AnyAsync(k => k.ReportId == report.Id && k.UserId == World.HandlerB.Id));
    }

    [Fact]
    public async Task Request_IsRefused_WhenReporterStayedAnonymous()
    {
        var report = await World.SubmitAsync("Thông tin nặc danh về gian lận chấm công");
        await World.Reader.ConfirmNoConflictAsync(World.HandlerA.Id, World.HandlerA.Session, report.Id);

        Assert.Equal("Cases.Error.NoIdentity", (await Requests.RequestAsync(World.HandlerA.Actor, report.Id, "Cần liên hệ để xác minh thêm")).Problem);
    }
}

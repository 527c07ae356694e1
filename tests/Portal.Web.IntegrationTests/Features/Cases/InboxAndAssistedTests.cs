using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Intake;
using Portal.Web.Features.Intake.FollowUp;
using Portal.Crypto;

namespace Portal.Web.IntegrationTests.Features.Cases;

public sealed class InboxAndAssistedTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private CaseWorld World => fixture.World;

    private CaseInbox Inbox => World.Factory.Services.GetRequiredService<CaseInbox>();

    [Fact]
    public async Task Page_FiltersAndCountsOnWorkflowColumns_WhenHandlerNarrowsTheList()
    {
        var fresh = await World.SubmitAsync("Đơn mới chưa phân loại");
        var triaged = await World.SubmitAsync("Đơn đã phân loại", reporterName: "Lý Văn Hải");
        Assert.Equal(CaseOutcome.Done, (await World.RunAsync(World.HandlerA, triaged.Id, CaseAction.Classify, c => c with { Track = ReportTrack.IdentifiedDenunciation })).Outcome);
        Assert.Equal(CaseOutcome.Done, (await World.RunAsync(World.HandlerA, triaged.Id, CaseAction.Assign, c => c with { Assignees = [World.HandlerA.Id] })).Outcome);
        var today = DepartmentDate.Of(World.Factory.Clock.GetUtcNow());

        var all = await Inbox.PageAsync(World.HandlerA.Id, today, new InboxFilter(), InboxSort.DueOn, false, 0, 100);
        var triagedOnly = await Inbox.PageAsync(World.HandlerA.Id, today, new InboxFilter { Stage = CaseStage.Triaged }, InboxSort.DueOn, false, 0, 100);
        var mine = await Inbox.PageAsync(World.HandlerA.Id, today, new InboxFilter { Assignee = World.HandlerA.Id }, InboxSort.DueOn, false, 0, 100);
        var overdueLater = await Inbox.PageAsync(World.HandlerA.Id, today.AddDays(40), new InboxFilter { OverdueOnly = true }, InboxSort.DueOn, false, 0, 100);
        var byCode = await Inbox.PageAsync(World.HandlerA.Id, today, new InboxFilter { Code = fresh.CaseCode.ToLowerInvariant() }, InboxSort.Code, false, 0, 100);

        Assert.Contains(all.Rows, r => r.Id == fresh.Id);
        Assert.Equal(all.Total, all.PerStage.Values.Sum());
        Assert.Contains(triagedOnly.Rows, r => r.Id == triaged.Id);
        Assert.DoesNotContain(triagedOnly.Rows, r => r.Id == fresh.Id);
        Assert.Equal(triagedOnly.Total, all.PerStage[CaseStage.Triaged]);
        Assert.Equal([triaged.Id], mine.Rows.Select(r => r.Id));
        Assert.Contains(overdueLater.Rows, r => r.Id == triaged.Id);
        Assert.Equal([fresh.Id], byCode.Rows.Select(r => r.Id));
        // Sorted by due date: every case with a clock comes before any without one, earliest first.
        var dues = all.Rows.Select(r => r.DueOn).ToList();
        Assert.Equal(dues.OrderBy(d => d is null).ThenBy(d => d), dues);
        Assert.Empty((await Inbox.PageAsync(World.Stranger.Id, today, new InboxFilter(), InboxSort.DueOn, false, 0, 100)).Rows);
    }

    [Fact]
    public async Task Record_IssuesReceiptAndTranscriptTheReporterCanReadAndCorrect_WhenOfficerTakesAPhoneCall()
    {
        await using var scope = World.Factory.Services.CreateAsyncScope();
        var assisted = scope.ServiceProvider.GetRequiredService<AssistedIntake>();
        var draft = new ReportDraft
        {
            Channel = ReportChannel.Denunciation,
            Content = new ReportContent { WhatHappened = "Người gọi kể việc bị đòi tiền khi làm thủ tục", ConcernedUnitId = World.HospitalId },
            Identity = new ReporterIdentity { FullName = "Trịnh Văn Gọi", Phone = "0911111111" },
        };

        var (online, onlineErrors) = await assisted.RecordAsync(World.HandlerA.Id, ReportOrigin.Online, draft);
        var (receipt, errors) = await assisted.RecordAsync(World.HandlerA.Id, ReportOrigin.Phone, draft);

        Assert.Null(online);
        Assert.NotEmpty(onlineErrors);
        Assert.Empty(errors);
        await using (var db = await World.DbAsync())
        {
            var stored = await db.Reports.AsNoTracking().SingleAsync(r => r.CaseCode == receipt!.CaseCode);
            Assert.Equal((ReportOrigin.Phone, ReportTrack.IdentifiedDenunciation), (stored.Origin, stored.Track));
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == CaseAudit.RecordedByStaff && e.ActorUserId == World.HandlerA.Id && e.Subject == stored.Id.ToString()));
        }

        var mailbox = World.Factory.Services.GetRequiredService<Mailbox>();
        Assert.True(Receipt.TryNormalise(receipt!.Receipt, out var parsed, out _));
        var (token, _) = await mailbox.OpenAsync(parsed!, default);
        var view = await mailbox.ViewAsync(token, default);
        Assert.Equal(ReportOrigin.Phone, view!.Origin);
        Assert.Equal("Người gọi kể việc bị đòi tiền khi làm thủ tục", view.Content.WhatHappened);
    }
}

using Microsoft.EntityFrameworkCore;
using Portal.Crypto;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Intake;
using Portal.Web.Features.Keys;

namespace Portal.Web.IntegrationTests.Features.Cases;

public sealed class ConflictOfInterestTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private CaseWorld World => fixture.World;

    [Fact]
    public async Task Intake_RoutesToDirectorAndShutsHeadOut_WhenReportNamesUnitHead()
    {
        // Written without diacritics, as people often type: still the same person.
        var report = await World.SubmitAsync("Giám đốc bệnh viện nhận tiền của nhà cung cấp", persons: ["tran van  hung"]);

        var stored = await World.ReportAsync(report.Id);
        Assert.Equal((CaseLevel.Director, World.DepartmentId), (stored.Level, stored.ReceivingUnitId));
        // The head holds the Department's inbox key, so the case no longer opens through the inbox at all.
        Assert.Null(stored.ContentKeyForInbox);
        await AssertShutOutAsync(World.HospitalHead, report.Id);
        await World.Reader.ConfirmNoConflictAsync(World.HandlerA.Id, World.HandlerA.Session, report.Id);
        Assert.Equal(CaseAccess.Opened, (await World.Reader.OpenAsync(World.HandlerA.Id, World.HandlerA.Session, report.Id)).Access);
    }

    [Fact]
    public async Task Intake_MarksForProvince_WhenReportNamesTheDirector()
    {
        var report = await World.SubmitAsync("Giám đốc Sở chỉ đạo nâng giá thiết bị", persons: [CaseWorld.DirectorName]);

        Assert.Equal(CaseLevel.ProvincialCommittee, (await World.ReportAsync(report.Id)).Level);
        await AssertShutOutAsync(World.Director, report.Id);
    }

    [Fact]
    public async Task Intake_ShutsLineManagerOut_WhenReportNamesSomeoneInTheirUnit()
    {
        var report = await World.SubmitAsync("Điều dưỡng gợi ý bệnh nhân đưa tiền", persons: [CaseWorld.NurseName]);

        var stored = await World.ReportAsync(report.Id);
        Assert.Equal(CaseLevel.Unit, stored.Level);
        await AssertShutOutAsync(World.HospitalHead, report.Id);
        // The Director settles cases above the units: being at the top of the chain does not exclude them.
        Assert.Equal(CaseAccess.ConflictUnconfirmed, (await World.Reader.OpenAsync(World.Director.Id, World.Director.Session, report.Id)).Access);
    }

    [Fact]
    public async Task Declare_RecusesHandler_AndTakesCaseOutOfTheInboxForThem()
    {
        var report = await World.SubmitAsync("Người nhà cán bộ trúng thầu cung cấp vật tư");
        Assert.NotNull((await World.ReportAsync(report.Id)).ContentKeyForInbox);

        Assert.Equal(CaseAccess.Recused, await World.Reader.DeclareConflictAsync(World.HandlerB.Id, World.HandlerB.Session, report.Id));

        Assert.Null((await World.ReportAsync(report.Id)).ContentKeyForInbox);
        await AssertShutOutAsync(World.HandlerB, report.Id);
        await World.Reader.ConfirmNoConflictAsync(World.HandlerA.Id, World.HandlerA.Session, report.Id);
        Assert.Equal(CaseAccess.Opened, (await World.Reader.OpenAsync(World.HandlerA.Id, World.HandlerA.Session, report.Id)).Access);
        var assign = await World.RunAsync(World.HandlerA, report.Id, CaseAction.Assign, c => c with { Assignees = [World.HandlerB.Id] });
        Assert.Equal("Cases.Error.AssigneeRecused", assign.Problem);
    }

    /// <summary>Every route refuses, the inbox hides the case, and the person's own keys cannot open its content key.</summary>
    private async Task AssertShutOutAsync(Person person, Guid reportId)
    {
        var reader = World.Reader;
        Assert.Equal(CaseAccess.Recused, (await reader.OpenAsync(person.Id, person.Session, reportId)).Access);
        Assert.Equal(CaseAccess.Recused, await reader.ConfirmNoConflictAsync(person.Id, person.Session, reportId));
        Assert.Equal(CaseAccess.Recused, (await reader.ExportAsync(person.Id, person.Session, reportId)).Access);
        Assert.Equal(CaseAccess.Recused, (await reader.OpenFileAsync(person.Id, person.Session, reportId, Guid.NewGuid())).Access);
        Assert.Equal(CaseAccess.Recused, await reader.ReplyAsync(person.Id, person.Session, reportId, "Trả lời"));
        var step = await World.Workflow.RunAsync(person.Actor, new CaseCommand { ReportId = reportId, Version = 0, Action = CaseAction.Classify, Reason = "x", LegalGround = "y", Track = ReportTrack.AnonymousInformation });
        Assert.Equal((CaseOutcome.Refused, CaseAccess.Recused), (step.Outcome, step.Access));
        var notes = await World.Factory.Services.GetRequiredService<CaseNotes>().AddAsync(person.Actor, reportId, NoteKind.Note, "Ghi chú", null);
        Assert.Equal(CaseAccess.Recused, notes.Access);
        var identity = await World.Factory.Services.GetRequiredService<IdentityRequests>().RequestAsync(person.Actor, reportId, "Cần liên hệ người báo để xác minh");
        Assert.Equal(CaseAccess.Recused, identity.Access);

        var page = await World.Factory.Services.GetRequiredService<CaseInbox>().PageAsync(person.Id, DateOnly.MinValue, new InboxFilter(), InboxSort.DueOn, false, 0, 100);
        Assert.DoesNotContain(page.Rows, r => r.Id == reportId);

        // Key level: nothing the person can unseal opens this case's content key.
        await using var db = await World.DbAsync();
        var report = await db.Reports.AsNoTracking().SingleAsync(r => r.Id == reportId);
        Assert.False(await db.CaseKeys.AnyAsync(k => k.ReportId == reportId && k.UserId == person.Id));
        using var inbox = await World.Factory.Services.GetRequiredService<Inboxes>().OpenAsync(report.ReceivingUnitId, person.Id, person.Session);
        Assert.NotNull(inbox);
        Assert.True(World.Factory.Services.GetRequiredService<KeyRing>().TryGet(person.Session, person.Id, out var own));
        var sealedCopies = (await db.CaseKeys.Where(k => k.ReportId == reportId).Select(k => k.SealedKey).ToListAsync()).Append(report.ContentKeyForInbox).OfType<byte[]>();
        foreach (var sealedKey in sealedCopies)
        {
            Assert.False(Sealing.TryOpenKey(sealedKey, own, ReportCipher.Ad(reportId, "content-key-person", person.Id), out _));
            Assert.False(Sealing.TryOpenKey(sealedKey, inbox!, ReportCipher.Ad(reportId, "content-key-inbox"), out _));
        }

        Assert.True(await db.AuditEntries.AnyAsync(e => e.Subject == reportId.ToString() && e.ActorUserId == person.Id && e.Detail!.Contains("Recused")));
    }
}

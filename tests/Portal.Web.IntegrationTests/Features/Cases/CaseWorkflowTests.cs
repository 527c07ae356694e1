using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Audit;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Deadlines.Rules;
using Portal.Web.Features.Intake;
using Portal.Web.Features.Intake.FollowUp;
using Portal.Crypto;

namespace Portal.Web.IntegrationTests.Features.Cases;

public sealed class CaseWorkflowTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private CaseWorld World => fixture.World;

    [Fact]
    public async Task Steps_TakeIdentifiedDenunciationToClosure_WithClocksAuditAndReporterSeeingOutcome()
    {
        var report = await World.SubmitAsync("Thu tiền ngoài quy định khi cấp giấy chứng nhận", reporterName: "Phạm Văn Báo");
        Assert.Equal(CaseStage.New, await World.StageAsync(report.Id));
        await AssertRunningAsync(report.Id, RuleCodes.DenunciationAccept);

        Done(await World.RunAsync(World.HandlerA, report.Id, CaseAction.Classify, c => c with { Track = ReportTrack.IdentifiedDenunciation }));
        Done(await World.RunAsync(World.HandlerA, report.Id, CaseAction.Accept));
        await AssertRunningAsync(report.Id, RuleCodes.DenunciationNotifyAccepted, RuleCodes.DenunciationSettle);
        Done(await World.RunAsync(World.HandlerA, report.Id, CaseAction.Assign, c => c with { Assignees = [World.HandlerB.Id] }));
        Done(await World.RunAsync(World.HandlerB, report.Id, CaseAction.ProposeConclusion, c => c with
        {
            Outcome = ConclusionOutcome.Substantiated, Findings = "Có thu tiền trái quy định",
            Actions = [new ProposedAction(ActionKind.Discipline, "Kiểm điểm, kỷ luật", false), new ProposedAction(ActionKind.PoliceReferral, "Chuyển hồ sơ", false)],
        }));
        Done(await World.RunAsync(World.Director, report.Id, CaseAction.ApproveConclusion));

        var stored = await World.ReportAsync(report.Id);
        Assert.Equal((CaseStage.Concluded, ConclusionOutcome.Substantiated), (stored.Stage, stored.Outcome));
        await AssertRunningAsync(report.Id, RuleCodes.DenunciationSendConclusion, RuleCodes.DenunciationPublish, RuleCodes.DenunciationAct);
        await using (var db = await World.DbAsync())
        {
            var actions = await db.RecommendedActions.Where(a => a.ReportId == report.Id).ToListAsync();
            Assert.Equal(2, actions.Count);
            // A referral to the police is due the day of the conclusion (Art 36: "immediately").
            Assert.True(actions.Single(a => a.Kind == ActionKind.PoliceReferral).Immediate);
            Assert.Equal(CaseOutcome.Invalid, (await World.RunAsync(World.HandlerA, report.Id, CaseAction.Close)).Outcome);
            foreach (var a in actions)
            {
                Done(await World.RunAsync(World.HandlerA, report.Id, CaseAction.CompleteAction, c => c with { ItemId = a.Id }));
            }
        }

        Done(await World.RunAsync(World.HandlerA, report.Id, CaseAction.Close));
        Assert.Equal(CaseStage.Closed, await World.StageAsync(report.Id));
        await AssertRunningAsync(report.Id);

        await using (var db = await World.DbAsync())
        {
            var audited = await db.AuditEntries.Where(e => e.Subject == report.Id.ToString()).Select(e => e.Action).ToListAsync();
            Assert.Contains("case.accept", audited);
            Assert.Contains("case.approveconclusion", audited);
            Assert.Contains("case.close", audited);
            // Reasons are staff writing about the report: stored only as ciphertext.
            var events = await db.CaseEvents.Where(e => e.ReportId == report.Id).ToListAsync();
            Assert.All(events, e => Assert.DoesNotContain("Lý do", System.Text.Encoding.UTF8.GetString(e.Detail!), StringComparison.Ordinal));
        }

        // The reporter sees the outcome in plain words through the receipt.
        var mailbox = World.Factory.Services.GetRequiredService<Mailbox>();
        var (token, _) = await mailbox.OpenAsync(Receipt.TryNormalise(report.Receipt, out var receipt, out _) ? receipt : throw new InvalidOperationException(), default);
        var view = await mailbox.ViewAsync(token, default);
        Assert.Equal("Intake.Status.Closed", view!.PublicStatusKey);
        Assert.Equal(ConclusionOutcome.Substantiated, view.Outcome);
    }

    [Fact]
    public async Task Run_RefusesAndAudits_WhenConclusionComesBeforeAcceptance()
    {
        var report = await World.SubmitAsync("Nhận quà của nhà thầu");
        var before = await World.ReportAsync(report.Id);

        var result = await World.RunAsync(World.HandlerA, report.Id, CaseAction.ProposeConclusion,
            c => c with { Outcome = ConclusionOutcome.NotSubstantiated, Findings = "Không có căn cứ" });

        Assert.Equal(CaseOutcome.OutOfOrder, result.Outcome);
        var after = await World.ReportAsync(report.Id);
        Assert.Equal((before.Stage, before.Version), (after.Stage, after.Version));
        await AssertAuditedAsync(report.Id, "outcome=OutOfOrder");
        Assert.Equal(CaseOutcome.OutOfOrder, (await World.RunAsync(World.HandlerA, report.Id, (CaseAction)99)).Outcome);
    }

    [Fact]
    public async Task Run_ReportsConflict_WhenAnotherHandlerChangedTheCaseFirst()
    {
        var report = await World.SubmitAsync("Lập khống chứng từ thanh toán");
        await World.Reader.ConfirmNoConflictAsync(World.HandlerB.Id, World.HandlerB.Session, report.Id);
        var seenByB = (await World.ReportAsync(report.Id)).Version;

        Done(await World.RunAsync(World.HandlerA, report.Id, CaseAction.Classify, c => c with { Track = ReportTrack.AnonymousInformation }));
        var late = await World.Workflow.RunAsync(World.HandlerB.Actor, new CaseCommand
        {
            ReportId = report.Id, Version = seenByB, Action = CaseAction.Forward, Reason = "Không thuộc thẩm quyền", LegalGround = "Điều 24", ForwardTo = "Công an tỉnh",
        });

        Assert.Equal(CaseOutcome.Conflict, late.Outcome);
        Assert.Equal(CaseStage.Triaged, await World.StageAsync(report.Id));
    }

    [Fact]
    public async Task Approve_IsRefused_WhenApproverProposedOrIsNoLeader()
    {
        var report = await World.SubmitAsync("Ưu ái nhà thầu quen trong đấu thầu", reporterName: "Võ Thị Lan");
        Done(await World.RunAsync(World.Director, report.Id, CaseAction.Classify, c => c with { Track = ReportTrack.IdentifiedDenunciation }));
        Done(await World.RunAsync(World.Director, report.Id, CaseAction.Accept));
        Done(await World.RunAsync(World.Director, report.Id, CaseAction.ProposeConclusion, c => c with { Outcome = ConclusionOutcome.PartlySubstantiated, Findings = "Đúng một phần" }));

        var self = await World.RunAsync(World.Director, report.Id, CaseAction.ApproveConclusion);
        var handler = await World.RunAsync(World.HandlerA, report.Id, CaseAction.ApproveConclusion);

        Assert.Equal((CaseOutcome.NotPermitted, "Cases.Error.SelfApproval"), (self.Outcome, self.Problem));
        Assert.Equal((CaseOutcome.NotPermitted, "Cases.Error.LeaderOnly"), (handler.Outcome, handler.Problem));
        Assert.Equal(CaseStage.ConclusionProposed, await World.StageAsync(report.Id));
        await AssertAuditedAsync(report.Id, "outcome=NotPermitted");
        Done(await World.RunAsync(World.HospitalHead, report.Id, CaseAction.ReturnConclusion));
        Assert.Equal(CaseStage.Verifying, await World.StageAsync(report.Id));
    }

    [Fact]
    public async Task Merge_LinksDuplicateAndClosesIt_WhenOtherCaseInSameInbox()
    {
        var first = await World.SubmitAsync("Thu tiền trái phép ở khoa Khám bệnh");
        var duplicate = await World.SubmitAsync("Khoa Khám bệnh thu tiền trái phép (gửi lại)");

        var missing = await World.RunAsync(World.HandlerA, duplicate.Id, CaseAction.Merge, c => c with { OtherCaseCode = "PA-1999-000001" });
        Done(await World.RunAsync(World.HandlerA, duplicate.Id, CaseAction.Merge, c => c with { OtherCaseCode = first.CaseCode }));

        Assert.Equal(CaseOutcome.Invalid, missing.Outcome);
        var merged = await World.ReportAsync(duplicate.Id);
        Assert.Equal((CaseStage.Merged, first.Id), (merged.Stage, merged.MergedIntoId));
        await World.Reader.ConfirmNoConflictAsync(World.HandlerA.Id, World.HandlerA.Session, first.Id);
        var (_, file) = await World.Reader.OpenAsync(World.HandlerA.Id, World.HandlerA.Session, first.Id);
        Assert.Contains(duplicate.CaseCode, file!.Links);
    }

    [Fact]
    public async Task Assign_GivesOutsiderAKey_AndTakingThemOffRemovesIt()
    {
        var report = await World.SubmitAsync("Gợi ý bệnh nhân mua thuốc ở nhà thuốc người nhà");
        Assert.Equal(CaseAccess.NotMember, (await World.Reader.OpenAsync(World.Stranger.Id, World.Stranger.Session, report.Id)).Access);

        Done(await World.RunAsync(World.HandlerA, report.Id, CaseAction.Assign, c => c with { Assignees = [World.Stranger.Id] }));
        await World.Reader.ConfirmNoConflictAsync(World.Stranger.Id, World.Stranger.Session, report.Id);
        Assert.Equal(CaseAccess.Opened, (await World.Reader.OpenAsync(World.Stranger.Id, World.Stranger.Session, report.Id)).Access);

        Done(await World.RunAsync(World.HandlerA, report.Id, CaseAction.Assign, c => c with { Assignees = [World.HandlerB.Id] }));
        Assert.Equal(CaseAccess.NotMember, (await World.Reader.OpenAsync(World.Stranger.Id, World.Stranger.Session, report.Id)).Access);
    }

    [Fact]
    public async Task Open_IsRefusedAndAudited_ForHandlerOfAnotherUnit_AndFirstOpeningAsksAboutConflicts()
    {
        var report = await World.SubmitAsync("Nhận phong bì của người nhà bệnh nhân");

        var (stranger, strangerFile) = await World.Reader.OpenAsync(World.Stranger.Id, World.Stranger.Session, report.Id);
        var (first, firstFile) = await World.Reader.OpenAsync(World.HandlerB.Id, World.HandlerB.Session, report.Id);
        var step = await World.Workflow.RunAsync(World.Stranger.Actor, new CaseCommand { ReportId = report.Id, Version = 0, Action = CaseAction.Accept, Reason = "x", LegalGround = "y" });

        Assert.Equal((CaseAccess.NotMember, null), (stranger, strangerFile));
        Assert.Equal((CaseAccess.ConflictUnconfirmed, null), (first, firstFile));
        Assert.Equal((CaseOutcome.Refused, CaseAccess.NotMember), (step.Outcome, step.Access));
        await AssertAuditedAsync(report.Id, "access=NotMember");
        Assert.Equal(CaseAccess.Opened, await World.Reader.ConfirmNoConflictAsync(World.HandlerB.Id, World.HandlerB.Session, report.Id));
        Assert.Equal(CaseAccess.Opened, (await World.Reader.OpenAsync(World.HandlerB.Id, World.HandlerB.Session, report.Id)).Access);
    }

    [Fact]
    public async Task Notes_AreEncrypted_AndTaskCompletionDetectsStaleVersion()
    {
        var report = await World.SubmitAsync("Chia nhỏ gói thầu để chỉ định thầu");
        await World.Reader.ConfirmNoConflictAsync(World.HandlerA.Id, World.HandlerA.Session, report.Id);
        var notes = World.Factory.Services.GetRequiredService<CaseNotes>();

        Done(await notes.AddAsync(World.HandlerA.Actor, report.Id, NoteKind.Task, "Xin hồ sơ gói thầu số 12", DepartmentDate.Of(World.Factory.Clock.GetUtcNow()).AddDays(5)));
        Assert.Equal(CaseOutcome.Invalid, (await notes.AddAsync(World.HandlerA.Actor, report.Id, NoteKind.Note, "  ", null)).Outcome);
        Assert.Equal(CaseOutcome.Refused, (await notes.AddAsync(World.Stranger.Actor, report.Id, NoteKind.Note, "Ghi chú", null)).Outcome);

        var (_, file) = await World.Reader.OpenAsync(World.HandlerA.Id, World.HandlerA.Session, report.Id);
        var task = Assert.Single(file!.Notes);
        Assert.Equal("Xin hồ sơ gói thầu số 12", task.Text);
        Done(await notes.CompleteTaskAsync(World.HandlerA.Actor, report.Id, task.Id, task.Version));
        Assert.Equal(CaseOutcome.Conflict, (await notes.CompleteTaskAsync(World.HandlerA.Actor, report.Id, task.Id, task.Version)).Outcome);
    }

    private static void Done(CaseResult result) => Assert.True(result.Outcome == CaseOutcome.Done, result.ToString());

    private async Task AssertRunningAsync(Guid reportId, params string[] codes)
    {
        await using var db = await World.DbAsync();
        var running = await db.CaseClocks.Where(c => c.ReportId == reportId && c.StoppedOn == null).Select(c => c.RuleCode).ToListAsync();
        Assert.Equal(codes.Order(), running.Order());
        var due = (await World.ReportAsync(reportId)).DueOn;
        var earliest = await db.CaseClocks.Where(c => c.ReportId == reportId && c.StoppedOn == null && c.PausedOn == null).Select(c => (DateOnly?)c.DueOn).MinAsync();
        Assert.Equal(earliest, due);
    }

    private async Task<Portal.Web.Features.Deadlines.Clocks.CaseClock> ClockAsync(Guid reportId, string code)
    {
        await using var db = await World.DbAsync();
        return await db.CaseClocks.AsNoTracking().SingleAsync(c => c.ReportId == reportId && c.RuleCode == code);
    }

    private async Task AssertAuditedAsync(Guid reportId, string detail)
    {
        await using var db = await World.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Subject == reportId.ToString() && e.Action == CaseAudit.Refused && e.Detail!.Contains(detail)), detail);
    }
}

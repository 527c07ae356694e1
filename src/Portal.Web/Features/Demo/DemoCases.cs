using Portal.Web.Features.Cases;
using Portal.Web.Features.Intake;

namespace Portal.Web.Features.Demo;

/// <summary>
/// A few fictional cases at different stages, so a demo shows the inbox, the steps, a conflict-of-interest
/// routing and the reporter's side. Their receipts are printed, since a demo has no secrets.
/// </summary>
internal sealed class DemoCases(IServiceProvider services, Keys.KeyCustody keys, Keys.KeyRing ring)
{
    public async Task SeedAsync(Guid handlerId, Guid directorId, Guid hospitalId, TextWriter output, CancellationToken cancellationToken)
    {
        var submission = services.GetRequiredService<IntakeSubmission>();
        var reader = services.GetRequiredService<CaseReader>();
        var workflow = services.GetRequiredService<CaseWorkflow>();
        var (_, handlerSession) = await keys.UnlockAsync(handlerId, DemoDepartment.Password, cancellationToken);
        var (_, directorSession) = await keys.UnlockAsync(directorId, DemoDepartment.Password, cancellationToken);
        var handler = new CaseActor(handlerId, handlerSession, false);
        var director = new CaseActor(directorId, directorSession, true);
        try
        {
            await output.WriteLineAsync("Demo cases (receipts open the reporter's mailbox at /follow-up):");
            var fee = await SubmitAsync("Khoa Nội tổng hợp thu thêm 200.000 đồng “bồi dưỡng” của người nhà bệnh nhân khi làm thủ tục ra viện.", [], null, ReportChannel.GiftBribeAbuse);
            await SubmitAsync("Đề nghị công khai bảng giá dịch vụ tại quầy thu ngân; người bệnh không biết các khoản phải nộp.", [], null, ReportChannel.Petition);
            await SubmitAsync("Giám đốc bệnh viện chỉ đạo chia nhỏ gói mua vật tư để chỉ định thầu cho công ty người quen.", ["Lương Văn Khánh"], "Người báo thử nghiệm A");

            var supplies = await SubmitAsync("Chuyên viên phòng Vật tư gợi ý nhà cung cấp “cảm ơn” 5% giá trị hợp đồng.", ["Lã Thị Thu"], "Người báo thử nghiệm B");
            await StepAsync(supplies, handler, CaseAction.Classify, c => c with { Track = ReportTrack.IdentifiedDenunciation, LegalGround = "Luật Tố cáo 2018, Điều 24" });
            await StepAsync(supplies, handler, CaseAction.Accept, c => c with { LegalGround = "Luật Tố cáo 2018, Điều 29" });
            await StepAsync(supplies, handler, CaseAction.Assign, c => c with { Assignees = [handlerId] });

            var bribe = await SubmitAsync("Bác sĩ khoa Nội nhận phong bì 2 triệu đồng để xếp lịch mổ sớm.", ["Vương Đình Khoa"], "Người báo thử nghiệm C");
            await StepAsync(bribe, handler, CaseAction.Classify, c => c with { Track = ReportTrack.IdentifiedDenunciation, LegalGround = "Luật Tố cáo 2018, Điều 24" });
            await StepAsync(bribe, handler, CaseAction.Accept, c => c with { LegalGround = "Luật Tố cáo 2018, Điều 29" });
            await StepAsync(bribe, handler, CaseAction.ProposeConclusion, c => c with
            {
                Outcome = ConclusionOutcome.Substantiated, Findings = "Có nhận tiền của người nhà bệnh nhân; đã hoàn trả.",
                Actions = [new ProposedAction(ActionKind.Discipline, "Kiểm điểm, xem xét kỷ luật khiển trách", false)],
            });
            await StepAsync(bribe, director, CaseAction.ApproveConclusion);

            // A past for the leaders' dashboard: triage due within days, a settlement overdue, a case concluded on time
            // two months ago whose follow-up steps are now overdue.
            await using var db = await services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Data.PortalDbContext>>().CreateDbContextAsync(cancellationToken);
            await DemoHistory.MoveBackAsync(db, fee, 1, cancellationToken);
            await DemoHistory.MoveBackAsync(db, supplies, 5, cancellationToken);
            await DemoHistory.MoveBackAsync(db, bribe, 8, cancellationToken);
        }
        finally
        {
            ring.Remove(handlerSession);
            ring.Remove(directorSession);
        }

        async Task<Guid> SubmitAsync(string what, string[] persons, string? reporter, ReportChannel channel = ReportChannel.Denunciation)
        {
            var draft = new ReportDraft
            {
                Channel = channel,
                Content = new ReportContent { WhatHappened = what, ConcernedUnitId = hospitalId, Persons = persons.Select(p => new PersonConcerned(p, null, null)).ToList() },
                Identity = reporter is null ? null : new ReporterIdentity { FullName = reporter, Phone = "0900 000 000" },
            };
            var (pending, _) = await submission.BeginAsync(draft, cancellationToken);
            await using (pending ?? throw new InvalidOperationException("the demo inbox was not ready"))
            {
                var code = await pending.CommitAsync(cancellationToken);
                await output.WriteLineAsync($"  {code}  receipt {pending.Receipt.FormatForDisplay()}");
                return pending.Id;
            }
        }

        async Task StepAsync(Guid reportId, CaseActor actor, CaseAction action, Func<CaseCommand, CaseCommand>? configure = null)
        {
            await reader.ConfirmNoConflictAsync(actor.UserId, actor.Session, reportId, cancellationToken);
            await using var db = await services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Data.PortalDbContext>>().CreateDbContextAsync(cancellationToken);
            var version = (await db.Reports.FindAsync([reportId], cancellationToken))!.Version;
            var command = new CaseCommand { ReportId = reportId, Version = version, Action = action, Reason = "Dữ liệu minh hoạ", LegalGround = "Luật Tố cáo 2018" };
            var result = await workflow.RunAsync(actor, configure is null ? command : configure(command), cancellationToken);
            if (result.Outcome != CaseOutcome.Done)
            {
                throw new InvalidOperationException($"demo step {action} failed: {result}");
            }
        }
    }
}

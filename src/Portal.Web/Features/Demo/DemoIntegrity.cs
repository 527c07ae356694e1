using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Integrity;
using Portal.Web.Features.Integrity.Conflicts;
using Portal.Web.Features.Integrity.Declarations;
using Portal.Web.Features.Integrity.Gifts;
using Portal.Web.Features.Integrity.Policies;

namespace Portal.Web.Features.Demo;

/// <summary>
/// Integrity duties for the demo: the reviewers' and control body's inboxes, the year's annual dues, a pair of
/// declarations by the hospital's director whose increase is flagged for review, a gift, a conflict report and
/// the code of conduct. Everything goes through the same use cases (and encryption) as real input.
/// </summary>
internal sealed class DemoIntegrity(IServiceProvider services, Keys.KeyCustody keys, Keys.KeyRing ring, Keys.Inboxes inboxes)
{
    public async Task SeedAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var users = await db.Users.Where(u => u.UserName == "personnel" || u.UserName == "control" || u.UserName == "head.bvdk" || u.UserName == "staff")
            .ToDictionaryAsync(u => u.UserName!, u => (u.Id, u.StaffMemberId), cancellationToken);
        await inboxes.CreateAsync(Keys.Inboxes.PersonnelReviewers, [users["personnel"].Id], cancellationToken);
        await inboxes.CreateAsync(Keys.Inboxes.ControlBody, [users["control"].Id], cancellationToken);
        var today = DepartmentDate.Today(services.GetRequiredService<TimeProvider>());
        var sessions = new List<string>();
        try
        {
            async Task<IntegrityActor> ActorAsync(string userName, string role)
            {
                var (id, staffId) = users[userName];
                var (_, session) = await keys.UnlockAsync(id, DemoDepartment.Password, cancellationToken);
                sessions.Add(session!);
                return new IntegrityActor(id, session, staffId, new HashSet<string> { role });
            }

            var personnel = await ActorAsync("personnel", Accounts.Roles.PersonnelOfficer);
            var head = await ActorAsync("head.bvdk", Accounts.Roles.Leader);
            var staff = await ActorAsync("staff", Accounts.Roles.Staff);
            await services.GetRequiredService<DeclarationDuties>().PlanAnnualAsync(personnel, today.Year, cancellationToken);

            var workflow = services.GetRequiredService<DeclarationWorkflow>();
            await DeclareAsync(workflow, head, today.Year - 1, 1_200_000_000, null, cancellationToken);
            await services.GetRequiredService<DeclarationReview>().AcceptAsync(personnel, await IdAsync(db, head, today.Year - 1, cancellationToken),
                await db.Declarations.Where(d => d.DeclarantUserId == head.UserId).Select(d => d.Version).SingleAsync(cancellationToken), cancellationToken);
            await DeclareAsync(workflow, head, today.Year, 2_600_000_000, "Bán căn hộ thừa kế của cha mẹ tại thành phố (hợp đồng công chứng năm nay).", cancellationToken);

            await services.GetRequiredService<GiftRegister>().ReportAsync(staff,
                new GiftInput(staff.StaffId!.Value, today.AddDays(-2), "Gia đình bệnh nhân Trần Văn Bình", null, "Phong bì 2.000.000 đồng gửi kèm giỏ hoa quả khi ra viện", 2_000_000), cancellationToken);
            await services.GetRequiredService<ConflictReports>().ReportAsync(staff,
                new ConflictInput(today.AddDays(-1), "Tiếp nhận hồ sơ nhập viện", "Được phân công tiếp nhận hồ sơ của người thân (em gái) đang chờ phẫu thuật."), cancellationToken);
            await services.GetRequiredService<PolicyLibrary>().PublishAsync(personnel, new PolicyInput("QTUX-SYT", "Quy tắc ứng xử của cán bộ, công chức, viên chức ngành Y tế",
                PolicyAudience.Everyone, "Không nhận, không đòi hỏi quà tặng, tiền của người bệnh và người nhà; báo cáo quà tặng không từ chối được trong 5 ngày làm việc; báo cáo xung đột lợi ích.",
                "Thông tư 07/2014/TT-BYT; Nghị định 59/2019/NĐ-CP", today.AddDays(-30)), cancellationToken);
            // Planning shown on the review and draw pages: an appointment a month ahead, and a declarant kept out of this year's draw.
            var duties = services.GetRequiredService<DeclarationDuties>();
            await duties.PlanAsync(personnel, staff.StaffId!.Value, DeclarationKind.Appointment, today.Year, today.AddDays(30), cancellationToken);
            // The accountant (a finance post, DemoDepartment.SensitivePosts); the browser test excludes someone else.
            var onLeave = (await duties.ObligatedAsync(cancellationToken)).FirstOrDefault(o => o.Name == "Mai Thị Hồng");
            if (onLeave is not null)
            {
                await services.GetRequiredService<Integrity.Draw.VerificationDraws>().ExcludeAsync(personnel, today.Year, onLeave.StaffId,
                    Integrity.Draw.DrawExclusionGrounds.LongLeave, "Nghỉ thai sản từ tháng 3 đến tháng 9", cancellationToken);
            }

            await output.WriteLineAsync("Integrity demo: annual dues planned, two declarations by the hospital's director (the second flagged for review), a gift, a conflict report, the code of conduct, a planned appointment declaration, a draw exclusion.");
        }
        finally
        {
            sessions.ForEach(ring.Remove);
        }
    }

    private static async Task DeclareAsync(DeclarationWorkflow workflow, IntegrityActor who, int year, long house, string? explanation, CancellationToken cancellationToken)
    {
        var started = await workflow.StartAsync(who, DeclarationKind.Annual, year, null, cancellationToken);
        var form = new DeclarationForm
        {
            SpouseName = "Đinh Thị Hoa", MinorChildren = ["Lương Minh An"],
            Items =
            [
                new AssetItem { Category = AssetCategory.House, Owner = AssetOwner.Declarant, Description = "Nhà ở 3 tầng, phường Bình An", ValueVnd = house },
                new AssetItem { Category = AssetCategory.Money, Owner = AssetOwner.Spouse, Description = "Tiền gửi tiết kiệm", ValueVnd = 300_000_000 },
            ],
            TotalIncomeVnd = 480_000_000, IncreaseExplanation = explanation,
        };
        var result = await workflow.SubmitAsync(who, started.Id ?? throw new InvalidOperationException($"demo declaration: {started.Problem}"), 0, form, cancellationToken);
        if (!result.Done)
        {
            throw new InvalidOperationException($"demo declaration: {result.Problem}");
        }
    }

    private static Task<Guid> IdAsync(PortalDbContext db, IntegrityActor who, int year, CancellationToken cancellationToken) =>
        db.Declarations.Where(d => d.DeclarantUserId == who.UserId && d.Year == year).Select(d => d.Id).SingleAsync(cancellationToken);
}

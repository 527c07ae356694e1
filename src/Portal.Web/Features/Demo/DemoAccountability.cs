using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Accountability;
using Portal.Web.Features.Accounts;

namespace Portal.Web.Features.Demo;

/// <summary>
/// Accountability for the demo: a reprimand last year for the head of the internal medicine ward (so a second one
/// raises the review flag), a warning for a nurse, a head's responsibility from a check awaiting consideration, a
/// transfer awaiting decision, and two listed positions with people due to rotate (one exempted). All through the
/// module's own use cases, as the personnel officer.
/// </summary>
internal sealed class DemoAccountability(IServiceProvider services)
{
    public async Task SeedAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var today = DepartmentDate.Today(services.GetRequiredService<TimeProvider>());
        var personnelId = await db.Users.Where(u => u.UserName == "personnel").Select(u => u.Id).SingleAsync(cancellationToken);
        var actor = await services.GetRequiredService<AccountabilityActors>().ForAsync(personnelId, [Roles.PersonnelOfficer], cancellationToken);
        var staff = await db.StaffMembers.Where(s => s.Email != null).ToDictionaryAsync(s => s.Email!.Split('@')[0], s => s.Id, cancellationToken);
        var positions = await db.Positions.ToDictionaryAsync(p => p.Code, p => p.Id, cancellationToken);

        var register = services.GetRequiredService<DisciplineRegister>();
        Check(await register.RecordAsync(actor, new DisciplineInput(staff["bvdk-internal"], DisciplineForm.Reprimand, "215/QĐ-BVĐK", today.AddMonths(-8),
            "Không chỉ đạo kiểm tra việc thu tiền viện phí tại khoa (dữ liệu mẫu)"), cancellationToken));
        Check(await register.RecordAsync(actor, new DisciplineInput(staff["nurse2"], DisciplineForm.Warning, "31/QĐ-BVĐK", today.AddMonths(-2),
            "Nhận tiền của người nhà người bệnh (dữ liệu mẫu)"), cancellationToken));

        Check(await services.GetRequiredService<HeadsResponsibility>().RecordAsync(actor, new ResponsibilityInput(staff["bvdk-supplies"], ConclusionSource.Check,
            "12/KL-TTr", ResponsibilitySeverity.LessSerious, today.AddDays(-25)), cancellationToken));
        Check(await services.GetRequiredService<Suspensions>().RequestAsync(actor, new SuspensionInput(staff["bvdk-supplies-officer"], SuspensionKind.Transfer,
            "Kết luận 12/KL-TTr (mua sắm vật tư)", today.AddDays(-2)), cancellationToken));

        var rotation = services.GetRequiredService<JobRotation>();
        const string basis = "Nghị định 59/2019/NĐ-CP, Điều 36–37; danh mục vị trí định kỳ chuyển đổi của Bộ Y tế";
        Check(await rotation.ListPositionAsync(actor, positions["KT"], 3, basis, cancellationToken));
        Check(await rotation.ListPositionAsync(actor, positions["TTV"], 4, basis, cancellationToken));
        var listed = await db.RotationPositions.ToDictionaryAsync(p => p.PositionId, p => p.Id, cancellationToken);
        Check(await rotation.AssignAsync(actor, staff["accountant"], listed[positions["KT"]], today.AddYears(-3).AddMonths(-2), cancellationToken));
        Check(await rotation.AssignAsync(actor, staff["handler2"], listed[positions["TTV"]], today.AddYears(-4).AddMonths(-1), cancellationToken));
        var exemptionFor = Check(await rotation.AssignAsync(actor, staff["handler3"], listed[positions["TTV"]], new DateOnly(today.Year - 4, 1, 15), cancellationToken));
        Check(await rotation.ExemptAsync(actor, exemptionFor, ExemptionReason.PregnancyOrYoungChild, "Nuôi con dưới 36 tháng tuổi", new DateOnly(today.Year - 1, 6, 1), new DateOnly(today.Year + 1, 5, 31), cancellationToken));
        await output.WriteLineAsync("Accountability demo: two discipline records, a head's responsibility awaiting consideration, a transfer awaiting decision, two listed positions with people due to rotate.");
    }

    private static Guid Check(AccountabilityResult result) =>
        result.Done ? result.Id!.Value : throw new InvalidOperationException($"demo accountability: {result.Problem}");
}

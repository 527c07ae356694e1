using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Assessment;
using Portal.Web.Features.Organisation;
using Portal.Web.Features.Programme;

namespace Portal.Web.Features.Demo;

/// <summary>
/// The Department's anti-corruption programme for the demo year (the eight tasks of the health sector's
/// programme and the sub-tasks its text lists), a loophole, and a sample PACI/PACA criteria tree for last
/// year (closed, scored) and this year (being scored).
/// </summary>
internal static class DemoProgramme
{
    /// <summary>Code, parent code, owner unit, owner staff key, title, due month/day, status.</summary>
    private static readonly (string Code, string Unit, string? Owner, string Title, int DueMonth, int DueDay, ProgrammeTaskStatus Status)[] Tasks =
    [
        ("1", "VP", "office-chief", "Triển khai đồng bộ chính sách, pháp luật về phòng, chống tham nhũng, tiêu cực", 12, 31, ProgrammeTaskStatus.InProgress),
        ("2", "TTR", "control", "Thực hiện chương trình công tác của Ban Chỉ đạo Trung ương và Ban Chỉ đạo Tỉnh ủy về phòng, chống tham nhũng, tiêu cực", 12, 31, ProgrammeTaskStatus.InProgress),
        ("3", "TTR", "control", "Đề xuất hoàn thiện, đồng bộ thể chế, pháp luật; kịp thời khắc phục sơ hở, bất cập dễ bị lợi dụng để tham nhũng, tiêu cực", 11, 30, ProgrammeTaskStatus.InProgress),
        ("3.1", "VP", null, "Rà soát, đề xuất sửa đổi quy định, quy trình nội bộ của ngành y tế có sơ hở", 6, 30, ProgrammeTaskStatus.Done),
        ("3.2", "TTR", "handler", "Theo dõi, khắc phục sơ hở, bất cập phát hiện qua thanh tra, kiểm tra và giải quyết tố cáo", 11, 15, ProgrammeTaskStatus.InProgress),
        ("4", "TCCB", "personnel-head", "Thực hiện đồng bộ, hiệu quả các giải pháp phòng ngừa tham nhũng, tiêu cực, nhất là quy định về công khai, minh bạch; kê khai, kiểm soát tài sản, thu nhập", 12, 31, ProgrammeTaskStatus.InProgress),
        ("4.1", "VP", null, "Công khai, minh bạch hoạt động của cơ quan, đơn vị theo quy định", 9, 30, ProgrammeTaskStatus.Done),
        ("4.2", "TCCB", "personnel", "Tổ chức kê khai tài sản, thu nhập hằng năm (hoàn thành trước ngày 31 tháng 12)", 12, 31, ProgrammeTaskStatus.NotStarted),
        ("5", "TTR", "control", "Tăng cường thanh tra, kiểm tra, giám sát việc thực hiện pháp luật về phòng, chống tham nhũng, tiêu cực", 12, 15, ProgrammeTaskStatus.InProgress),
        ("6", "TTR", "control", "Thực hiện đánh giá công tác phòng, chống tham nhũng theo Bộ Chỉ số đánh giá công tác PCTN cấp tỉnh", 10, 31, ProgrammeTaskStatus.InProgress),
        ("7", "TCCB", "personnel-head", "Nâng cao vai trò, trách nhiệm của cán bộ, công chức, viên chức, nhất là người đứng đầu cơ quan, đơn vị", 12, 31, ProgrammeTaskStatus.InProgress),
        ("7.1", "TCCB", "personnel-head", "Rà soát, xem xét cho từ chức, miễn nhiệm, bố trí công tác khác đối với cán bộ sau khi bị kỷ luật theo chủ trương của Bộ Chính trị", 9, 30, ProgrammeTaskStatus.InProgress),
        ("7.2", "TCCB", null, "Rà soát, khắc phục tình trạng đùn đẩy, né tránh, làm việc cầm chừng, sợ sai trong cán bộ, đảng viên, nhất là cán bộ lãnh đạo", 12, 31, ProgrammeTaskStatus.NotStarted),
        ("7.3", "TTR", null, "Tăng cường thanh tra, kiểm tra công vụ; xử lý trách nhiệm người đứng đầu cơ quan, đơn vị để xảy ra tình trạng trên", 12, 31, ProgrammeTaskStatus.NotStarted),
        ("7.4", "TCCB", null, "Thực hiện nghiêm quy định về xử lý trách nhiệm người đứng đầu khi để xảy ra tham nhũng tại cơ quan, đơn vị", 12, 31, ProgrammeTaskStatus.InProgress),
        ("7.5", "TTR", "handler", "Kịp thời giải quyết tố cáo, phản ánh về tham nhũng thuộc thẩm quyền; khen thưởng, bảo vệ người tố cáo theo quy định", 12, 31, ProgrammeTaskStatus.InProgress),
        ("7.6", "VP", null, "Xây dựng văn hóa tiết kiệm, liêm chính, không tham nhũng, tiêu cực trong cán bộ, đảng viên và Nhân dân", 12, 31, ProgrammeTaskStatus.InProgress),
        ("8", "VP", "office-chief", "Nâng cao chất lượng, hiệu quả công tác tuyên truyền về phòng, chống tham nhũng, tiêu cực", 8, 31, ProgrammeTaskStatus.InProgress),
    ];

    /// <summary>A sample structure only, to be replaced by the province's official criteria: the titles say so.</summary>
    private static readonly (string Code, string Title, string TitleEn, decimal Max)[] Criteria =
    [
        ("A", "[Cấu trúc mẫu] Xây dựng, hoàn thiện thể chế và tổ chức thực hiện", "[Sample structure] Rules and organisation", 0),
        ("A.1", "Ban hành kế hoạch phòng, chống tham nhũng năm", "Annual anti-corruption plan issued", 5),
        ("A.2", "Tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng", "Awareness and legal education", 5),
        ("A.3", "Rà soát, hoàn thiện quy định, quy trình nội bộ", "Internal rules reviewed and improved", 5),
        ("A.4", "Tự kiểm tra, báo cáo định kỳ đúng hạn", "Self-checks and timely reporting", 5),
        ("B", "[Cấu trúc mẫu] Phòng ngừa tham nhũng", "[Sample structure] Prevention", 0),
        ("B.1", "Công khai, minh bạch trong hoạt động", "Transparency", 8),
        ("B.2", "Xây dựng, thực hiện định mức, tiêu chuẩn, chế độ", "Norms, standards and entitlements", 6),
        ("B.3", "Quy tắc ứng xử; kiểm soát xung đột lợi ích", "Codes of conduct; conflicts of interest", 6),
        ("B.4", "Chuyển đổi vị trí công tác", "Job rotation", 4),
        ("B.5", "Kê khai, kiểm soát tài sản, thu nhập", "Asset and income declarations", 6),
        ("C", "[Cấu trúc mẫu] Phát hiện, xử lý tham nhũng", "[Sample structure] Detection and handling", 0),
        ("C.1", "Phát hiện tham nhũng qua tự kiểm tra nội bộ", "Corruption found by internal checks", 10),
        ("C.2", "Giải quyết tố cáo, phản ánh về tham nhũng đúng thời hạn", "Denunciations settled on time", 10),
        ("C.3", "Xử lý trách nhiệm người đứng đầu", "Heads held responsible", 10),
        ("D", "[Cấu trúc mẫu] Thu hồi tài sản và bảo vệ người tố cáo", "[Sample structure] Recovery and whistleblower protection", 0),
        ("D.1", "Thu hồi tiền, tài sản tham nhũng", "Corrupt assets recovered", 10),
        ("D.2", "Bảo vệ, khen thưởng người tố cáo", "Whistleblowers protected and rewarded", 10),
    ];

    public static void Seed(
        PortalDbContext db, IReadOnlyDictionary<string, Unit> units, IReadOnlyDictionary<string, StaffMember> staff, Guid director, DateOnly today, DateTimeOffset now)
    {
        var year = today.Year;
        var byCode = new Dictionary<string, ProgrammeTask>();
        foreach (var (code, unit, owner, title, month, day, status) in Tasks)
        {
            var parent = code.Contains('.') ? byCode[code[..code.IndexOf('.')]] : null;
            var task = new ProgrammeTask
            {
                Year = year, Code = code, Title = title, ParentId = parent?.Id, OwnerUnitId = units[unit].Id, OwnerStaffId = owner is null ? null : staff[owner].Id,
                StartOn = new DateOnly(year, 1, 15), DueOn = new DateOnly(year, month, day), Status = status,
                CompletedOn = status == ProgrammeTaskStatus.Done ? new DateOnly(year, month, day).AddDays(-5) : null,
            };
            byCode[code] = task;
            db.ProgrammeTasks.Add(task);
        }

        var report = new ProgressReport
        {
            TaskId = byCode["8"].Id, ReportedOn = new DateOnly(year, 6, 30), AuthorUserId = director, CreatedAt = now,
            Text = "Đã tổ chức 3 hội nghị quán triệt Luật Phòng, chống tham nhũng cho lãnh đạo các đơn vị trực thuộc; đăng 12 tin bài trên Cổng thông tin điện tử của Sở.",
        };
        report.Evidence.Add(new ProgressEvidence { ReportId = report.Id, Label = "Kế hoạch tuyên truyền số 15/KH-SYT", Url = "https://syt.binhan.example/van-ban/15-kh-syt" });
        db.ProgressReports.Add(report);
        db.ProgressReports.Add(new ProgressReport
        {
            TaskId = byCode["3.2"].Id, ReportedOn = new DateOnly(year, 9, 30), AuthorUserId = director, CreatedAt = now,
            Text = "Đã ghi nhận 1 sơ hở trong quy trình mua sắm vật tư y tế qua giải quyết tố cáo; đề xuất sửa quy chế mua sắm đang chờ Giám đốc phê duyệt.",
        });

        var loophole = new Loophole
        {
            Source = LoopholeSource.Check, SourceReference = "KT-03/" + year, FoundOn = new DateOnly(year, 9, 12), OwnerUnitId = units["BVDK-VTTB"].Id,
            OwnerStaffId = staff["bvdk-supplies"].Id,
            Description = "Một người vừa lập dự toán vừa chấm hồ sơ chào giá khi mua sắm vật tư y tế tiêu hao dưới hạn mức chỉ định thầu.",
            RuleOrProcess = "Quy chế mua sắm vật tư y tế của Bệnh viện Đa khoa tỉnh",
            Proposal = "Tách người lập dự toán khỏi tổ chấm chào giá; công khai kết quả chào giá trên trang thông tin của bệnh viện.",
        };
        db.Loopholes.Add(loophole);
        db.LoopholeEvents.Add(new LoopholeEvent { LoopholeId = loophole.Id, At = now, ActorUserId = director, Status = LoopholeStatus.Proposed });

        // Last year closed with scores, this year under way: the comparison has two years to show.
        AddTree(db, year - 1, scored: 1.0m);
        db.AssessmentYears.Add(new AssessmentYear { Year = year - 1, ClosedOn = new DateOnly(year - 1, 12, 20), ClosedBy = director });
        AddTree(db, year, scored: 0.0m);
    }

    /// <summary>The open tasks become duties as the programme page would make them, so the dashboard and the bell show them.</summary>
    public static async Task TrackDutiesAsync(PortalDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        foreach (var task in await db.ProgrammeTasks.ToListAsync(cancellationToken))
        {
            await SaveProgrammeTask.TrackDutyAsync(db, task, today, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void AddTree(PortalDbContext db, int year, decimal scored)
    {
        var sections = new Dictionary<string, Guid>();
        var order = 0;
        foreach (var (code, title, titleEn, max) in Criteria)
        {
            var criterion = new Criterion
            {
                Year = year, Code = code, Title = title, TitleEn = titleEn, MaxPoints = max, SortOrder = order++,
                ParentId = code.Contains('.') ? sections[code[..1]] : null,
            };
            if (criterion.ParentId is null)
            {
                sections[code] = criterion.Id;
            }

            db.Criteria.Add(criterion);
            // Last year: most criteria scored at three quarters or full, so the chart has something to compare.
            if (scored > 0 && max > 0)
            {
                db.CriterionScores.Add(new CriterionScore
                {
                    CriterionId = criterion.Id, Score = code.EndsWith('1') ? max : Math.Round(max * 0.75m, 2), Explanation = "Tự chấm theo báo cáo năm.",
                });
            }
        }
    }
}

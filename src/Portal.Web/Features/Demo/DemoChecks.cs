using Portal.Web.Data;
using Portal.Web.Features.Checks;
using Portal.Web.Features.Deadlines.Duties;
using Portal.Web.Features.Organisation;
using Portal.Web.Features.Programme;

namespace Portal.Web.Features.Demo;

/// <summary>
/// This year's plan of checks, approved, with checks at every stage: one in follow-up with an overdue recommendation
/// (the loophole it found is the register's demo entry), one under way, one planned, one closed, one cancelled, and an
/// inspection by the provincial inspectorate whose recommendation the Department follows up. Dates count back from
/// today so the overdue one stays overdue whenever the demo is seeded.
/// </summary>
internal static class DemoChecks
{
    public static async Task SeedAsync(
        PortalDbContext db, IReadOnlyDictionary<string, Unit> units, IReadOnlyDictionary<string, StaffMember> staff, IReadOnlyDictionary<string, Guid> users,
        DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var year = today.Year;
        var officer = users["handler"];
        db.CheckPlans.Add(new CheckPlan
        {
            Year = year, DecisionNumber = "Quyết định số 25/QĐ-SYT", ApprovedByUserId = users["director"],
            ApprovedOn = Min(new DateOnly(year, 1, 20), today),
        });

        var number = 0;
        Check Add(string unit, string subject, int fromDays, int length, CheckStatus status, CheckKind kind = CheckKind.Check)
        {
            var from = Clamp(today.AddDays(fromDays), year);
            var n = kind == CheckKind.Check ? ++number : 1;
            var check = new Check
            {
                Year = year, Kind = kind, Number = n, Code = CheckRules.Code(kind == CheckKind.Check ? "KT" : "TT", year, n), CheckedUnitId = units[unit].Id,
                Subject = subject, PlannedFrom = from, PlannedTo = from.AddDays(length), Status = status,
                LegalBasis = kind == CheckKind.Check ? $"Quyết định số {30 + n}/QĐ-SYT; Luật Phòng, chống tham nhũng 2018, Điều 59" : "Quyết định của Chánh Thanh tra tỉnh",
            };
            if (status != CheckStatus.Planned && status != CheckStatus.Cancelled)
            {
                check.StartedOn = from;
            }

            db.Checks.Add(check);
            return check;
        }

        void Member(Check check, string key, bool leader, bool confirmed) => db.CheckTeamMembers.Add(new CheckTeamMember
        {
            CheckId = check.Id, StaffMemberId = staff[key].Id, IsLeader = leader,
            NoConflictConfirmedOn = confirmed ? check.PlannedFrom.AddDays(-3) : null, ConfirmedByUserId = confirmed ? officer : null,
        });

        void Conclude(Check check, int daysAgo, string number, string summary)
        {
            check.ConclusionOn = today.AddDays(-daysAgo);
            check.ConclusionNumber = number;
            check.ConclusionSummary = summary;
        }

        var procurement = Add("BVDK", "Thực hiện quy định về công khai, minh bạch trong mua sắm vật tư y tế tiêu hao", -110, 20, CheckStatus.FollowUp);
        Member(procurement, "handler", leader: true, confirmed: true);
        Member(procurement, "accountant", leader: false, confirmed: true);
        procurement.Findings = "Hồ sơ 14 gói mua sắm dưới hạn mức chỉ định thầu: 9 gói do cùng một người lập dự toán và chấm chào giá; 3 gói thanh toán vượt giá trúng thầu, tổng 45.600.000 đồng.";
        Conclude(procurement, 75, "12/KL-SYT", "Bệnh viện chưa tách người lập dự toán khỏi tổ chấm chào giá; thanh toán vượt giá trúng thầu ở 3 gói. Yêu cầu khắc phục và thu hồi số tiền chênh lệch.");

        var conduct = Add("TTYT-TP", "Thực hiện quy tắc ứng xử và công khai giá dịch vụ khám bệnh, chữa bệnh", -5, 15, CheckStatus.InProgress);
        Member(conduct, "handler3", leader: true, confirmed: true);
        Member(conduct, "handler", leader: false, confirmed: true);
        conduct.Findings = "Đã làm việc với Ban Giám đốc trung tâm; đang đối chiếu bảng giá niêm yết với phần mềm thu viện phí.";

        var declarations = Add("CDC", "Kê khai, kiểm soát tài sản, thu nhập và chuyển đổi vị trí công tác", 20, 15, CheckStatus.Planned);
        Member(declarations, "handler2", leader: true, confirmed: false);

        var funds = Add("BVSN", "Quản lý, sử dụng quỹ khen thưởng, phúc lợi", -200, 15, CheckStatus.Closed);
        Member(funds, "handler2", leader: true, confirmed: true);
        Conclude(funds, 170, "05/KL-SYT", "Quỹ được quản lý đúng quy định; một khoản chi sai mục đích đã được hoàn trả trong thời gian kiểm tra.");
        funds.ClosedOn = today.AddDays(-100);

        var cancelled = Add("BVYHCT", "Thực hiện quy định về tiếp nhận, quản lý và sử dụng tài trợ", -60, 10, CheckStatus.Cancelled);
        cancelled.CancelReason = "Trùng nội dung với cuộc thanh tra của Thanh tra tỉnh tại bệnh viện trong cùng quý.";
        cancelled.ClosedOn = today.AddDays(-62);

        var inspection = Add("NVD", "Thanh tra việc lựa chọn nhà thầu cung cấp thuốc", -90, 30, CheckStatus.FollowUp, CheckKind.Inspection);
        Conclude(inspection, 40, "08/KL-TTr", "Quy trình thẩm định giá thuốc chưa đủ chặt chẽ; kiến nghị Sở ban hành quy trình nội bộ.");

        var loophole = db.Loopholes.Local.FirstOrDefault(l => l.Source == LoopholeSource.Check);
        if (loophole is not null)
        {
            // The register's demo loophole came from this check: the two point at each other.
            loophole.SourceReference = procurement.Code;
        }

        var recommendations = new List<(Check Check, CheckRecommendation Recommendation)>
        {
            (procurement, new CheckRecommendation
            {
                CheckId = procurement.Id, Number = 1, Kind = RecommendationKind.FixLoophole, OwnerUnitId = units["BVDK-VTTB"].Id, OwnerStaffId = staff["bvdk-supplies"].Id,
                Text = "Sửa quy chế mua sắm: tách người lập dự toán khỏi tổ chấm chào giá; công khai kết quả chào giá trên trang thông tin của bệnh viện.",
                DueOn = today.AddDays(-15), LoopholeId = loophole?.Id,
            }),
            (procurement, new CheckRecommendation
            {
                CheckId = procurement.Id, Number = 2, Kind = RecommendationKind.RecoverMoney, AmountVnd = 45_600_000, OwnerUnitId = units["BVDK"].Id,
                Text = "Thu hồi số tiền thanh toán vượt giá trúng thầu của 3 gói mua sắm, nộp vào tài khoản của bệnh viện.", DueOn = today.AddDays(20),
            }),
            (procurement, new CheckRecommendation
            {
                CheckId = procurement.Id, Number = 3, Kind = RecommendationKind.Discipline, OwnerUnitId = units["BVDK"].Id,
                Text = "Kiểm điểm trách nhiệm tập thể, cá nhân có liên quan đến việc thanh toán vượt giá trúng thầu.", DueOn = today.AddDays(-30),
                Status = RecommendationStatus.Done, ClosedOn = today.AddDays(-32), ClosingEvidence = "Biên bản họp kiểm điểm số 41/BB-BVĐK của Bệnh viện", ClosedByUserId = officer,
            }),
            (funds, new CheckRecommendation
            {
                CheckId = funds.Id, Number = 1, Kind = RecommendationKind.Other, OwnerUnitId = units["BVSN"].Id,
                Text = "Ban hành quy chế chi tiêu nội bộ sửa đổi, công khai tại hội nghị viên chức.", DueOn = today.AddDays(-130),
                Status = RecommendationStatus.Done, ClosedOn = today.AddDays(-105), ClosingEvidence = "Quyết định số 77/QĐ-BVSN ban hành quy chế chi tiêu nội bộ", ClosedByUserId = officer,
            }),
            (inspection, new CheckRecommendation
            {
                CheckId = inspection.Id, Number = 1, Kind = RecommendationKind.Other, OwnerUnitId = units["NVD"].Id, OwnerStaffId = staff["pharmacy-head"].Id,
                Text = "Xây dựng quy trình nội bộ thẩm định giá thuốc trong lựa chọn nhà thầu, trình Giám đốc Sở ban hành.", DueOn = today.AddDays(35),
            }),
        };
        foreach (var (check, recommendation) in recommendations)
        {
            db.CheckRecommendations.Add(recommendation);
            await DutyClocks.TrackAsync(db, new DutyStart(
                DutyKinds.CheckRecommendation, recommendation.Id, CheckRecommendation.Label(check.Code, recommendation.Number), CheckRecommendations.RuleCode,
                recommendation.OwnerUnitId, recommendation.OwnerStaffId, $"/checks/{check.Id}", check.ConclusionOn!.Value, recommendation.DueOn), cancellationToken);
            if (recommendation.ClosedOn is { } closed)
            {
                await DutyClocks.CloseAsync(db, DutyKinds.CheckRecommendation, recommendation.Id, closed, cancellationToken);
            }
        }

        db.RecommendationProgress.Add(new RecommendationProgress
        {
            RecommendationId = recommendations[1].Recommendation.Id, ReportedOn = today.AddDays(-10), AuthorUserId = users["head.bvdk"], CreatedAt = now,
            Text = "Đã thu hồi 30.000.000 đồng từ hai nhà cung cấp; nhà cung cấp thứ ba cam kết nộp trước thời hạn.",
        });
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>Keeps a planned start inside the plan year however early or late in the year the demo is seeded.</summary>
    private static DateOnly Clamp(DateOnly day, int year) =>
        day.Year < year ? new DateOnly(year, 1, 2) : day.Year > year ? new DateOnly(year, 12, 1) : day;
}

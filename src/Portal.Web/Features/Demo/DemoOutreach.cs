using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Organisation;
using Portal.Web.Features.Outreach;

namespace Portal.Web.Features.Demo;

/// <summary>
/// The demo year's outreach, made through the same services the pages use (so participants, duties and audit
/// entries are real): a Department-wide mandatory training held twice with attendance and a quiz, a training for
/// leaders, an awareness campaign, a hospital training still to be held (the E2E run holds it), and where the
/// reporting channel is published.
/// </summary>
internal static class DemoOutreach
{
    /// <summary>Staff keys who did not come to the Department-wide training (so coverage is not a flat 100%).</summary>
    private static readonly string[] Absent = ["staff", "nurse2", "doctor", "bvdk-deputy2", "accountant", "handler3", "bvsn-director"];

    private static readonly QuizQuestionInput[] LawQuiz =
    [
        new("Người có chức vụ, quyền hạn nhận quà tặng không đúng quy định thì phải làm gì?", ["Giữ lại nếu giá trị nhỏ", "Báo cáo và nộp lại quà tặng theo quy định", "Chuyển cho người khác"], 1),
        new("Người tố cáo có thể phản ánh qua Cổng Liêm chính mà không cần ghi tên không?", ["Có, và hệ thống không lưu địa chỉ IP", "Không, phải có tài khoản"], 0),
        new("Thời hạn giải quyết tố cáo theo Luật Tố cáo 2018 là bao nhiêu ngày kể từ ngày thụ lý?", ["15 ngày", "30 ngày", "90 ngày"], 1),
    ];

    public static async Task SeedAsync(IServiceProvider services, PortalDbContext db, IReadOnlyDictionary<string, Unit> units, IReadOnlyDictionary<string, StaffMember> staff,
        DateOnly today, TextWriter output, CancellationToken cancellationToken)
    {
        var year = today.Year;
        var secretary = new OutreachActor(await db.Users.Where(u => u.UserName == "office-chief").Select(u => u.Id).SingleAsync(cancellationToken), staff["office-chief"].Id, true);
        var register = services.GetRequiredService<TrainingRegister>();
        var quizzes = services.GetRequiredService<Quizzes>();
        var channel = services.GetRequiredService<ChannelRegister>();
        DateOnly Past(int months, int day) => Max(new DateOnly(year, 1, 1), new DateOnly(year, today.Month, 1).AddMonths(-months).AddDays(day - 1));

        var law = await TrainingAsync(register, secretary, new TrainingForm
        {
            Code = $"TH-{year}-01", Title = "Quán triệt Luật Phòng, chống tham nhũng và Luật Tố cáo cho toàn ngành", Kind = OutreachKind.Training, Year = year,
            Mandatory = true, DueOn = Past(2, 28), PassMarkPercent = 70,
            Description = "Những điểm mới về kiểm soát tài sản, thu nhập; quà tặng; xung đột lợi ích; bảo vệ người tố cáo.",
        });
        var first = (await register.AddSessionAsync(secretary, law, Past(4, 12), "Hội trường Sở Y tế", cancellationToken)).Id!.Value;
        var second = (await register.AddSessionAsync(secretary, law, Past(3, 9), "Hội trường Bệnh viện Đa khoa tỉnh", cancellationToken)).Id!.Value;
        await register.AddMaterialAsync(secretary, law, "Luật Phòng, chống tham nhũng 36/2018/QH14", "https://vbpl.vn/", cancellationToken);
        await register.AddMaterialAsync(secretary, law, "Bài giảng hội nghị quán triệt (PDF)", "https://syt.binhan.example/tai-lieu/quan-triet-pctn.pdf", cancellationToken);
        var present = staff.Where(s => !Absent.Contains(s.Key)).ToList();
        await register.RecordAttendanceAsync(secretary, first, present.Where(s => units.Values.First(u => u.Id == s.Value.UnitId).Code is not ("BVDK" or "BVDK-KHTH" or "BVDK-VTTB" or "BVDK-NOI")).Select(s => s.Value.Id).ToList(), cancellationToken);
        await register.RecordAttendanceAsync(secretary, second, present.Where(s => units.Values.First(u => u.Id == s.Value.UnitId).Code is "BVDK" or "BVDK-KHTH" or "BVDK-VTTB" or "BVDK-NOI").Select(s => s.Value.Id).ToList(), cancellationToken);
        await quizzes.SaveAsync(secretary, law, LawQuiz, cancellationToken);
        var users = await db.Users.Where(u => u.StaffMemberId != null).ToDictionaryAsync(u => u.StaffMemberId!.Value, u => u.Id, cancellationToken);
        var i = 0;
        foreach (var (_, member) in present)
        {
            // Most pass at the first try; every fifth gets one answer wrong and stays below the mark.
            int?[] answers = i++ % 5 == 4 ? [1, 0, 0] : [1, 0, 1];
            await quizzes.SubmitAsync(new OutreachActor(users.GetValueOrDefault(member.Id), member.Id, false), law, answers, cancellationToken);
        }

        var leaders = await db.Positions.Where(p => p.IsLeadership).Select(p => p.Id).ToListAsync(cancellationToken);
        var leadersTraining = await TrainingAsync(register, secretary, new TrainingForm
        {
            Code = $"TH-{year}-02", Title = "Kê khai, kiểm soát tài sản, thu nhập cho người có chức vụ", Kind = OutreachKind.Training, Year = year,
            Mandatory = true, DueOn = new DateOnly(year, 12, 15), PositionIds = leaders,
        });
        var leadersSession = (await register.AddSessionAsync(secretary, leadersTraining, Past(1, 20), "Phòng họp tầng 3, Sở Y tế", cancellationToken)).Id!.Value;
        await register.RecordAttendanceAsync(secretary, leadersSession,
            await db.StaffMembers.Where(s => s.PositionId != null && leaders.Contains(s.PositionId.Value)).OrderBy(s => s.FullName).Take(12).Select(s => s.Id).ToListAsync(cancellationToken), cancellationToken);

        var campaign = await TrainingAsync(register, secretary, new TrainingForm
        {
            Code = $"TT-{year}-01", Title = "Tuần lễ tuyên truyền kênh phản ánh, tố cáo tại các bệnh viện", Kind = OutreachKind.Campaign, Year = year,
        });
        await register.AddSessionAsync(secretary, campaign, Past(5, 3), "Sảnh khoa Khám bệnh, Bệnh viện Đa khoa tỉnh", cancellationToken);
        await register.AddSessionAsync(secretary, campaign, Past(5, 5), "Sảnh Bệnh viện Sản – Nhi", cancellationToken);

        var hospital = await TrainingAsync(register, secretary, new TrainingForm
        {
            Code = $"TH-{year}-03", Title = "Quy tắc ứng xử và phòng ngừa nhũng nhiễu trong khám, chữa bệnh", Kind = OutreachKind.Training, Year = year,
            Mandatory = true, DueOn = new DateOnly(year, 12, 31), UnitIds = [units["BVDK"].Id], PassMarkPercent = 60,
        });
        await quizzes.SaveAsync(secretary, hospital,
        [
            new("Người bệnh đưa phong bì để được khám trước, nhân viên y tế cần làm gì?", ["Từ chối và hướng dẫn người bệnh theo đúng thứ tự", "Nhận rồi báo cáo sau"], 0),
            new("Phát hiện đồng nghiệp nhũng nhiễu người bệnh, bạn có thể phản ánh ở đâu?", ["Chỉ qua đường dây nóng của bệnh viện", "Qua Cổng Liêm chính, không cần ghi tên, hoặc với lãnh đạo đơn vị"], 1),
        ], cancellationToken);

        foreach (var (unit, medium, where, months) in new (string, PublicationMedium, string, int)[]
        {
            ("SYT", PublicationMedium.Website, "https://syt.binhan.example/phan-anh-to-cao", 6),
            ("BVDK", PublicationMedium.NoticeBoard, "Bảng tin sảnh khoa Khám bệnh", 5),
            ("BVDK", PublicationMedium.NoticeBoard, "Bảng tin khu điều trị nội trú", 5),
            ("BVYHCT", PublicationMedium.NoticeBoard, "Bảng tin sảnh chính", 4),
            ("BVSN", PublicationMedium.NoticeBoard, "Bảng tin khu khám Sản – Nhi", 4),
            ("CDC", PublicationMedium.NoticeBoard, "Bảng tin phòng tiêm chủng dịch vụ", 3),
            ("TTYT-TP", PublicationMedium.Leaflet, "Tờ rơi tại quầy tiếp đón", 2),
            ("SYT", PublicationMedium.Meeting, "Hội nghị sơ kết công tác PCTN 6 tháng", 5),
        })
        {
            await channel.PublishAsync(secretary, units[unit].Id, medium, where, Past(months, 10), cancellationToken);
        }

        await output.WriteLineAsync("Demo outreach added: 3 trainings and a campaign, attendance and quizzes, 8 places where the reporting channel is published.");
    }

    private static async Task<Guid> TrainingAsync(TrainingRegister register, OutreachActor actor, TrainingForm form)
    {
        var result = await register.SaveAsync(actor, form);
        return result.Id ?? throw new InvalidOperationException($"demo training {form.Code}: {result.Problem}");
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}

namespace Portal.Web.Features.Deadlines.Rules;

/// <summary>
/// The rules of ../shared/docs/deadline-rules.md as shipped with the portal (administrators edit them
/// later). Have them checked against the official consolidated texts before a release.
/// </summary>
internal static class DeadlineRuleSeed
{
    private static readonly DateOnly LawsInForce = new(2019, 7, 1);

    private const string SuspensionBasis =
        "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 71 khoản 4; Nghị định 59/2019/NĐ-CP, các điều về tạm đình chỉ, tạm thời chuyển vị trí công tác (số điều cần đối chiếu công báo)";

    public static IReadOnlyList<DeadlineRule> Rules { get; } =
    [
        Rule(1, RuleCodes.DenunciationAccept, "Thụ lý hoặc không thụ lý tố cáo", "Decide whether to accept a denunciation", 7, DurationUnit.WorkingDays,
            "Luật Tố cáo 25/2018/QH14, Điều 24 khoản 1", "Đến 10 ngày làm việc nếu phải kiểm tra, xác minh ở nhiều nơi hoặc ủy quyền",
            extensions: "any:1x3wd"),
        Rule(2, RuleCodes.DenunciationForward, "Chuyển tố cáo không thuộc thẩm quyền và thông báo", "Forward a denunciation outside competence and notify", 5, DurationUnit.WorkingDays,
            "Luật Tố cáo 25/2018/QH14, Điều 24 khoản 2"),
        Rule(3, RuleCodes.DenunciationNotifyAccepted, "Thông báo việc thụ lý cho người tố cáo và người bị tố cáo", "Notify acceptance to the denouncer and the person denounced", 5, DurationUnit.WorkingDays,
            "Luật Tố cáo 25/2018/QH14, Điều 29 khoản 3"),
        Rule(4, RuleCodes.DenunciationSettle, "Giải quyết tố cáo", "Settle a denunciation", 30, DurationUnit.Days,
            "Luật Tố cáo 25/2018/QH14, Điều 30; Nghị định 31/2019/NĐ-CP, Điều 3", "Phức tạp: gia hạn một lần 30 ngày; đặc biệt phức tạp: gia hạn hai lần, mỗi lần 30 ngày", pauses: true,
            extensions: "complex:1x30d especially-complex:2x30d"),
        Rule(5, RuleCodes.DenunciationSendSuspension, "Gửi quyết định tạm đình chỉ, đình chỉ", "Send a suspension or termination decision", 5, DurationUnit.WorkingDays,
            "Luật Tố cáo 25/2018/QH14, Điều 34"),
        Rule(6, RuleCodes.DenunciationSendConclusion, "Gửi kết luận, thông báo cho người tố cáo", "Send the conclusion and notify the denouncer", 5, DurationUnit.WorkingDays,
            "Luật Tố cáo 25/2018/QH14, Điều 35 khoản 3"),
        Rule(7, RuleCodes.DenunciationAct, "Xử lý theo kết luận nội dung tố cáo", "Act on the conclusion", 7, DurationUnit.WorkingDays,
            "Luật Tố cáo 25/2018/QH14, Điều 36", "Có dấu hiệu tội phạm: chuyển ngay cơ quan điều tra"),
        Rule(8, RuleCodes.DenunciationPublish, "Công khai kết luận nội dung tố cáo", "Publish the conclusion", 7, DurationUnit.WorkingDays,
            "Luật Tố cáo 25/2018/QH14, Điều 40", "Niêm yết ít nhất 15 ngày liên tục"),
        Rule(9, "denunciation.forwarded-report", "Báo cáo kết quả tố cáo do báo chí, cơ quan chuyển đến", "Report back on a denunciation forwarded by the press or an authority", 20, DurationUnit.Days,
            "Luật Tố cáo 25/2018/QH14, Điều 26 khoản 2"),
        Rule(10, "denunciation.review", "Xem xét tố cáo tiếp", "Review a repeated denunciation", 20, DurationUnit.Days,
            "Luật Tố cáo 25/2018/QH14, Điều 37"),
        Rule(11, RuleCodes.PetitionIntakeOutcome, "Thông báo kết quả tiếp nhận kiến nghị, phản ánh", "Tell the citizen the outcome of intake", 10, DurationUnit.WorkingDays,
            "Luật Tiếp công dân 42/2013/QH13, Điều 28"),
        Rule(12, RuleCodes.ComplaintAccept, "Thụ lý khiếu nại", "Accept a complaint", 10, DurationUnit.WorkingDays,
            "Luật Khiếu nại 02/2011/QH13, Điều 27; Thông tư 07/2013/TT-TTCP", "Có thể thành 7 ngày làm việc từ 01/7/2026 (cần kiểm tra)", effectiveTo: new DateOnly(2026, 6, 30)),
        Rule(13, RuleCodes.ComplaintSettle, "Giải quyết khiếu nại lần đầu", "Settle a first complaint", 30, DurationUnit.Days,
            "Luật Khiếu nại 02/2011/QH13, Điều 28", "Phức tạp: 45 ngày; vùng sâu, vùng xa: 45/60 ngày",
            extensions: "complex:1x15d"),
        Rule(14, "staff-report.handle", "Xử lý báo cáo về hành vi tham nhũng", "Handle a staff report of corruption", 15, DurationUnit.Days,
            "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 66", "Phức tạp: 30 ngày",
            extensions: "complex:1x15d"),
        Rule(15, "conflict.report", "Báo cáo xung đột lợi ích", "Report a conflict of interest", 5, DurationUnit.WorkingDays,
            "Nghị định 59/2019/NĐ-CP, Điều 30–31"),
        Rule(16, "gift.report", "Báo cáo và nộp lại quà tặng không từ chối được", "Report and hand in a gift that could not be refused", 5, DurationUnit.WorkingDays,
            "Nghị định 59/2019/NĐ-CP, Điều 26"),
        Rule(17, "declaration.first", "Kê khai tài sản lần đầu", "First asset declaration after placement", 10, DurationUnit.Days,
            "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 36"),
        Rule(18, "declaration.correct", "Bổ sung, giải trình bản kê khai", "Correct a declaration", 7, DurationUnit.Days,
            "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 38"),
        // Law Art 71(4) leaves the procedure and the term to the Decree (Decree 59/2019 Art 1); the Decree's article numbers
        // were not confirmed against a source (its Art 43 is the grounds for deciding).
        Rule(19, "suspension.decide", "Quyết định tạm đình chỉ, chuyển vị trí công tác", "Decide a temporary suspension or transfer", 5, DurationUnit.WorkingDays,
            SuspensionBasis, "Thời hạn tạm đình chỉ: 90 ngày"),
        Rule(20, "heads-responsibility.consider", "Xem xét trách nhiệm người đứng đầu", "Consider a head's responsibility", 30, DurationUnit.WorkingDays,
            "Nghị định 59/2019/NĐ-CP, Điều 79"),
        // Anonymous information has no statutory clock (Art 25): these are the Department's own service levels.
        Rule(21, RuleCodes.AnonymousTriage, "Phân loại thông tin nặc danh", "Triage anonymous information", 7, DurationUnit.WorkingDays,
            "Quy định nội bộ của Sở Y tế (Luật Tố cáo 25/2018/QH14, Điều 25)"),
        Rule(22, RuleCodes.AnonymousCheck, "Kiểm tra thông tin nặc danh", "Check anonymous information", 60, DurationUnit.Days,
            "Quy định nội bộ của Sở Y tế (Luật Tố cáo 25/2018/QH14, Điều 25)", pauses: true),
        // The shorter limit until the amended text is checked: an early alert costs less than a missed deadline.
        Rule(23, RuleCodes.ComplaintAccept, "Thụ lý khiếu nại", "Accept a complaint", 7, DurationUnit.WorkingDays,
            "Luật Khiếu nại 02/2011/QH13, Điều 27 (sửa đổi bởi Luật 136/2025/QH15)", "Cần đối chiếu văn bản hợp nhất chính thức",
            effectiveFrom: new DateOnly(2026, 7, 1)),
        // Integrity duties (issue 7). The appointment rule counts *before* the appointment: see DeclarationDeadlines.
        Rule(24, "declaration.appointment", "Kê khai tài sản phục vụ bổ nhiệm (chậm nhất trước ngày bổ nhiệm)", "Declaration for an appointment (days before it)", 10, DurationUnit.Days,
            "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 36 khoản 4", "Tính ngược từ ngày dự kiến bổ nhiệm"),
        Rule(25, "declaration.handover", "Bàn giao bản kê khai cho cơ quan kiểm soát tài sản, thu nhập", "Hand the declaration to the control body", 20, DurationUnit.Days,
            "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 38"),
        Rule(26, "declaration.publish", "Công khai bản kê khai", "Publish the declaration", 5, DurationUnit.Days,
            "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 39; Nghị định 130/2020/NĐ-CP, Điều 11", "Niêm yết ít nhất 15 ngày hoặc công bố tại cuộc họp có ít nhất 2/3 số người được triệu tập"),
        Rule(27, "conflict.decide", "Người đứng đầu quyết định xử lý xung đột lợi ích", "The head decides on a conflict of interest", 5, DurationUnit.WorkingDays,
            "Nghị định 59/2019/NĐ-CP, Điều 31"),
        Rule(28, "conflict.notify", "Thông báo quyết định xử lý xung đột lợi ích", "Notify the decision on a conflict of interest", 5, DurationUnit.WorkingDays,
            "Nghị định 59/2019/NĐ-CP, Điều 31"),
        Rule(29, "policy.acknowledge", "Xác nhận đã đọc quy tắc ứng xử, quy định", "Acknowledge a code of conduct or policy", 10, DurationUnit.WorkingDays,
            "Quy định nội bộ của Sở Y tế (Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 20)"),
        // The date is fixed by law (the last working day before 31 December, DeclarationDeadlines); the rule carries the
        // name, basis and alert plan of the duty. The year is its period, never used to compute the date.
        Rule(30, "declaration.annual", "Kê khai tài sản hằng năm, bổ sung (trước ngày 31/12)", "Annual or supplementary declaration (before 31 December)", 365, DurationUnit.Days,
            "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 36 khoản 2, 3; Nghị định 130/2020/NĐ-CP, Điều 10",
            "Hạn cố định: ngày làm việc cuối cùng trước 31/12, không tính từ sự kiện"),
        // Each task's date is set by the programme itself; the rule names the duty and carries its alert plan.
        Rule(31, "programme.task", "Nhiệm vụ theo Chương trình phòng, chống tham nhũng", "Task of the anti-corruption programme", 30, DurationUnit.Days,
            "Chương trình công tác phòng, chống tham nhũng hằng năm của Sở Y tế (Luật Phòng, chống tham nhũng 36/2018/QH14)",
            "Hạn do Chương trình ấn định cho từng nhiệm vụ"),
        // Checks (issue 8): the conclusion sets each recommendation's date; no statute fixes one, so this internal period
        // applies only when the conclusion is silent. The Duty row carries the date the conclusion set.
        Rule(40, "check.recommendation", "Thực hiện kiến nghị sau kiểm tra (khi kết luận không ấn định thời hạn)", "Carry out a check's recommendation (when the conclusion sets no date)", 60, DurationUnit.Days,
            "Quy định nội bộ của Sở Y tế (Luật Phòng, chống tham nhũng 36/2018/QH14, mục kiểm tra, tự kiểm tra – số điều cần đối chiếu công báo; hướng dẫn của Thanh tra Chính phủ)",
            "Thời hạn theo kết luận kiểm tra; quá hạn thì báo người đứng đầu đơn vị, rồi Giám đốc Sở"),
        // Accountability (issue 8): the term of a suspension or transfer, and the day a listed position is due to rotate.
        Rule(32, "suspension.term", "Thời hạn tạm đình chỉ, tạm thời chuyển vị trí công tác", "Term of a temporary suspension or transfer", 90, DurationUnit.Days,
            SuspensionBasis, "Tính cả ngày bắt đầu và ngày kết thúc; kéo dài một lần, không quá 90 ngày: cần đối chiếu công báo",
            extensions: "any:1x90d", alerts: "80%:handler due:handler +1:head +3:director"),
        Rule(33, "rotation.rotate", "Định kỳ chuyển đổi vị trí công tác", "Periodic job rotation", 730, DurationUnit.Days,
            "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 25; Nghị định 59/2019/NĐ-CP, Điều 36–37 (số điều cần đối chiếu công báo)", "Thời hạn theo từng vị trí trong danh mục, từ đủ 02 năm đến 05 năm; ngày đến hạn do mô-đun tính",
            alerts: "due:head +1:head +20:director"),
        // Outreach (issue 8): the organiser sets the date on each mandatory training; the duration is the default window.
        Rule(45, "training.attend", "Tham dự lớp tập huấn bắt buộc về phòng, chống tham nhũng", "Attend a mandatory anti-corruption training", 30, DurationUnit.Days,
            "Quy định nội bộ của Sở Y tế (Chương trình phòng, chống tham nhũng, nhiệm vụ 8: tuyên truyền, phổ biến pháp luật)"),
    ];

    private static DeadlineRule Rule(int id, string code, string vi, string en, int duration, DurationUnit unit, string basis,
        string? extension = null, bool pauses = false, DateOnly? effectiveTo = null, DateOnly? effectiveFrom = null, string extensions = "",
        string alerts = AlertPlan.Default) => new()
    {
        Id = id, Code = code, NameVi = vi, NameEn = en, Duration = duration, Unit = unit, LegalBasis = basis,
        ExtensionNote = extension, PausesOnSuspension = pauses, EffectiveFrom = effectiveFrom ?? LawsInForce, EffectiveTo = effectiveTo, Version = 1,
        AlertPlan = alerts, ExtensionPlan = extensions,
    };
}

/// <summary>Rule codes the code refers to; the rest are used by modules that arrive later.</summary>
public static class RuleCodes
{
    public const string DenunciationAccept = "denunciation.accept";
    public const string DenunciationSettle = "denunciation.settle";
    public const string PetitionIntakeOutcome = "petition.intake-outcome";
    public const string DenunciationForward = "denunciation.forward";
    public const string DenunciationNotifyAccepted = "denunciation.notify-accepted";
    public const string DenunciationSendSuspension = "denunciation.send-suspension";
    public const string DenunciationSendConclusion = "denunciation.send-conclusion";
    public const string DenunciationAct = "denunciation.act-on-conclusion";
    public const string DenunciationPublish = "denunciation.publish";
    public const string ComplaintAccept = "complaint.accept";
    public const string ComplaintSettle = "complaint.settle";
    public const string AnonymousTriage = "anonymous.triage";
    public const string AnonymousCheck = "anonymous.check";
}

using Portal.Web.Features.Accounts;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Demo;

/// <summary>
/// A fictional provincial Department of Health, realistic enough to click through. Every name is invented.
/// The TOTP secrets are public on purpose (README lists them): demo data must never reach production.
/// </summary>
internal static class DemoDepartment
{
    public const string Password = "demo-portal-2026";

    public static readonly (string Code, string Name, string NameEn, UnitKind Kind, string? Parent)[] Units =
    [
        ("SYT", "Sở Y tế tỉnh Bình An", "Binh An Provincial Department of Health", UnitKind.Department, null),
        ("VP", "Văn phòng Sở", "Department Office", UnitKind.Division, "SYT"),
        ("TTR", "Thanh tra Sở", "Department Inspectorate", UnitKind.Division, "SYT"),
        ("TCCB", "Phòng Tổ chức cán bộ", "Personnel Division", UnitKind.Division, "SYT"),
        ("KHTC", "Phòng Kế hoạch – Tài chính", "Planning and Finance Division", UnitKind.Division, "SYT"),
        ("NVY", "Phòng Nghiệp vụ Y", "Medical Affairs Division", UnitKind.Division, "SYT"),
        ("NVD", "Phòng Nghiệp vụ Dược", "Pharmacy Division", UnitKind.Division, "SYT"),
        ("BVDK", "Bệnh viện Đa khoa tỉnh", "Provincial General Hospital", UnitKind.Hospital, "SYT"),
        ("BVDK-KHTH", "Phòng Kế hoạch tổng hợp", "General Planning Office", UnitKind.Division, "BVDK"),
        ("BVDK-VTTB", "Phòng Vật tư – Thiết bị y tế", "Medical Supplies and Equipment Office", UnitKind.Division, "BVDK"),
        ("BVDK-NOI", "Khoa Nội tổng hợp", "Internal Medicine Ward", UnitKind.Other, "BVDK"),
        ("BVYHCT", "Bệnh viện Y học cổ truyền", "Traditional Medicine Hospital", UnitKind.Hospital, "SYT"),
        ("BVSN", "Bệnh viện Sản – Nhi", "Obstetrics and Paediatrics Hospital", UnitKind.Hospital, "SYT"),
        ("CDC", "Trung tâm Kiểm soát bệnh tật tỉnh", "Provincial Centre for Disease Control", UnitKind.Centre, "SYT"),
        ("TTYT-TP", "Trung tâm Y tế thành phố Bình An", "Binh An City Health Centre", UnitKind.Centre, "SYT"),
        ("TTGDYK", "Trung tâm Giám định y khoa", "Medical Assessment Centre", UnitKind.Centre, "SYT"),
    ];

    public static readonly (string Code, string Name, string NameEn, bool Leadership)[] Positions =
    [
        ("GD", "Giám đốc", "Director", true),
        ("PGD", "Phó Giám đốc", "Deputy Director", true),
        ("CTT", "Chánh Thanh tra", "Chief Inspector", true),
        ("PCTT", "Phó Chánh Thanh tra", "Deputy Chief Inspector", true),
        ("CVP", "Chánh Văn phòng", "Chief of Office", true),
        ("TP", "Trưởng phòng", "Head of Division", true),
        ("PTP", "Phó Trưởng phòng", "Deputy Head of Division", true),
        ("TK", "Trưởng khoa", "Head of Ward", true),
        ("TTV", "Thanh tra viên", "Inspector", false),
        ("CV", "Chuyên viên", "Officer", false),
        ("KT", "Kế toán", "Accountant", false),
        ("BS", "Bác sĩ", "Physician", false),
        ("DD", "Điều dưỡng", "Nurse", false),
        ("DDT", "Điều dưỡng trưởng", "Head Nurse", false),
    ];

    public static readonly (string Key, string Name, string Unit, string Position, UnitRole Role)[] Staff =
    [
        ("director", "Nguyễn Văn Hùng", "SYT", "GD", UnitRole.Head),
        ("deputy1", "Trần Thị Mai", "SYT", "PGD", UnitRole.Deputy),
        ("deputy2", "Lê Quang Minh", "SYT", "PGD", UnitRole.Deputy),
        ("control", "Phạm Đức Thắng", "TTR", "CTT", UnitRole.Head),
        ("custodian", "Hoàng Thị Lan", "TTR", "PCTT", UnitRole.Deputy),
        ("handler", "Vũ Minh Tuấn", "TTR", "TTV", UnitRole.Member),
        ("handler2", "Đặng Thu Hà", "TTR", "TTV", UnitRole.Member),
        ("handler3", "Bùi Văn Nam", "TTR", "TTV", UnitRole.Member),
        ("office-chief", "Đỗ Thị Hương", "VP", "CVP", UnitRole.Head),
        ("admin", "Ngô Thanh Sơn", "VP", "CV", UnitRole.Member),
        ("personnel-head", "Dương Văn Long", "TCCB", "TP", UnitRole.Head),
        ("personnel", "Lý Thị Ngọc", "TCCB", "CV", UnitRole.Member),
        ("finance-head", "Hồ Văn Phúc", "KHTC", "TP", UnitRole.Head),
        ("accountant", "Mai Thị Hồng", "KHTC", "KT", UnitRole.Member),
        ("medical-head", "Trịnh Quốc Bảo", "NVY", "TP", UnitRole.Head),
        ("pharmacy-head", "Cao Thị Thanh", "NVD", "TP", UnitRole.Head),
        ("head.bvdk", "Lương Văn Khánh", "BVDK", "GD", UnitRole.Head),
        ("bvdk-deputy1", "Tạ Thị Yến", "BVDK", "PGD", UnitRole.Deputy),
        ("bvdk-deputy2", "Phan Văn Đức", "BVDK", "PGD", UnitRole.Deputy),
        ("bvdk-planning", "Kiều Thị Nga", "BVDK-KHTH", "TP", UnitRole.Head),
        ("bvdk-supplies", "Chu Văn Toàn", "BVDK-VTTB", "TP", UnitRole.Head),
        ("bvdk-supplies-officer", "Lã Thị Thu", "BVDK-VTTB", "CV", UnitRole.Member),
        ("bvdk-internal", "Quách Văn Hải", "BVDK-NOI", "TK", UnitRole.Head),
        ("head-nurse", "Tôn Nữ Diệu", "BVDK-NOI", "DDT", UnitRole.Member),
        ("doctor", "Vương Đình Khoa", "BVDK-NOI", "BS", UnitRole.Member),
        ("staff", "Nông Thị Xuân", "BVDK-NOI", "DD", UnitRole.Member),
        ("nurse2", "Lò Văn Sáng", "BVDK-NOI", "DD", UnitRole.Member),
        ("bvyhct-director", "Thái Văn Lộc", "BVYHCT", "GD", UnitRole.Head),
        ("bvsn-director", "Khúc Thị Phương", "BVSN", "GD", UnitRole.Head),
        ("cdc-director", "Âu Văn Trung", "CDC", "GD", UnitRole.Head),
        ("ttyt-director", "Giáp Thị Hạnh", "TTYT-TP", "GD", UnitRole.Head),
        ("ttgdyk-director", "Ninh Văn Quý", "TTGDYK", "GD", UnitRole.Head),
    ];

    /// <summary>Accounts: staff key, roles, and the TOTP secret (null: no second factor enrolled).</summary>
    public static readonly (string UserName, string[] Roles, string? TotpSecret)[] Accounts =
    [
        ("admin", [Roles.Administrator], null),
        ("director", [Roles.Leader], "DEMODIRECTORKEY2"),
        ("head.bvdk", [Roles.Leader], "DEMOHOSPITALKEY2"),
        ("handler", [Roles.Handler, Roles.CheckOfficer], "DEMOHANDLERKEY23"),
        ("custodian", [Roles.Custodian], "DEMOCUSTODIANKY2"),
        ("staff", [Roles.Staff], null),
        ("personnel", [Roles.PersonnelOfficer], "DEMOPERSONNELKY2"),
        ("control", [Roles.ControlBody, Roles.CheckOfficer], "DEMOCONTROLBODY2"),
        ("office-chief", [Roles.ProgrammeSecretary], null),
    ];

    /// <summary>Positions whose holders declare assets every year: deputy heads of division and above (Decree 130/2020 Art 10).</summary>
    public static readonly string[] DeclaringPositions = ["GD", "PGD", "CTT", "PCTT", "CVP", "TP", "PTP", "TK"];

    /// <summary>Posts that declare whatever the position (Appendix III): procurement, finance, personnel, citizen-facing work.</summary>
    public static readonly (string Key, SensitivePost Post)[] SensitivePosts =
    [
        ("bvdk-supplies-officer", SensitivePost.Procurement), ("accountant", SensitivePost.Finance), ("personnel", SensitivePost.Personnel),
        ("staff", SensitivePost.CitizenFacing),
    ];
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Portal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Accountability : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccountabilityEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ActorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountabilityEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AccountabilityRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<int>(type: "INTEGER", nullable: false),
                    Forms = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WindowMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    MinSeverity = table.Column<int>(type: "INTEGER", nullable: true),
                    LeadershipOnly = table.Column<bool>(type: "INTEGER", nullable: false),
                    Ground = table.Column<int>(type: "INTEGER", nullable: false),
                    NameVi = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountabilityRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DisciplineRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Leadership = table.Column<bool>(type: "INTEGER", nullable: false),
                    Form = table.Column<int>(type: "INTEGER", nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TermRuleCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    HeadResponsibilityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AnnulledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AnnulReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisciplineRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisciplineRecords_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DisciplineRecords_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HeadResponsibilities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HeadStaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceReference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcludedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Severity = table.Column<int>(type: "INTEGER", nullable: false),
                    ConsiderationDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    OutcomeNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DisciplineRecordId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HeadResponsibilities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HeadResponsibilities_StaffMembers_HeadStaffId",
                        column: x => x.HeadStaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HeadResponsibilities_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReviewFlags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RuleCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Decision = table.Column<int>(type: "INTEGER", nullable: false),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewFlags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewFlags_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RotationPositions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PositionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodYears = table.Column<int>(type: "INTEGER", nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RotationPositions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RotationPositions_Positions_PositionId",
                        column: x => x.PositionId,
                        principalTable: "Positions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Suspensions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Ground = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecisionDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Extensions = table.Column<int>(type: "INTEGER", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Suspensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Suspensions_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Suspensions_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RotationAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RotationPositionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldSince = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RotationAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RotationAssignments_RotationPositions_RotationPositionId",
                        column: x => x.RotationPositionId,
                        principalTable: "RotationPositions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RotationAssignments_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RotationExemptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RotationExemptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RotationExemptions_RotationAssignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "RotationAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "AccountabilityRules",
                columns: new[] { "Id", "Code", "EffectiveFrom", "EffectiveTo", "Forms", "Ground", "Kind", "LeadershipOnly", "LegalBasis", "MinSeverity", "NameEn", "NameVi", "Value", "WindowMonths" },
                values: new object[,]
                {
                    { 1, "discipline.in-force.Reprimand", new DateOnly(2020, 9, 25), null, "Reprimand", 0, 0, false, "Luật Cán bộ, công chức (sửa đổi 2019), Điều 82; Luật Viên chức (sửa đổi 2019), Điều 56; Nghị định 112/2020/NĐ-CP", null, "Reprimand: 12 months", "Khiển trách: 12 tháng", 12, null },
                    { 2, "discipline.in-force.Warning", new DateOnly(2020, 9, 25), null, "Warning", 0, 0, false, "Luật Cán bộ, công chức (sửa đổi 2019), Điều 82; Luật Viên chức (sửa đổi 2019), Điều 56; Nghị định 112/2020/NĐ-CP", null, "Warning: 12 months", "Cảnh cáo: 12 tháng", 12, null },
                    { 3, "discipline.in-force.SalaryDowngrade", new DateOnly(2020, 9, 25), null, "SalaryDowngrade", 0, 0, false, "Luật Cán bộ, công chức (sửa đổi 2019), Điều 82; Luật Viên chức (sửa đổi 2019), Điều 56; Nghị định 112/2020/NĐ-CP", null, "Salary downgrade: 18 months", "Hạ bậc lương: 18 tháng", 18, null },
                    { 4, "discipline.in-force.Demotion", new DateOnly(2020, 9, 25), null, "Demotion", 0, 0, false, "Luật Cán bộ, công chức (sửa đổi 2019), Điều 82; Luật Viên chức (sửa đổi 2019), Điều 56; Nghị định 112/2020/NĐ-CP", null, "Demotion: 18 months", "Giáng chức: 18 tháng", 18, null },
                    { 5, "discipline.in-force.Dismissal", new DateOnly(2020, 9, 25), null, "Dismissal", 0, 0, false, "Luật Cán bộ, công chức (sửa đổi 2019), Điều 82; Luật Viên chức (sửa đổi 2019), Điều 56; Nghị định 112/2020/NĐ-CP", null, "Removal from office: 18 months", "Cách chức: 18 tháng", 18, null },
                    { 10, "rotation.period.min", new DateOnly(2019, 8, 15), null, "", 0, 1, false, "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 25; Nghị định 59/2019/NĐ-CP, Điều 36–37", null, "Job rotation period: shortest", "Thời hạn định kỳ chuyển đổi vị trí công tác: tối thiểu", 2, null },
                    { 11, "rotation.period.max", new DateOnly(2019, 8, 15), null, "", 0, 2, false, "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 25; Nghị định 59/2019/NĐ-CP, Điều 36–37", null, "Job rotation period: longest", "Thời hạn định kỳ chuyển đổi vị trí công tác: tối đa", 5, null },
                    { 20, "review.two-reprimands", new DateOnly(2021, 11, 22), null, "Reprimand,Warning", 1, 3, true, "Quy định 41-QĐ/TW năm 2021 về miễn nhiệm, từ chức; Nghị định 138/2020/NĐ-CP", null, "Reprimanded or warned twice within one term of appointment", "Bị kỷ luật khiển trách hoặc cảnh cáo hai lần trong cùng một nhiệm kỳ, thời hạn bổ nhiệm", 2, 60 },
                    { 21, "review.warning-replace", new DateOnly(2021, 11, 22), null, "Warning", 1, 3, true, "Quy định 41-QĐ/TW năm 2021 về miễn nhiệm, từ chức; Nghị định 138/2020/NĐ-CP", null, "Warned: consider whether the post needs someone else", "Bị kỷ luật cảnh cáo: xem xét yêu cầu nhiệm vụ có cần thay thế không", 1, 12 },
                    { 22, "review.serious-in-unit", new DateOnly(2021, 11, 22), null, "", 2, 3, true, "Quy định 41-QĐ/TW năm 2021 về miễn nhiệm, từ chức; Nghị định 138/2020/NĐ-CP; Nghị định 59/2019/NĐ-CP, Điều 79", 2, "Serious or worse corruption in the unit under one's direct charge", "Để đơn vị do mình trực tiếp phụ trách xảy ra tham nhũng, tiêu cực từ mức nghiêm trọng", 1, 60 }
                });

            migrationBuilder.InsertData(
                table: "DeadlineRules",
                columns: new[] { "Id", "AlertPlan", "Code", "Duration", "EffectiveFrom", "EffectiveTo", "ExtensionNote", "ExtensionPlan", "LegalBasis", "NameEn", "NameVi", "PausesOnSuspension", "Unit", "Version" },
                values: new object[,]
                {
                    { 32, "80%:handler due:handler +1:head +3:director", "suspension.term", 90, new DateOnly(2019, 7, 1), null, "Tính cả ngày bắt đầu và ngày kết thúc; có thể kéo dài một lần, không quá 90 ngày (cần đối chiếu văn bản)", "any:1x90d", "Nghị định 59/2019/NĐ-CP, Điều 46–47", "Term of a temporary suspension or transfer", "Thời hạn tạm đình chỉ, tạm thời chuyển vị trí công tác", false, 1, 1L },
                    { 33, "due:head +1:head +20:director", "rotation.rotate", 730, new DateOnly(2019, 7, 1), null, "Thời hạn theo từng vị trí trong danh mục, từ đủ 02 năm đến 05 năm; ngày đến hạn do mô-đun tính", "", "Nghị định 59/2019/NĐ-CP, Điều 36–37", "Periodic job rotation", "Định kỳ chuyển đổi vị trí công tác", false, 1, 1L }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccountabilityEvents_SubjectId",
                table: "AccountabilityEvents",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_AccountabilityRules_Code_EffectiveFrom",
                table: "AccountabilityRules",
                columns: new[] { "Code", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DisciplineRecords_Code",
                table: "DisciplineRecords",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DisciplineRecords_StaffMemberId",
                table: "DisciplineRecords",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_DisciplineRecords_UnitId",
                table: "DisciplineRecords",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_HeadResponsibilities_Code",
                table: "HeadResponsibilities",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HeadResponsibilities_HeadStaffId_SourceReference",
                table: "HeadResponsibilities",
                columns: new[] { "HeadStaffId", "SourceReference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HeadResponsibilities_UnitId",
                table: "HeadResponsibilities",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewFlags_StaffMemberId_RuleCode",
                table: "ReviewFlags",
                columns: new[] { "StaffMemberId", "RuleCode" });

            migrationBuilder.CreateIndex(
                name: "IX_RotationAssignments_Code",
                table: "RotationAssignments",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RotationAssignments_RotationPositionId",
                table: "RotationAssignments",
                column: "RotationPositionId");

            migrationBuilder.CreateIndex(
                name: "IX_RotationAssignments_StaffMemberId",
                table: "RotationAssignments",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_RotationExemptions_AssignmentId",
                table: "RotationExemptions",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_RotationPositions_PositionId",
                table: "RotationPositions",
                column: "PositionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Suspensions_Code",
                table: "Suspensions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Suspensions_StaffMemberId",
                table: "Suspensions",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Suspensions_UnitId",
                table: "Suspensions",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccountabilityEvents");

            migrationBuilder.DropTable(
                name: "AccountabilityRules");

            migrationBuilder.DropTable(
                name: "DisciplineRecords");

            migrationBuilder.DropTable(
                name: "HeadResponsibilities");

            migrationBuilder.DropTable(
                name: "ReviewFlags");

            migrationBuilder.DropTable(
                name: "RotationExemptions");

            migrationBuilder.DropTable(
                name: "Suspensions");

            migrationBuilder.DropTable(
                name: "RotationAssignments");

            migrationBuilder.DropTable(
                name: "RotationPositions");

            migrationBuilder.DeleteData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 32);

            migrationBuilder.DeleteData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 33);
        }
    }
}

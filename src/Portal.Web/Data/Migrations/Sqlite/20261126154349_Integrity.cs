using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Portal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Integrity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SensitivePost",
                table: "StaffMembers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "DeclaresAssets",
                table: "Positions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ConflictReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReporterStaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReporterUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AwareOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Task = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ReportDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReportedLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    HeadStaffId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecisionDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Decision = table.Column<int>(type: "INTEGER", nullable: false),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NotifyDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NotifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConflictReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConflictReports_StaffMembers_ReporterStaffId",
                        column: x => x.ReporterStaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DeclarationDues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EventDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DeclarationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FirstReminderOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FirstReminderBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    SecondReminderOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SecondReminderBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    FlaggedToHeadOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HeadStaffId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeclarationDues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeclarationDues_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Declarations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeclarantStaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeclarantUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EventDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ContentKeyForDeclarant = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ContentKeyForReviewers = table.Column<byte[]>(type: "BLOB", nullable: true),
                    ContentKeyForControlBody = table.Column<byte[]>(type: "BLOB", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    CorrectionDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HandOverDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HandedOverOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublicationMethod = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MeetingPresent = table.Column<int>(type: "INTEGER", nullable: true),
                    MeetingSummoned = table.Column<int>(type: "INTEGER", nullable: true),
                    Change = table.Column<int>(type: "INTEGER", nullable: false),
                    ComparedWithId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ThresholdFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Declarations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Declarations_StaffMembers_DeclarantStaffId",
                        column: x => x.DeclarantStaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Declarations_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DrawExclusions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DrawExclusions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GiftReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecipientStaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Giver = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GiverOrganisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    EstimatedValueVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    ReportDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReportedLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    HandedInOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValuationVnd = table.Column<long>(type: "INTEGER", nullable: true),
                    Disposition = table.Column<int>(type: "INTEGER", nullable: false),
                    DisposedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProceedsVnd = table.Column<long>(type: "INTEGER", nullable: true),
                    GiverNotifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GiftReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GiftReports_StaffMembers_RecipientStaffId",
                        column: x => x.RecipientStaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IntegrityThresholds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AmountVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntegrityThresholds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Policies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Audience = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Policies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VerificationDraws",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Seed = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EligibleList = table.Column<string>(type: "TEXT", nullable: false),
                    EligibleSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DrawnAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DrawnBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UnitCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VerificationDraws", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "DeclarationEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeclarationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<byte[]>(type: "BLOB", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeclarationEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeclarationEvents_Declarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "Declarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeclarationRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeclarationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeclarationRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeclarationRevisions_Declarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "Declarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PolicyVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PolicyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AcknowledgeBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedBy = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyVersions_Policies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "Policies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VerificationSelections",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VerificationSelections", x => new { x.Year, x.StaffMemberId });
                    table.ForeignKey(
                        name: "FK_VerificationSelections_VerificationDraws_Year",
                        column: x => x.Year,
                        principalTable: "VerificationDraws",
                        principalColumn: "Year",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PolicyAcknowledgements",
                columns: table => new
                {
                    PolicyVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyAcknowledgements", x => new { x.PolicyVersionId, x.StaffMemberId });
                    table.ForeignKey(
                        name: "FK_PolicyAcknowledgements_PolicyVersions_PolicyVersionId",
                        column: x => x.PolicyVersionId,
                        principalTable: "PolicyVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PolicyAcknowledgements_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "DeadlineRules",
                columns: new[] { "Id", "Code", "Duration", "EffectiveFrom", "EffectiveTo", "ExtensionNote", "LegalBasis", "NameEn", "NameVi", "PausesOnSuspension", "Unit", "Version" },
                values: new object[,]
                {
                    { 24, "declaration.appointment", 10, new DateOnly(2019, 7, 1), null, "Tính ngược từ ngày dự kiến bổ nhiệm", "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 36 khoản 4", "Declaration for an appointment (days before it)", "Kê khai tài sản phục vụ bổ nhiệm (chậm nhất trước ngày bổ nhiệm)", false, 1, 1L },
                    { 25, "declaration.handover", 20, new DateOnly(2019, 7, 1), null, null, "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 38", "Hand the declaration to the control body", "Bàn giao bản kê khai cho cơ quan kiểm soát tài sản, thu nhập", false, 1, 1L },
                    { 26, "declaration.publish", 5, new DateOnly(2019, 7, 1), null, "Niêm yết ít nhất 15 ngày hoặc công bố tại cuộc họp có ít nhất 2/3 số người được triệu tập", "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 39; Nghị định 130/2020/NĐ-CP, Điều 11", "Publish the declaration", "Công khai bản kê khai", false, 1, 1L },
                    { 27, "conflict.decide", 5, new DateOnly(2019, 7, 1), null, null, "Nghị định 59/2019/NĐ-CP, Điều 31", "The head decides on a conflict of interest", "Người đứng đầu quyết định xử lý xung đột lợi ích", false, 0, 1L },
                    { 28, "conflict.notify", 5, new DateOnly(2019, 7, 1), null, null, "Nghị định 59/2019/NĐ-CP, Điều 31", "Notify the decision on a conflict of interest", "Thông báo quyết định xử lý xung đột lợi ích", false, 0, 1L },
                    { 29, "policy.acknowledge", 10, new DateOnly(2019, 7, 1), null, null, "Quy định nội bộ của Sở Y tế (Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 20)", "Acknowledge a code of conduct or policy", "Xác nhận đã đọc quy tắc ứng xử, quy định", false, 0, 1L }
                });

            migrationBuilder.InsertData(
                table: "IntegrityThresholds",
                columns: new[] { "Id", "AmountVnd", "Code", "EffectiveFrom", "EffectiveTo", "LegalBasis" },
                values: new object[,]
                {
                    { 1, 50000000L, "declaration.movable-asset", new DateOnly(2019, 7, 1), new DateOnly(2026, 6, 30), "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 35 khoản 1" },
                    { 2, 150000000L, "declaration.movable-asset", new DateOnly(2026, 7, 1), null, "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 35 (sửa đổi bởi Luật 132/2025/QH15)" },
                    { 3, 300000000L, "declaration.increase", new DateOnly(2019, 7, 1), new DateOnly(2026, 6, 30), "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 36 khoản 2" },
                    { 4, 1000000000L, "declaration.increase", new DateOnly(2026, 7, 1), null, "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 36 (sửa đổi bởi Luật 132/2025/QH15)" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConflictReports_HeadStaffId",
                table: "ConflictReports",
                column: "HeadStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_ConflictReports_ReporterStaffId",
                table: "ConflictReports",
                column: "ReporterStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationDues_DueOn",
                table: "DeclarationDues",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationDues_StaffMemberId_PeriodKey",
                table: "DeclarationDues",
                columns: new[] { "StaffMemberId", "PeriodKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationEvents_DeclarationId",
                table: "DeclarationEvents",
                column: "DeclarationId");

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationRevisions_DeclarationId_Number",
                table: "DeclarationRevisions",
                columns: new[] { "DeclarationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_DeclarantStaffId_PeriodKey",
                table: "Declarations",
                columns: new[] { "DeclarantStaffId", "PeriodKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_DeclarantUserId",
                table: "Declarations",
                column: "DeclarantUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_UnitId",
                table: "Declarations",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_DrawExclusions_Year_StaffMemberId",
                table: "DrawExclusions",
                columns: new[] { "Year", "StaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GiftReports_RecipientStaffId",
                table: "GiftReports",
                column: "RecipientStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_GiftReports_UnitId",
                table: "GiftReports",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_IntegrityThresholds_Code_EffectiveFrom",
                table: "IntegrityThresholds",
                columns: new[] { "Code", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Policies_Code",
                table: "Policies",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PolicyAcknowledgements_StaffMemberId",
                table: "PolicyAcknowledgements",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyVersions_PolicyId_Number",
                table: "PolicyVersions",
                columns: new[] { "PolicyId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConflictReports");

            migrationBuilder.DropTable(
                name: "DeclarationDues");

            migrationBuilder.DropTable(
                name: "DeclarationEvents");

            migrationBuilder.DropTable(
                name: "DeclarationRevisions");

            migrationBuilder.DropTable(
                name: "DrawExclusions");

            migrationBuilder.DropTable(
                name: "GiftReports");

            migrationBuilder.DropTable(
                name: "IntegrityThresholds");

            migrationBuilder.DropTable(
                name: "PolicyAcknowledgements");

            migrationBuilder.DropTable(
                name: "VerificationSelections");

            migrationBuilder.DropTable(
                name: "Declarations");

            migrationBuilder.DropTable(
                name: "PolicyVersions");

            migrationBuilder.DropTable(
                name: "VerificationDraws");

            migrationBuilder.DropTable(
                name: "Policies");

            migrationBuilder.DeleteData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 24);

            migrationBuilder.DeleteData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 25);

            migrationBuilder.DeleteData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 26);

            migrationBuilder.DeleteData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 27);

            migrationBuilder.DeleteData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 28);

            migrationBuilder.DeleteData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 29);

            migrationBuilder.DropColumn(
                name: "SensitivePost",
                table: "StaffMembers");

            migrationBuilder.DropColumn(
                name: "DeclaresAssets",
                table: "Positions");
        }
    }
}

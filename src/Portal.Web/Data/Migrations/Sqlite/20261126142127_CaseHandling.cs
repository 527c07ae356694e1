using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Portal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseHandling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reports_ReceivingUnitId_Status_ReceivedOn",
                table: "Reports");

            migrationBuilder.RenameColumn(
                name: "Status",
                table: "Reports",
                newName: "Stage");

            migrationBuilder.AlterColumn<byte[]>(
                name: "ContentKeyForInbox",
                table: "Reports",
                type: "BLOB",
                nullable: true,
                oldClrType: typeof(byte[]),
                oldType: "BLOB");

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "Reports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DueOn",
                table: "Reports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Level",
                table: "Reports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "MergedIntoId",
                table: "Reports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Origin",
                table: "Reports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Outcome",
                table: "Reports",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Protection",
                table: "Reports",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ProtectionReviewOn",
                table: "Reports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "WithdrawnOn",
                table: "Reports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "InInbox",
                table: "Reports",
                type: "INTEGER",
                nullable: false,
                computedColumnSql: "\"ContentKeyForInbox\" IS NOT NULL",
                stored: true);

            migrationBuilder.CreateTable(
                name: "CaseAssignments",
                columns: table => new
                {
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseAssignments", x => new { x.ReportId, x.UserId });
                    table.ForeignKey(
                        name: "FK_CaseAssignments_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseClocks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RuleId = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PausedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StoppedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Extensions = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseClocks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseClocks_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    FromStage = table.Column<int>(type: "INTEGER", nullable: false),
                    ToStage = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    LegalGround = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Detail = table.Column<byte[]>(type: "BLOB", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseEvents_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseKeys",
                columns: table => new
                {
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SealedKey = table.Column<byte[]>(type: "BLOB", nullable: false),
                    GrantedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseKeys", x => new { x.ReportId, x.UserId });
                    table.ForeignKey(
                        name: "FK_CaseKeys_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseLinks",
                columns: table => new
                {
                    FirstId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SecondId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseLinks", x => new { x.FirstId, x.SecondId });
                    table.ForeignKey(
                        name: "FK_CaseLinks_Reports_FirstId",
                        column: x => x.FirstId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseLinks_Reports_SecondId",
                        column: x => x.SecondId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Body = table.Column<byte[]>(type: "BLOB", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseNotes_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseRecusals",
                columns: table => new
                {
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserTag = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseRecusals", x => new { x.ReportId, x.UserTag });
                    table.ForeignKey(
                        name: "FK_CaseRecusals_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConflictConfirmations",
                columns: table => new
                {
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConflictConfirmations", x => new { x.ReportId, x.UserId });
                    table.ForeignKey(
                        name: "FK_ConflictConfirmations_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IdentityRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequesterUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdentityRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IdentityRequests_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecommendedActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Immediate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Description = table.Column<byte[]>(type: "BLOB", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendedActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecommendedActions_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "DeadlineRules",
                columns: new[] { "Id", "Code", "Duration", "EffectiveFrom", "EffectiveTo", "ExtensionNote", "LegalBasis", "NameEn", "NameVi", "PausesOnSuspension", "Unit", "Version" },
                values: new object[,]
                {
                    { 21, "anonymous.triage", 7, new DateOnly(2019, 7, 1), null, null, "Quy định nội bộ của Sở Y tế (Luật Tố cáo 25/2018/QH14, Điều 25)", "Triage anonymous information", "Phân loại thông tin nặc danh", false, 0, 1L },
                    { 22, "anonymous.check", 60, new DateOnly(2019, 7, 1), null, null, "Quy định nội bộ của Sở Y tế (Luật Tố cáo 25/2018/QH14, Điều 25)", "Check anonymous information", "Kiểm tra thông tin nặc danh", true, 1, 1L },
                    { 23, "complaint.accept", 7, new DateOnly(2026, 7, 1), null, "Cần đối chiếu văn bản hợp nhất chính thức", "Luật Khiếu nại 02/2011/QH13, Điều 27 (sửa đổi bởi Luật 136/2025/QH15)", "Accept a complaint", "Thụ lý khiếu nại", false, 0, 1L }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_ReceivingUnitId_InInbox_Stage_ClosedOn_DueOn_ReceivedOn_CaseCode_Id",
                table: "Reports",
                columns: new[] { "ReceivingUnitId", "InInbox", "Stage", "ClosedOn", "DueOn", "ReceivedOn", "CaseCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseAssignments_UserId",
                table: "CaseAssignments",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseClocks_ReportId_StoppedOn",
                table: "CaseClocks",
                columns: new[] { "ReportId", "StoppedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseClocks_StoppedOn_DueOn",
                table: "CaseClocks",
                columns: new[] { "StoppedOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_ReportId_At",
                table: "CaseEvents",
                columns: new[] { "ReportId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseKeys_UserId",
                table: "CaseKeys",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseLinks_SecondId",
                table: "CaseLinks",
                column: "SecondId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_ReportId_CreatedAt",
                table: "CaseNotes",
                columns: new[] { "ReportId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseRecusals_UserTag",
                table: "CaseRecusals",
                column: "UserTag");

            migrationBuilder.CreateIndex(
                name: "IX_IdentityRequests_ReportId",
                table: "IdentityRequests",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_IdentityRequests_State_RequestedAt",
                table: "IdentityRequests",
                columns: new[] { "State", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RecommendedActions_ReportId",
                table: "RecommendedActions",
                column: "ReportId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseAssignments");

            migrationBuilder.DropTable(
                name: "CaseClocks");

            migrationBuilder.DropTable(
                name: "CaseEvents");

            migrationBuilder.DropTable(
                name: "CaseKeys");

            migrationBuilder.DropTable(
                name: "CaseLinks");

            migrationBuilder.DropTable(
                name: "CaseNotes");

            migrationBuilder.DropTable(
                name: "CaseRecusals");

            migrationBuilder.DropTable(
                name: "ConflictConfirmations");

            migrationBuilder.DropTable(
                name: "IdentityRequests");

            migrationBuilder.DropTable(
                name: "RecommendedActions");

            migrationBuilder.DropIndex(
                name: "IX_Reports_ReceivingUnitId_InInbox_Stage_ClosedOn_DueOn_ReceivedOn_CaseCode_Id",
                table: "Reports");

            migrationBuilder.DeleteData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 21);

            migrationBuilder.DeleteData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 22);

            migrationBuilder.DeleteData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 23);

            migrationBuilder.DropColumn(
                name: "InInbox",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "ClosedOn",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "DueOn",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "Level",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "Origin",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "Protection",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "ProtectionReviewOn",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "WithdrawnOn",
                table: "Reports");

            migrationBuilder.RenameColumn(
                name: "Stage",
                table: "Reports",
                newName: "Status");

            migrationBuilder.AlterColumn<byte[]>(
                name: "ContentKeyForInbox",
                table: "Reports",
                type: "BLOB",
                nullable: false,
                defaultValue: new byte[0],
                oldClrType: typeof(byte[]),
                oldType: "BLOB",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reports_ReceivingUnitId_Status_ReceivedOn",
                table: "Reports",
                columns: new[] { "ReceivingUnitId", "Status", "ReceivedOn" });
        }
    }
}

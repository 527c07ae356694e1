using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Checks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CheckPlans",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ApprovedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckPlans", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "Checks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckedUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PlannedFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlannedTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ConclusionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConclusionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ConclusionSummary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Checks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Checks_Units_CheckedUnitId",
                        column: x => x.CheckedUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CheckRecommendations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CheckId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerStaffId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountVnd = table.Column<long>(type: "INTEGER", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosingEvidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ClosedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LoopholeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckRecommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CheckRecommendations_Checks_CheckId",
                        column: x => x.CheckId,
                        principalTable: "Checks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CheckRecommendations_Loopholes_LoopholeId",
                        column: x => x.LoopholeId,
                        principalTable: "Loopholes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CheckRecommendations_StaffMembers_OwnerStaffId",
                        column: x => x.OwnerStaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CheckRecommendations_Units_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CheckTeamMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CheckId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsLeader = table.Column<bool>(type: "INTEGER", nullable: false),
                    NoConflictConfirmedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConfirmedByUserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckTeamMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CheckTeamMembers_Checks_CheckId",
                        column: x => x.CheckId,
                        principalTable: "Checks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CheckTeamMembers_StaffMembers_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RecommendationProgress",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecommendationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationProgress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecommendationProgress_CheckRecommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "CheckRecommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "DeadlineRules",
                columns: new[] { "Id", "AlertPlan", "Code", "Duration", "EffectiveFrom", "EffectiveTo", "ExtensionNote", "ExtensionPlan", "LegalBasis", "NameEn", "NameVi", "PausesOnSuspension", "Unit", "Version" },
                values: new object[] { 40, "50%:handler 80%:handler due:head +1:head +3:director", "check.recommendation", 60, new DateOnly(2019, 7, 1), null, "Thời hạn theo kết luận kiểm tra; quá hạn thì báo người đứng đầu đơn vị, rồi Giám đốc Sở", "", "Quy định nội bộ của Sở Y tế (Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 58–59; theo dõi, đôn đốc thực hiện kết luận theo hướng dẫn của Thanh tra Chính phủ)", "Carry out a check's recommendation (when the conclusion sets no date)", "Thực hiện kiến nghị sau kiểm tra (khi kết luận không ấn định thời hạn)", false, 1, 1L });

            migrationBuilder.CreateIndex(
                name: "IX_CheckRecommendations_CheckId_Number",
                table: "CheckRecommendations",
                columns: new[] { "CheckId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CheckRecommendations_LoopholeId",
                table: "CheckRecommendations",
                column: "LoopholeId");

            migrationBuilder.CreateIndex(
                name: "IX_CheckRecommendations_OwnerStaffId",
                table: "CheckRecommendations",
                column: "OwnerStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_CheckRecommendations_OwnerUnitId",
                table: "CheckRecommendations",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Checks_CheckedUnitId",
                table: "Checks",
                column: "CheckedUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Checks_Code",
                table: "Checks",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Checks_Year_Kind_Number",
                table: "Checks",
                columns: new[] { "Year", "Kind", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CheckTeamMembers_CheckId_StaffMemberId",
                table: "CheckTeamMembers",
                columns: new[] { "CheckId", "StaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CheckTeamMembers_StaffMemberId",
                table: "CheckTeamMembers",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationProgress_RecommendationId",
                table: "RecommendationProgress",
                column: "RecommendationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CheckPlans");

            migrationBuilder.DropTable(
                name: "CheckTeamMembers");

            migrationBuilder.DropTable(
                name: "RecommendationProgress");

            migrationBuilder.DropTable(
                name: "CheckRecommendations");

            migrationBuilder.DropTable(
                name: "Checks");

            migrationBuilder.DeleteData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 40);
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Portal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DutyAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "DutyId",
                table: "Notifications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Label",
                table: "Notifications",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Link",
                table: "Notifications",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Round",
                table: "Duties",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RuleId",
                table: "Duties",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "ReportId",
                table: "DeadlineAlerts",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<Guid>(
                name: "DutyId",
                table: "DeadlineAlerts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DutyAlertPoints",
                columns: table => new
                {
                    DutyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Point = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DutyAlertPoints", x => new { x.DutyId, x.Round, x.Point });
                    table.ForeignKey(
                        name: "FK_DutyAlertPoints_Duties_DutyId",
                        column: x => x.DutyId,
                        principalTable: "Duties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "DeadlineRules",
                columns: new[] { "Id", "AlertPlan", "Code", "Duration", "EffectiveFrom", "EffectiveTo", "ExtensionNote", "ExtensionPlan", "LegalBasis", "NameEn", "NameVi", "PausesOnSuspension", "Unit", "Version" },
                values: new object[,]
                {
                    { 30, "50%:handler 80%:handler due:head +1:head +3:director", "declaration.annual", 365, new DateOnly(2019, 7, 1), null, "Hạn cố định: ngày làm việc cuối cùng trước 31/12, không tính từ sự kiện", "", "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 36 khoản 2, 3; Nghị định 130/2020/NĐ-CP, Điều 10", "Annual or supplementary declaration (before 31 December)", "Kê khai tài sản hằng năm, bổ sung (trước ngày 31/12)", false, 1, 1L },
                    { 31, "50%:handler 80%:handler due:head +1:head +3:director", "programme.task", 30, new DateOnly(2019, 7, 1), null, "Hạn do Chương trình ấn định cho từng nhiệm vụ", "", "Chương trình công tác phòng, chống tham nhũng hằng năm của Sở Y tế (Luật Phòng, chống tham nhũng 36/2018/QH14)", "Task of the anti-corruption programme", "Nhiệm vụ theo Chương trình phòng, chống tham nhũng", false, 1, 1L }
                });

            migrationBuilder.CreateIndex(
                name: "IX_DutyAlertPoints_On",
                table: "DutyAlertPoints",
                column: "On");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DutyAlertPoints");

            migrationBuilder.DeleteData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 30);

            migrationBuilder.DeleteData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 31);

            migrationBuilder.DropColumn(
                name: "DutyId",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "Label",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "Link",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "Round",
                table: "Duties");

            migrationBuilder.DropColumn(
                name: "RuleId",
                table: "Duties");

            migrationBuilder.DropColumn(
                name: "DutyId",
                table: "DeadlineAlerts");

            migrationBuilder.AlterColumn<Guid>(
                name: "ReportId",
                table: "DeadlineAlerts",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}

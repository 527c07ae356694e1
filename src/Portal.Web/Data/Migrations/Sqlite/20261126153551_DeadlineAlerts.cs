using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DeadlineAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AlertPlan",
                table: "DeadlineRules",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "50%:handler 80%:handler due:head +1:head +3:director");

            migrationBuilder.AddColumn<string>(
                name: "ExtensionPlan",
                table: "DeadlineRules",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "ClockAlertPoints",
                columns: table => new
                {
                    ClockId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Point = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClockAlertPoints", x => new { x.ClockId, x.Round, x.Point });
                    table.ForeignKey(
                        name: "FK_ClockAlertPoints_CaseClocks_ClockId",
                        column: x => x.ClockId,
                        principalTable: "CaseClocks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeadlineAlerts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClockId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Point = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Expanded = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeadlineAlerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LeaderDigests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Items = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeaderDigests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LeaderDigests_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AlertDeliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AlertId = table.Column<long>(type: "INTEGER", nullable: true),
                    DigestId = table.Column<long>(type: "INTEGER", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AlertDeliveries_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AlertDeliveries_DeadlineAlerts_AlertId",
                        column: x => x.AlertId,
                        principalTable: "DeadlineAlerts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AlertDeliveries_LeaderDigests_DigestId",
                        column: x => x.DigestId,
                        principalTable: "LeaderDigests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeliveryId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CaseCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    RuleId = table.Column<int>(type: "INTEGER", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DaysOverdue = table.Column<int>(type: "INTEGER", nullable: false),
                    Assignees = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DigestId = table.Column<long>(type: "INTEGER", nullable: true),
                    ItemCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notifications_AlertDeliveries_DeliveryId",
                        column: x => x.DeliveryId,
                        principalTable: "AlertDeliveries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Notifications_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 1,
                columns: new[] { "AlertPlan", "ExtensionPlan" },
                values: new object[] { "50%:handler 80%:handler due:head +1:head +3:director", "any:1x3wd" });

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 2,
                columns: new[] { "AlertPlan", "ExtensionPlan" },
                values: new object[] { "50%:handler 80%:handler due:head +1:head +3:director", "" });

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 3,
                columns: new[] { "AlertPlan", "ExtensionPlan" },
                values: new object[] { "50%:handler 80%:handler due:head +1:head +3:director", "" });

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 4,
                columns: new[] { "AlertPlan", "ExtensionPlan" },
                values: new object[] { "50%:handler 80%:handler due:head +1:head +3:director", "complex:1x30d especially-complex:2x30d" });

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 5,
                columns: new[] { "AlertPlan", "ExtensionPlan" },
                values: new object[] { "50%:handler 80%:handler due:head +1:head +3:director", "" });

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 6,
                columns: new[] { "AlertPlan", "ExtensionPlan" },
                values: new object[] { "50%:handler 80%:handler due:head +1:head +3:director", "" });

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 7,
                columns: new[] { "AlertPlan", "ExtensionPlan" },
                values: new object[] { "50%:handler 80%:handler due:head +1:head +3:director", "" });

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 8,
                columns: new[] { "AlertPlan", "ExtensionPlan" },
                values: new object[] { "50%:handler 80%:handler due:head +1:head +3:director", "" });

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 9,
                columns: new[] { "AlertPlan", "ExtensionPlan" },
                values: new object[] { "50%:handler 80%:handler due:head +1:head +3:director", "" });

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 10,
                columns: new[] { "AlertPlan", "ExtensionPlan" },
                values: new object[] { "50%:handler 80%:handler due:head +1:head +3:director", "" });

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 11,
                columns: new[] { "AlertPlan", "ExtensionPlan" },
                values: new object[] { "50%:handler 80%:handler due:head +1:head +3:director", "" });

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 12,
                columns: new[] { "AlertPlan", "ExtensionPlan" },
                values: new object[] { "50%:handler 80%:handler due:head +1:head +3:director", "" });

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 13,
                columns: new[] { "AlertPlan", "ExtensionPlan" },
                values: new object[] { "50%:handler 80%:handler due:head +1:head +3:director", "complex:1x15d" });

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 14,
                columns: new[] { "AlertPlan", "ExtensionPlan" },
                values: new object[] { "50%:handler 80%:handler due:head +1:head +3:director", "complex:1x15d" });

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 15,
                columns: new[] { "AlertPlan", "ExtensionPlan" },
                values: new object[] { "50%:handler 80%:handler due:head +1:head +3:director", "" });

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 16,
                columns: new[] { "AlertPlan", "ExtensionPlan" },
                values: new object[] { "50%:handler 80%:handler due:head +1:head +3:director", "" });

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 17,
                columns: new[] { "AlertPlan", "ExtensionPlan" },
                values: new object[] { "50%:handler 80%:handler due:head +1:head +3:director", "" });

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 18,
                columns: new[] { "AlertPlan", "ExtensionPlan" },
                values: new object[] { "50%:handler 80%:handler due:head +1:head +3:director", "" });

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 19,
                columns: new[] { "AlertPlan", "ExtensionPlan" },
                values: new object[] { "50%:handler 80%:handler due:head +1:head +3:director", "" });

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 20,
                columns: new[] { "AlertPlan", "ExtensionPlan" },
                values: new object[] { "50%:handler 80%:handler due:head +1:head +3:director", "" });

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 21,
                columns: new[] { "AlertPlan", "ExtensionPlan" },
                values: new object[] { "50%:handler 80%:handler due:head +1:head +3:director", "" });

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 22,
                columns: new[] { "AlertPlan", "ExtensionPlan" },
                values: new object[] { "50%:handler 80%:handler due:head +1:head +3:director", "" });

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 23,
                columns: new[] { "AlertPlan", "ExtensionPlan" },
                values: new object[] { "50%:handler 80%:handler due:head +1:head +3:director", "" });

            migrationBuilder.CreateIndex(
                name: "IX_AlertDeliveries_AlertId_UserId_Channel",
                table: "AlertDeliveries",
                columns: new[] { "AlertId", "UserId", "Channel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AlertDeliveries_DigestId_UserId_Channel",
                table: "AlertDeliveries",
                columns: new[] { "DigestId", "UserId", "Channel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AlertDeliveries_State_NextAttemptAt",
                table: "AlertDeliveries",
                columns: new[] { "State", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AlertDeliveries_UserId",
                table: "AlertDeliveries",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_ClockAlertPoints_On",
                table: "ClockAlertPoints",
                column: "On");

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineAlerts_ClockId_Round_Point",
                table: "DeadlineAlerts",
                columns: new[] { "ClockId", "Round", "Point" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineAlerts_Expanded",
                table: "DeadlineAlerts",
                column: "Expanded",
                filter: "\"Expanded\" = FALSE");

            migrationBuilder.CreateIndex(
                name: "IX_LeaderDigests_UserId_Day",
                table: "LeaderDigests",
                columns: new[] { "UserId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_DeliveryId",
                table: "Notifications",
                column: "DeliveryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_CreatedAt",
                table: "Notifications",
                columns: new[] { "UserId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_ReadAt",
                table: "Notifications",
                columns: new[] { "UserId", "ReadAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClockAlertPoints");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "AlertDeliveries");

            migrationBuilder.DropTable(
                name: "DeadlineAlerts");

            migrationBuilder.DropTable(
                name: "LeaderDigests");

            migrationBuilder.DropColumn(
                name: "AlertPlan",
                table: "DeadlineRules");

            migrationBuilder.DropColumn(
                name: "ExtensionPlan",
                table: "DeadlineRules");
        }
    }
}

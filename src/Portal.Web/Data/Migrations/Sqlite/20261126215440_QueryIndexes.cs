using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QueryIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reports_ReceivingUnitId_InInbox_Stage_ClosedOn_DueOn_ReceivedOn_CaseCode_Id",
                table: "Reports");

            migrationBuilder.AlterColumn<bool>(
                name: "InInbox",
                table: "Reports",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(bool),
                oldType: "INTEGER",
                oldComputedColumnSql: "\"ContentKeyForInbox\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Inbox",
                table: "Reports",
                columns: new[] { "ReceivingUnitId", "InInbox", "Stage", "ClosedOn", "DueOn", "ReceivedOn", "CaseCode", "Id", "DestroyedOn", "MergedIntoId" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Live",
                table: "Reports",
                columns: new[] { "Id", "ReceivingUnitId", "Stage", "DestroyedOn", "MergedIntoId" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Pressing",
                table: "Reports",
                columns: new[] { "DueOn", "CaseCode", "ReceivingUnitId", "Stage", "ClosedOn", "DestroyedOn", "MergedIntoId", "Id" },
                filter: "\"ClosedOn\" IS NULL AND \"DestroyedOn\" IS NULL AND \"MergedIntoId\" IS NULL");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Reports_InInbox",
                table: "Reports",
                sql: "\"InInbox\" = (\"ContentKeyForInbox\" IS NOT NULL)");

            migrationBuilder.CreateIndex(
                name: "IX_CaseClocks_Extensions",
                table: "CaseClocks",
                columns: new[] { "Extensions", "StartedOn", "StoppedOn", "ReportId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseClocks_Rates",
                table: "CaseClocks",
                columns: new[] { "DueOn", "PausedOn", "StoppedOn", "ReportId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reports_Inbox",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_Live",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_Reports_Pressing",
                table: "Reports");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Reports_InInbox",
                table: "Reports");

            migrationBuilder.DropIndex(
                name: "IX_CaseClocks_Extensions",
                table: "CaseClocks");

            migrationBuilder.DropIndex(
                name: "IX_CaseClocks_Rates",
                table: "CaseClocks");

            migrationBuilder.AlterColumn<bool>(
                name: "InInbox",
                table: "Reports",
                type: "INTEGER",
                nullable: false,
                computedColumnSql: "\"ContentKeyForInbox\" IS NOT NULL",
                stored: true,
                oldClrType: typeof(bool),
                oldType: "INTEGER");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_ReceivingUnitId_InInbox_Stage_ClosedOn_DueOn_ReceivedOn_CaseCode_Id",
                table: "Reports",
                columns: new[] { "ReceivingUnitId", "InInbox", "Stage", "ClosedOn", "DueOn", "ReceivedOn", "CaseCode", "Id" });
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Portal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IntegrityPlanning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExcludedByGround",
                table: "VerificationDraws",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "RecentlyVerified",
                table: "VerificationDraws",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "GroundCode",
                table: "DrawExclusions",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "DrawExclusions",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DrawExclusionGrounds",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NameVi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DrawExclusionGrounds", x => x.Code);
                });

            migrationBuilder.InsertData(
                table: "DrawExclusionGrounds",
                columns: new[] { "Code", "IsActive", "LegalBasis", "NameEn", "NameVi", "SortOrder" },
                values: new object[,]
                {
                    { "leaving", true, "Quy định nội bộ của Sở Y tế khi lập kế hoạch xác minh (Nghị định 130/2020/NĐ-CP, Điều 14-15); cần đối chiếu văn bản hợp nhất", "Leaving or moving out of the Department in the verification year", "Thôi việc hoặc chuyển công tác ra ngoài Sở trong năm xác minh", 4 },
                    { "long-leave", true, "Quy định nội bộ của Sở Y tế khi lập kế hoạch xác minh (Nghị định 130/2020/NĐ-CP, Điều 14-15); cần đối chiếu văn bản hợp nhất", "Long sick or maternity leave in the verification year", "Nghỉ ốm dài ngày, nghỉ thai sản trong năm xác minh", 1 },
                    { "retiring", true, "Quy định nội bộ của Sở Y tế khi lập kế hoạch xác minh (Nghị định 130/2020/NĐ-CP, Điều 14-15); cần đối chiếu văn bản hợp nhất", "Retiring in the verification year", "Nghỉ hưu trong năm xác minh", 3 },
                    { "suspended", true, "Quy định nội bộ của Sở Y tế khi lập kế hoạch xác minh (Nghị định 130/2020/NĐ-CP, Điều 14-15); cần đối chiếu văn bản hợp nhất", "Suspended from duty or under disciplinary review", "Đang bị tạm đình chỉ công tác hoặc đang bị xem xét kỷ luật", 2 },
                    { "unspecified", false, "Quy định nội bộ của Sở Y tế khi lập kế hoạch xác minh (Nghị định 130/2020/NĐ-CP, Điều 14-15); cần đối chiếu văn bản hợp nhất", "Recorded before the list of grounds existed (reason in the note)", "Ghi nhận trước khi có danh mục căn cứ (lý do ở phần ghi chú)", 99 },
                    { "verified-for-cause", true, "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 41 (xác minh khi có căn cứ); Nghị định 130/2020/NĐ-CP", "Already being verified for cause", "Đang được xác minh tài sản, thu nhập vì có căn cứ khác", 5 }
                });

            // Exclusions recorded before grounds existed keep their text as the note, under the retired ground.
            migrationBuilder.Sql("UPDATE \"DrawExclusions\" SET \"GroundCode\" = 'unspecified', \"Note\" = substr(\"Reason\", 1, 500);");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "DrawExclusions");

            migrationBuilder.CreateIndex(
                name: "IX_DrawExclusions_GroundCode",
                table: "DrawExclusions",
                column: "GroundCode");

            migrationBuilder.AddForeignKey(
                name: "FK_DrawExclusions_DrawExclusionGrounds_GroundCode",
                table: "DrawExclusions",
                column: "GroundCode",
                principalTable: "DrawExclusionGrounds",
                principalColumn: "Code",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_DrawExclusions_DrawExclusionGrounds_GroundCode",
                table: "DrawExclusions");

            migrationBuilder.DropTable(
                name: "DrawExclusionGrounds");

            migrationBuilder.DropIndex(
                name: "IX_DrawExclusions_GroundCode",
                table: "DrawExclusions");

            migrationBuilder.DropColumn(
                name: "ExcludedByGround",
                table: "VerificationDraws");

            migrationBuilder.DropColumn(
                name: "RecentlyVerified",
                table: "VerificationDraws");

            migrationBuilder.DropColumn(
                name: "GroundCode",
                table: "DrawExclusions");

            migrationBuilder.DropColumn(
                name: "Note",
                table: "DrawExclusions");

            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "DrawExclusions",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");
        }
    }
}

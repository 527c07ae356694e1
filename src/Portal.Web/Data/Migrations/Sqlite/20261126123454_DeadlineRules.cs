using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Portal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DeadlineRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DeadlineRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NameVi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Duration = table.Column<int>(type: "INTEGER", nullable: false),
                    Unit = table.Column<int>(type: "INTEGER", nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ExtensionNote = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PausesOnSuspension = table.Column<bool>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeadlineRules", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "DeadlineRules",
                columns: new[] { "Id", "Code", "Duration", "EffectiveFrom", "EffectiveTo", "ExtensionNote", "LegalBasis", "NameEn", "NameVi", "PausesOnSuspension", "Unit", "Version" },
                values: new object[,]
                {
                    { 1, "denunciation.accept", 7, new DateOnly(2019, 7, 1), null, "Đến 10 ngày làm việc nếu phải kiểm tra, xác minh ở nhiều nơi hoặc ủy quyền", "Luật Tố cáo 25/2018/QH14, Điều 24 khoản 1", "Decide whether to accept a denunciation", "Thụ lý hoặc không thụ lý tố cáo", false, 0, 1L },
                    { 2, "denunciation.forward", 5, new DateOnly(2019, 7, 1), null, null, "Luật Tố cáo 25/2018/QH14, Điều 24 khoản 2", "Forward a denunciation outside competence and notify", "Chuyển tố cáo không thuộc thẩm quyền và thông báo", false, 0, 1L },
                    { 3, "denunciation.notify-accepted", 5, new DateOnly(2019, 7, 1), null, null, "Luật Tố cáo 25/2018/QH14, Điều 29 khoản 3", "Notify acceptance to the denouncer and the person denounced", "Thông báo việc thụ lý cho người tố cáo và người bị tố cáo", false, 0, 1L },
                    { 4, "denunciation.settle", 30, new DateOnly(2019, 7, 1), null, "Phức tạp: gia hạn một lần 30 ngày; đặc biệt phức tạp: gia hạn hai lần, mỗi lần 30 ngày", "Luật Tố cáo 25/2018/QH14, Điều 30; Nghị định 31/2019/NĐ-CP, Điều 3", "Settle a denunciation", "Giải quyết tố cáo", true, 1, 1L },
                    { 5, "denunciation.send-suspension", 5, new DateOnly(2019, 7, 1), null, null, "Luật Tố cáo 25/2018/QH14, Điều 34", "Send a suspension or termination decision", "Gửi quyết định tạm đình chỉ, đình chỉ", false, 0, 1L },
                    { 6, "denunciation.send-conclusion", 5, new DateOnly(2019, 7, 1), null, null, "Luật Tố cáo 25/2018/QH14, Điều 35 khoản 3", "Send the conclusion and notify the denouncer", "Gửi kết luận, thông báo cho người tố cáo", false, 0, 1L },
                    { 7, "denunciation.act-on-conclusion", 7, new DateOnly(2019, 7, 1), null, "Có dấu hiệu tội phạm: chuyển ngay cơ quan điều tra", "Luật Tố cáo 25/2018/QH14, Điều 36", "Act on the conclusion", "Xử lý theo kết luận nội dung tố cáo", false, 0, 1L },
                    { 8, "denunciation.publish", 7, new DateOnly(2019, 7, 1), null, "Niêm yết ít nhất 15 ngày liên tục", "Luật Tố cáo 25/2018/QH14, Điều 40", "Publish the conclusion", "Công khai kết luận nội dung tố cáo", false, 0, 1L },
                    { 9, "denunciation.forwarded-report", 20, new DateOnly(2019, 7, 1), null, null, "Luật Tố cáo 25/2018/QH14, Điều 26 khoản 2", "Report back on a denunciation forwarded by the press or an authority", "Báo cáo kết quả tố cáo do báo chí, cơ quan chuyển đến", false, 1, 1L },
                    { 10, "denunciation.review", 20, new DateOnly(2019, 7, 1), null, null, "Luật Tố cáo 25/2018/QH14, Điều 37", "Review a repeated denunciation", "Xem xét tố cáo tiếp", false, 1, 1L },
                    { 11, "petition.intake-outcome", 10, new DateOnly(2019, 7, 1), null, null, "Luật Tiếp công dân 42/2013/QH13, Điều 28", "Tell the citizen the outcome of intake", "Thông báo kết quả tiếp nhận kiến nghị, phản ánh", false, 0, 1L },
                    { 12, "complaint.accept", 10, new DateOnly(2019, 7, 1), new DateOnly(2026, 6, 30), "Có thể thành 7 ngày làm việc từ 01/7/2026 (cần kiểm tra)", "Luật Khiếu nại 02/2011/QH13, Điều 27; Thông tư 07/2013/TT-TTCP", "Accept a complaint", "Thụ lý khiếu nại", false, 0, 1L },
                    { 13, "complaint.settle", 30, new DateOnly(2019, 7, 1), null, "Phức tạp: 45 ngày; vùng sâu, vùng xa: 45/60 ngày", "Luật Khiếu nại 02/2011/QH13, Điều 28", "Settle a first complaint", "Giải quyết khiếu nại lần đầu", false, 1, 1L },
                    { 14, "staff-report.handle", 15, new DateOnly(2019, 7, 1), null, "Phức tạp: 30 ngày", "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 66", "Handle a staff report of corruption", "Xử lý báo cáo về hành vi tham nhũng", false, 1, 1L },
                    { 15, "conflict.report", 5, new DateOnly(2019, 7, 1), null, null, "Nghị định 59/2019/NĐ-CP, Điều 30–31", "Report a conflict of interest", "Báo cáo xung đột lợi ích", false, 0, 1L },
                    { 16, "gift.report", 5, new DateOnly(2019, 7, 1), null, null, "Nghị định 59/2019/NĐ-CP, Điều 26", "Report and hand in a gift that could not be refused", "Báo cáo và nộp lại quà tặng không từ chối được", false, 0, 1L },
                    { 17, "declaration.first", 10, new DateOnly(2019, 7, 1), null, null, "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 36", "First asset declaration after placement", "Kê khai tài sản lần đầu", false, 1, 1L },
                    { 18, "declaration.correct", 7, new DateOnly(2019, 7, 1), null, null, "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 38", "Correct a declaration", "Bổ sung, giải trình bản kê khai", false, 1, 1L },
                    { 19, "suspension.decide", 5, new DateOnly(2019, 7, 1), null, "Thời hạn tạm đình chỉ: 90 ngày", "Nghị định 59/2019/NĐ-CP, Điều 46–47", "Decide a temporary suspension or transfer", "Quyết định tạm đình chỉ, chuyển vị trí công tác", false, 0, 1L },
                    { 20, "heads-responsibility.consider", 30, new DateOnly(2019, 7, 1), null, null, "Nghị định 59/2019/NĐ-CP, Điều 79", "Consider a head's responsibility", "Xem xét trách nhiệm người đứng đầu", false, 0, 1L }
                });

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineRules_Code_EffectiveFrom",
                table: "DeadlineRules",
                columns: new[] { "Code", "EffectiveFrom" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeadlineRules");
        }
    }
}

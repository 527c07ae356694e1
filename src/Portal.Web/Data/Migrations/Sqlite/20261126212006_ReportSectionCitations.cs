using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportSectionCitations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.UpdateData(
                table: "AccountabilityRules",
                keyColumn: "Id",
                keyValue: 1,
                column: "LegalBasis",
                value: "Luật Cán bộ, công chức (sửa đổi 2019), Điều 82; Luật Viên chức (sửa đổi 2019), Điều 56; Nghị định 112/2020/NĐ-CP. Với cán bộ, công chức: Nghị định 172/2025/NĐ-CP thay thế từ 01/7/2025; thời hạn cần đối chiếu công báo");

            migrationBuilder.UpdateData(
                table: "AccountabilityRules",
                keyColumn: "Id",
                keyValue: 2,
                column: "LegalBasis",
                value: "Luật Cán bộ, công chức (sửa đổi 2019), Điều 82; Luật Viên chức (sửa đổi 2019), Điều 56; Nghị định 112/2020/NĐ-CP. Với cán bộ, công chức: Nghị định 172/2025/NĐ-CP thay thế từ 01/7/2025; thời hạn cần đối chiếu công báo");

            migrationBuilder.UpdateData(
                table: "AccountabilityRules",
                keyColumn: "Id",
                keyValue: 3,
                column: "LegalBasis",
                value: "Luật Cán bộ, công chức (sửa đổi 2019), Điều 82; Luật Viên chức (sửa đổi 2019), Điều 56; Nghị định 112/2020/NĐ-CP. Với cán bộ, công chức: Nghị định 172/2025/NĐ-CP thay thế từ 01/7/2025; thời hạn cần đối chiếu công báo");

            migrationBuilder.UpdateData(
                table: "AccountabilityRules",
                keyColumn: "Id",
                keyValue: 4,
                column: "LegalBasis",
                value: "Luật Cán bộ, công chức (sửa đổi 2019), Điều 82; Luật Viên chức (sửa đổi 2019), Điều 56; Nghị định 112/2020/NĐ-CP. Với cán bộ, công chức: Nghị định 172/2025/NĐ-CP thay thế từ 01/7/2025; thời hạn cần đối chiếu công báo");

            migrationBuilder.UpdateData(
                table: "AccountabilityRules",
                keyColumn: "Id",
                keyValue: 5,
                column: "LegalBasis",
                value: "Luật Cán bộ, công chức (sửa đổi 2019), Điều 82; Luật Viên chức (sửa đổi 2019), Điều 56; Nghị định 112/2020/NĐ-CP. Với cán bộ, công chức: Nghị định 172/2025/NĐ-CP thay thế từ 01/7/2025; thời hạn cần đối chiếu công báo");

            migrationBuilder.UpdateData(
                table: "AccountabilityRules",
                keyColumn: "Id",
                keyValue: 10,
                column: "LegalBasis",
                value: "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 25; Nghị định 59/2019/NĐ-CP, Điều 36–37 (số điều cần đối chiếu công báo)");

            migrationBuilder.UpdateData(
                table: "AccountabilityRules",
                keyColumn: "Id",
                keyValue: 11,
                column: "LegalBasis",
                value: "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 25; Nghị định 59/2019/NĐ-CP, Điều 36–37 (số điều cần đối chiếu công báo)");

            migrationBuilder.UpdateData(
                table: "AccountabilityRules",
                keyColumn: "Id",
                keyValue: 20,
                columns: new[] { "EffectiveFrom", "LegalBasis" },
                values: new object[] { new DateOnly(2021, 11, 3), "Quy định 41-QĐ/TW ngày 03/11/2021 của Bộ Chính trị về miễn nhiệm, từ chức; Nghị định 138/2020/NĐ-CP (cần đối chiếu văn bản đang có hiệu lực trên công báo)" });

            migrationBuilder.UpdateData(
                table: "AccountabilityRules",
                keyColumn: "Id",
                keyValue: 21,
                columns: new[] { "EffectiveFrom", "LegalBasis" },
                values: new object[] { new DateOnly(2021, 11, 3), "Quy định 41-QĐ/TW ngày 03/11/2021 của Bộ Chính trị về miễn nhiệm, từ chức; Nghị định 138/2020/NĐ-CP (cần đối chiếu văn bản đang có hiệu lực trên công báo)" });

            migrationBuilder.UpdateData(
                table: "AccountabilityRules",
                keyColumn: "Id",
                keyValue: 22,
                columns: new[] { "EffectiveFrom", "LegalBasis" },
                values: new object[] { new DateOnly(2021, 11, 3), "Quy định 41-QĐ/TW ngày 03/11/2021 của Bộ Chính trị về miễn nhiệm, từ chức; Nghị định 138/2020/NĐ-CP (cần đối chiếu văn bản đang có hiệu lực trên công báo); Nghị định 59/2019/NĐ-CP, Điều 79" });

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 19,
                column: "LegalBasis",
                value: "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 71 khoản 4; Nghị định 59/2019/NĐ-CP, các điều về tạm đình chỉ, tạm thời chuyển vị trí công tác (số điều cần đối chiếu công báo)");

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 32,
                columns: new[] { "ExtensionNote", "LegalBasis" },
                values: new object[] { "Tính cả ngày bắt đầu và ngày kết thúc; kéo dài một lần, không quá 90 ngày: cần đối chiếu công báo", "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 71 khoản 4; Nghị định 59/2019/NĐ-CP, các điều về tạm đình chỉ, tạm thời chuyển vị trí công tác (số điều cần đối chiếu công báo)" });

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 33,
                column: "LegalBasis",
                value: "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 25; Nghị định 59/2019/NĐ-CP, Điều 36–37 (số điều cần đối chiếu công báo)");

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 40,
                column: "LegalBasis",
                value: "Quy định nội bộ của Sở Y tế (Luật Phòng, chống tham nhũng 36/2018/QH14, mục kiểm tra, tự kiểm tra – số điều cần đối chiếu công báo; hướng dẫn của Thanh tra Chính phủ)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.UpdateData(
                table: "AccountabilityRules",
                keyColumn: "Id",
                keyValue: 1,
                column: "LegalBasis",
                value: "Luật Cán bộ, công chức (sửa đổi 2019), Điều 82; Luật Viên chức (sửa đổi 2019), Điều 56; Nghị định 112/2020/NĐ-CP");

            migrationBuilder.UpdateData(
                table: "AccountabilityRules",
                keyColumn: "Id",
                keyValue: 2,
                column: "LegalBasis",
                value: "Luật Cán bộ, công chức (sửa đổi 2019), Điều 82; Luật Viên chức (sửa đổi 2019), Điều 56; Nghị định 112/2020/NĐ-CP");

            migrationBuilder.UpdateData(
                table: "AccountabilityRules",
                keyColumn: "Id",
                keyValue: 3,
                column: "LegalBasis",
                value: "Luật Cán bộ, công chức (sửa đổi 2019), Điều 82; Luật Viên chức (sửa đổi 2019), Điều 56; Nghị định 112/2020/NĐ-CP");

            migrationBuilder.UpdateData(
                table: "AccountabilityRules",
                keyColumn: "Id",
                keyValue: 4,
                column: "LegalBasis",
                value: "Luật Cán bộ, công chức (sửa đổi 2019), Điều 82; Luật Viên chức (sửa đổi 2019), Điều 56; Nghị định 112/2020/NĐ-CP");

            migrationBuilder.UpdateData(
                table: "AccountabilityRules",
                keyColumn: "Id",
                keyValue: 5,
                column: "LegalBasis",
                value: "Luật Cán bộ, công chức (sửa đổi 2019), Điều 82; Luật Viên chức (sửa đổi 2019), Điều 56; Nghị định 112/2020/NĐ-CP");

            migrationBuilder.UpdateData(
                table: "AccountabilityRules",
                keyColumn: "Id",
                keyValue: 10,
                column: "LegalBasis",
                value: "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 25; Nghị định 59/2019/NĐ-CP, Điều 36–37");

            migrationBuilder.UpdateData(
                table: "AccountabilityRules",
                keyColumn: "Id",
                keyValue: 11,
                column: "LegalBasis",
                value: "Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 25; Nghị định 59/2019/NĐ-CP, Điều 36–37");

            migrationBuilder.UpdateData(
                table: "AccountabilityRules",
                keyColumn: "Id",
                keyValue: 20,
                columns: new[] { "EffectiveFrom", "LegalBasis" },
                values: new object[] { new DateOnly(2021, 11, 22), "Quy định 41-QĐ/TW năm 2021 về miễn nhiệm, từ chức; Nghị định 138/2020/NĐ-CP" });

            migrationBuilder.UpdateData(
                table: "AccountabilityRules",
                keyColumn: "Id",
                keyValue: 21,
                columns: new[] { "EffectiveFrom", "LegalBasis" },
                values: new object[] { new DateOnly(2021, 11, 22), "Quy định 41-QĐ/TW năm 2021 về miễn nhiệm, từ chức; Nghị định 138/2020/NĐ-CP" });

            migrationBuilder.UpdateData(
                table: "AccountabilityRules",
                keyColumn: "Id",
                keyValue: 22,
                columns: new[] { "EffectiveFrom", "LegalBasis" },
                values: new object[] { new DateOnly(2021, 11, 22), "Quy định 41-QĐ/TW năm 2021 về miễn nhiệm, từ chức; Nghị định 138/2020/NĐ-CP; Nghị định 59/2019/NĐ-CP, Điều 79" });

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 19,
                column: "LegalBasis",
                value: "Nghị định 59/2019/NĐ-CP, Điều 46–47");

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 32,
                columns: new[] { "ExtensionNote", "LegalBasis" },
                values: new object[] { "Tính cả ngày bắt đầu và ngày kết thúc; có thể kéo dài một lần, không quá 90 ngày (cần đối chiếu văn bản)", "Nghị định 59/2019/NĐ-CP, Điều 46–47" });

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 33,
                column: "LegalBasis",
                value: "Nghị định 59/2019/NĐ-CP, Điều 36–37");

            migrationBuilder.UpdateData(
                table: "DeadlineRules",
                keyColumn: "Id",
                keyValue: 40,
                column: "LegalBasis",
                value: "Quy định nội bộ của Sở Y tế (Luật Phòng, chống tham nhũng 36/2018/QH14, Điều 58–59; theo dõi, đôn đốc thực hiện kết luận theo hướng dẫn của Thanh tra Chính phủ)");
        }
    }
}

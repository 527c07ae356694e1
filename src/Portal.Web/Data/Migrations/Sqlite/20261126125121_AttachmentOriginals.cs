using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AttachmentOriginals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "OriginalsKeyForReporter",
                table: "Reports",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "OriginalsKeyForVault",
                table: "Reports",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CleanedCopyId",
                table: "ReportAttachments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "EncryptedRemoved",
                table: "ReportAttachments",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsOriginal",
                table: "ReportAttachments",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OriginalsKeyForReporter",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "OriginalsKeyForVault",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "CleanedCopyId",
                table: "ReportAttachments");

            migrationBuilder.DropColumn(
                name: "EncryptedRemoved",
                table: "ReportAttachments");

            migrationBuilder.DropColumn(
                name: "IsOriginal",
                table: "ReportAttachments");
        }
    }
}

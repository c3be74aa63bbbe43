using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StPlatform.IntellectualProperty.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ip_assets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    object_type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    application_number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    filed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    owner_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ip_assets", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_ip_assets_application_number",
                table: "ip_assets",
                column: "application_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ip_assets_filed_on",
                table: "ip_assets",
                column: "filed_on");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ip_assets");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StPlatform.Identity.Data.Migrations
{
    /// <inheritdoc />
    public partial class UnitVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "units",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "xmin",
                table: "units");
        }
    }
}

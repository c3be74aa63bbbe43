using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StPlatform.IntellectualProperty.Data.Migrations
{
    /// <inheritdoc />
    public partial class PublicationNumberIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_ip_assets_publication_number",
                table: "ip_assets",
                column: "publication_number");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_ip_assets_publication_number",
                table: "ip_assets");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StPlatform.Programmes.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "programme_documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    signed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    period_start_year = table.Column<int>(type: "integer", nullable: false),
                    period_end_year = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_documents", x => x.id);
                    table.CheckConstraint("ck_programme_documents_period", "period_end_year >= period_start_year");
                });

            migrationBuilder.CreateIndex(
                name: "ix_programme_documents_signed_on",
                table: "programme_documents",
                column: "signed_on");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "programme_documents");
        }
    }
}

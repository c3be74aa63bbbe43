using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StPlatform.Tasks.Data.Migrations
{
    /// <inheritdoc />
    public partial class EveryUnitIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_tasks_all_units",
                table: "tasks",
                column: "all_units",
                filter: "all_units");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_tasks_all_units",
                table: "tasks");
        }
    }
}

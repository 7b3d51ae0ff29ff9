using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenData.Web.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Datastore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "datastore_resources",
                columns: table => new
                {
                    ResourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DatasetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: true),
                    Encoding = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Delimiter = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    ForcedEncoding = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    RowCount = table.Column<long>(type: "INTEGER", nullable: false),
                    RowsLoaded = table.Column<long>(type: "INTEGER", nullable: false),
                    BadRowCount = table.Column<long>(type: "INTEGER", nullable: false),
                    ErrorRows = table.Column<string>(type: "TEXT", nullable: true),
                    Fields = table.Column<string>(type: "TEXT", nullable: true),
                    PrimaryKey = table.Column<string>(type: "TEXT", nullable: true),
                    LoadedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Modified = table.Column<long>(type: "INTEGER", nullable: false),
                    Message = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_datastore_resources", x => x.ResourceId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_datastore_resources_DatasetId",
                table: "datastore_resources",
                column: "DatasetId");

            migrationBuilder.CreateIndex(
                name: "IX_datastore_resources_Status",
                table: "datastore_resources",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "datastore_resources");
        }
    }
}

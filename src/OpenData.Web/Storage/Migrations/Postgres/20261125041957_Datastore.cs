using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenData.Web.Storage.Migrations.Postgres
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
                    ResourceId = table.Column<Guid>(type: "uuid", nullable: false),
                    DatasetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Origin = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "text", nullable: true),
                    Encoding = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Delimiter = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    ForcedEncoding = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    RowCount = table.Column<long>(type: "bigint", nullable: false),
                    RowsLoaded = table.Column<long>(type: "bigint", nullable: false),
                    BadRowCount = table.Column<long>(type: "bigint", nullable: false),
                    ErrorRows = table.Column<string>(type: "text", nullable: true),
                    Fields = table.Column<string>(type: "text", nullable: true),
                    PrimaryKey = table.Column<string>(type: "text", nullable: true),
                    LoadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Modified = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Message = table.Column<string>(type: "text", nullable: true)
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

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenData.Web.Catalog;
using OpenData.Web.Hosting;

namespace OpenData.Web.Storage;

/// <summary>Creates the data folder and brings the schema up to date on start; seeds the national themes.</summary>
public sealed class DatabaseInitializer(CatalogDbContext db, PortalPaths paths, ThemeActions themes, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(paths.Root);
        Directory.CreateDirectory(paths.Files);
        if (!db.IsPostgres)
        {
            // WAL: readers never wait for the writer, and a crash mid-write leaves the last commit intact.
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await db.Database.CloseConnectionAsync();
        }
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s) to the {Provider} catalogue store", pending.Count, db.IsPostgres ? "PostgreSQL" : "SQLite");
            await db.Database.MigrateAsync(ct);
        }
        await themes.EnsureNationalThemesAsync(ct);
    }
}

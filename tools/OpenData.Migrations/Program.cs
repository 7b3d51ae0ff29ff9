using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Web.Storage;

// Usage: dotnet run --project tools/OpenData.Migrations -- add <MigrationName>
// Adds the migration for SQLite and for PostgreSQL, so both providers keep the same schema history.
if (args is not ["add", var name])
{
    Console.Error.WriteLine("usage: dotnet run --project tools/OpenData.Migrations -- add <MigrationName>");
    return 2;
}

var projectDir = Path.GetFullPath(Path.Combine(FindRepositoryRoot(), "src", "OpenData.Web"));
var contexts = new (DbContext Context, string Folder)[]
{
    (new SqliteCatalogDbContext(new DbContextOptionsBuilder<SqliteCatalogDbContext>().UseSqlite("Data Source=:memory:").Options), "Sqlite"),
    (new PostgresCatalogDbContext(new DbContextOptionsBuilder<PostgresCatalogDbContext>().UseNpgsql("Host=localhost").Options), "Postgres"),
};
foreach (var (context, folder) in contexts)
{
    var reporter = new OperationReporter(new OperationReportHandler(
        m => Console.Error.WriteLine(m), m => Console.Error.WriteLine(m), m => Console.WriteLine(m), _ => { }));
    var assembly = typeof(CatalogDbContext).Assembly;
    var services = new DesignTimeServicesBuilder(assembly, assembly, reporter, []).Build(context);
    var scaffolder = services.GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(name, "OpenData.Web", $"Storage.Migrations.{folder}", "C#");
    var files = scaffolder.Save(projectDir, migration, Path.Combine(projectDir, "Storage", "Migrations", folder));
    Console.WriteLine($"{folder}: {files.MigrationFile}");
    context.Dispose();
}
return 0;

static string FindRepositoryRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OpenData.sln")))
    {
        dir = dir.Parent;
    }
    return dir?.FullName ?? throw new InvalidOperationException("run inside the repository");
}

using Microsoft.EntityFrameworkCore;

namespace OpenData.Web.Storage;

/// <summary>
/// The catalogue store. One model for both providers; each provider has its own subclass only so that
/// each keeps its own migrations (Migrations/Sqlite, Migrations/Postgres).
/// </summary>
public abstract class CatalogDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<DatasetRow> Datasets => Set<DatasetRow>();
    public DbSet<DatasetTagRow> DatasetTags => Set<DatasetTagRow>();
    public DbSet<DatasetThemeRow> DatasetThemes => Set<DatasetThemeRow>();
    public DbSet<DistributionRow> Distributions => Set<DistributionRow>();
    public DbSet<RevisionRow> Revisions => Set<RevisionRow>();
    public DbSet<OrganizationRow> Organizations => Set<OrganizationRow>();
    public DbSet<ThemeRow> Themes => Set<ThemeRow>();
    public DbSet<UserRow> Users => Set<UserRow>();
    public DbSet<MembershipRow> Memberships => Set<MembershipRow>();
    public DbSet<ApiTokenRow> ApiTokens => Set<ApiTokenRow>();
    public DbSet<AuthThrottleRow> AuthThrottles => Set<AuthThrottleRow>();
    public DbSet<StoredFileRow> Files => Set<StoredFileRow>();
    public DbSet<ErrorReportRow> ErrorReports => Set<ErrorReportRow>();
    public DbSet<DataStore.DatastoreResourceRow> DatastoreResources => Set<DataStore.DatastoreResourceRow>();

    public abstract bool IsPostgres { get; }

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<DatasetRow>(e =>
        {
            e.ToTable("datasets");
            e.HasKey(d => d.Id);
            e.HasIndex(d => d.Name).IsUnique();
            e.HasIndex(d => d.OrganizationId);
            e.HasIndex(d => d.Modified);
            e.HasIndex(d => d.Created);
            e.HasIndex(d => d.Views);
            e.Property(d => d.Name).HasMaxLength(100);
            e.Property(d => d.Title).HasMaxLength(500);
            e.Property(d => d.State).HasMaxLength(16);
            e.Property(d => d.AccessLevel).HasMaxLength(32);
            e.Property(d => d.LicenseId).HasMaxLength(100);
            e.Property(d => d.Revision).IsConcurrencyToken();
            e.HasMany(d => d.Tags).WithOne().HasForeignKey(t => t.DatasetId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(d => d.Themes).WithOne().HasForeignKey(t => t.DatasetId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(d => d.Distributions).WithOne().HasForeignKey(t => t.DatasetId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<DatasetTagRow>(e =>
        {
            e.ToTable("dataset_tags");
            e.HasKey(t => new { t.DatasetId, t.Tag });
            e.HasIndex(t => t.Tag);
            e.Property(t => t.Tag).HasMaxLength(100);
        });
        model.Entity<DatasetThemeRow>(e =>
        {
            e.ToTable("dataset_themes");
            e.HasKey(t => new { t.DatasetId, t.Theme });
            e.HasIndex(t => t.Theme);
            e.Property(t => t.Theme).HasMaxLength(100);
        });
        model.Entity<DistributionRow>(e =>
        {
            e.ToTable("distributions");
            e.HasKey(r => r.Id);
            e.Property(r => r.Id).ValueGeneratedNever();
            e.HasIndex(r => r.DatasetId);
            e.HasIndex(r => r.Format);
            e.Property(r => r.Format).HasMaxLength(50);
            e.Property(r => r.FileSha256).HasMaxLength(64);
        });
        model.Entity<RevisionRow>(e =>
        {
            e.ToTable("revisions");
            e.HasKey(r => r.Id);
            e.HasIndex(r => new { r.DatasetId, r.Number }).IsUnique();
            e.Property(r => r.Action).HasMaxLength(32);
            e.Property(r => r.UserName).HasMaxLength(100);
        });
        model.Entity<OrganizationRow>(e =>
        {
            e.ToTable("organizations");
            e.HasKey(o => o.Id);
            e.HasIndex(o => o.Name).IsUnique();
            e.Property(o => o.Name).HasMaxLength(100);
            e.Property(o => o.Title).HasMaxLength(300);
        });
        model.Entity<ThemeRow>(e =>
        {
            e.ToTable("themes");
            e.HasKey(t => t.Name);
            e.Property(t => t.Name).HasMaxLength(100);
        });
        model.Entity<UserRow>(e =>
        {
            e.ToTable("users");
            e.HasKey(u => u.Id);
            e.HasIndex(u => u.UserName).IsUnique();
            e.HasIndex(u => u.Email).IsUnique();
            e.Property(u => u.UserName).HasMaxLength(100);
            e.Property(u => u.Email).HasMaxLength(256);
        });
        model.Entity<MembershipRow>(e =>
        {
            e.ToTable("memberships");
            e.HasKey(m => new { m.UserId, m.OrganizationId });
            e.HasIndex(m => m.OrganizationId);
            e.Property(m => m.Role).HasMaxLength(16);
        });
        model.Entity<ApiTokenRow>(e =>
        {
            e.ToTable("api_tokens");
            e.HasKey(t => t.Id);
            e.HasIndex(t => t.TokenHash).IsUnique();
            e.HasIndex(t => t.UserId);
            e.Property(t => t.TokenHash).HasMaxLength(64);
        });
        model.Entity<AuthThrottleRow>(e =>
        {
            e.ToTable("auth_throttles");
            e.HasKey(t => t.Key);
            e.Property(t => t.Key).HasMaxLength(100);
            e.Property(t => t.Version).IsConcurrencyToken();
            e.HasIndex(t => t.LastFailure);
        });
        model.Entity<StoredFileRow>(e =>
        {
            e.ToTable("files");
            e.HasKey(f => f.Sha256);
            e.Property(f => f.Sha256).HasMaxLength(64);
            e.Property(f => f.MediaType).HasMaxLength(200);
        });
        model.Entity<ErrorReportRow>(e =>
        {
            e.ToTable("error_reports");
            e.HasKey(r => r.Id);
            e.HasIndex(r => new { r.OrganizationId, r.Status });
            e.HasIndex(r => r.DatasetId);
            e.Property(r => r.Status).HasMaxLength(16);
        });
        DataStore.DatastoreJson.Configure(model);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        // SQLite cannot order or compare DateTimeOffset natively; store UTC ticks-free ISO text there and
        // timestamptz on PostgreSQL (the provider subclasses decide).
        ConfigureProviderConventions(configuration);
    }

    protected abstract void ConfigureProviderConventions(ModelConfigurationBuilder configuration);
}

public sealed class SqliteCatalogDbContext(DbContextOptions<SqliteCatalogDbContext> options) : CatalogDbContext(options)
{
    public override bool IsPostgres => false;

    protected override void ConfigureProviderConventions(ModelConfigurationBuilder configuration)
    {
        // Stored as UTC ticks so ORDER BY and range filters work in SQL (SQLite has no DateTimeOffset type).
        configuration.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configuration.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }
}

public sealed class PostgresCatalogDbContext(DbContextOptions<PostgresCatalogDbContext> options) : CatalogDbContext(options)
{
    public override bool IsPostgres => true;

    protected override void ConfigureProviderConventions(ModelConfigurationBuilder configuration)
    {
    }
}

public sealed class UtcTicksConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));

using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;

namespace OpenData.Web.DataStore;

/// <summary>Where a resource's table stands.</summary>
public static class DatastoreStatus
{
    public const string Pending = "pending";
    public const string Loading = "loading";
    public const string Loaded = "loaded";
    public const string Failed = "failed";
}

/// <summary>One column of a resource's table: the data dictionary entry an editor can change, and the stored column behind it.</summary>
public sealed record DatastoreField
{
    /// <summary>The column's name as users see it (the file's header): "Dân số trung bình (người)".</summary>
    public required string Id { get; init; }

    public FieldType Type { get; init; } = FieldType.Text;

    /// <summary>True when an editor chose the type: a re-load keeps it instead of inferring.</summary>
    public bool TypeOverride { get; init; }

    public string? Label { get; init; }
    public string? Description { get; init; }

    /// <summary>The column's SQL name (c1, c2, ...): never user text, so no identifier is ever built from a header.</summary>
    public required string Column { get; init; }

    public DecimalMark Mark { get; init; }
}

/// <summary>A line of the file that could not be loaded.</summary>
public sealed record BadRow(long Line, string Message);

/// <summary>The data-store state of one resource (datastore_resources).</summary>
public sealed class DatastoreResourceRow
{
    public Guid ResourceId { get; set; }
    public Guid DatasetId { get; set; }
    public required string Status { get; set; }

    /// <summary>"file" when loaded from the resource's file; "api" when created by datastore_create with records.</summary>
    public string Origin { get; set; } = "file";

    /// <summary>What was (or will be) loaded: "sha256:..." or the link's URL; a change queues a re-load.</summary>
    public string? Source { get; set; }

    public string? Encoding { get; set; }
    public string? Delimiter { get; set; }
    public string? ForcedEncoding { get; set; }
    public long RowCount { get; set; }
    public long RowsLoaded { get; set; }
    public long BadRowCount { get; set; }

    /// <summary>JSON list of <see cref="BadRow"/>, capped at <see cref="DatastoreJson.MaxBadRows"/>.</summary>
    public string? ErrorRows { get; set; }

    /// <summary>JSON list of <see cref="DatastoreField"/>: the data dictionary.</summary>
    public string? Fields { get; set; }

    /// <summary>JSON list of field ids forming the primary key for datastore_upsert.</summary>
    public string? PrimaryKey { get; set; }

    public DateTimeOffset? LoadedAt { get; set; }
    public DateTimeOffset Modified { get; set; }
    public string? Message { get; set; }
}

public static class DatastoreJson
{
    public const int MaxBadRows = 100;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static IReadOnlyList<DatastoreField> FieldsOf(DatastoreResourceRow row) =>
        row.Fields is null ? [] : JsonSerializer.Deserialize<List<DatastoreField>>(row.Fields, Options) ?? [];

    public static IReadOnlyList<BadRow> BadRowsOf(DatastoreResourceRow row) =>
        row.ErrorRows is null ? [] : JsonSerializer.Deserialize<List<BadRow>>(row.ErrorRows, Options) ?? [];

    public static IReadOnlyList<string> PrimaryKeyOf(DatastoreResourceRow row) =>
        row.PrimaryKey is null ? [] : JsonSerializer.Deserialize<List<string>>(row.PrimaryKey, Options) ?? [];

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static void Configure(ModelBuilder model) => model.Entity<DatastoreResourceRow>(e =>
    {
        e.ToTable("datastore_resources");
        e.HasKey(r => r.ResourceId);
        e.Property(r => r.ResourceId).ValueGeneratedNever();
        e.HasIndex(r => r.DatasetId);
        e.HasIndex(r => r.Status);
        e.Property(r => r.Status).HasMaxLength(16);
        e.Property(r => r.Origin).HasMaxLength(16);
        e.Property(r => r.Encoding).HasMaxLength(32);
        e.Property(r => r.ForcedEncoding).HasMaxLength(32);
        e.Property(r => r.Delimiter).HasMaxLength(4);
    });
}

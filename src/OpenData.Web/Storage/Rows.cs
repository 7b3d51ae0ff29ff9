namespace OpenData.Web.Storage;

// Persistence rows. A dataset is stored as one JSON document (the domain record, see DatasetDocument)
// plus the columns and side tables that lists, filters and permission checks need; the same schema on
// SQLite and PostgreSQL without provider-specific JSON queries.

public sealed class DatasetRow
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string Title { get; set; }
    public Guid OrganizationId { get; set; }
    public required string State { get; set; }
    public bool IsPrivate { get; set; }
    public required string AccessLevel { get; set; }
    public string? LicenseId { get; set; }
    public DateTimeOffset Created { get; set; }
    public DateTimeOffset Modified { get; set; }
    public long Views { get; set; }
    public long Downloads { get; set; }

    /// <summary>The number of the latest revision; also the optimistic concurrency token.</summary>
    public int Revision { get; set; }

    public required string Document { get; set; }
    public List<DatasetTagRow> Tags { get; set; } = [];
    public List<DatasetThemeRow> Themes { get; set; } = [];
    public List<DistributionRow> Distributions { get; set; } = [];
}

public sealed class DatasetTagRow
{
    public Guid DatasetId { get; set; }
    public required string Tag { get; set; }
}

public sealed class DatasetThemeRow
{
    public Guid DatasetId { get; set; }
    public required string Theme { get; set; }
}

/// <summary>Index of a dataset's distributions, so a resource can be found by its id alone (CKAN resource_show).</summary>
public sealed class DistributionRow
{
    public Guid Id { get; set; }
    public Guid DatasetId { get; set; }
    public int Position { get; set; }
    public required string Title { get; set; }
    public string? Format { get; set; }
    public string? FileSha256 { get; set; }
}

public sealed class RevisionRow
{
    public long Id { get; set; }
    public Guid DatasetId { get; set; }
    public int Number { get; set; }
    public Guid? UserId { get; set; }
    public required string UserName { get; set; }
    public DateTimeOffset Created { get; set; }
    public required string Action { get; set; }
    public string? Message { get; set; }

    /// <summary>The full dataset document after this change.</summary>
    public required string Document { get; set; }
}

public sealed class OrganizationRow
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    public Guid? ParentId { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public string? Website { get; set; }
    public string? ImageUrl { get; set; }
    public bool IsDeleted { get; set; }
    public DateTimeOffset Created { get; set; }
    public DateTimeOffset Modified { get; set; }
}

public sealed class ThemeRow
{
    public required string Name { get; set; }
    public required string Title { get; set; }
    public string? TitleEnglish { get; set; }
    public string? Description { get; set; }
    public string? Iri { get; set; }
    public int Position { get; set; }
}

public sealed class UserRow
{
    public Guid Id { get; set; }
    public required string UserName { get; set; }
    public required string Email { get; set; }
    public required string DisplayName { get; set; }
    public required string PasswordHash { get; set; }
    public bool IsSysAdmin { get; set; }
    public bool IsDisabled { get; set; }
    public DateTimeOffset Created { get; set; }

    /// <summary>Changes when the password or rights change, so outstanding sign-in cookies stop working.</summary>
    public required string SecurityStamp { get; set; }
}

public sealed class MembershipRow
{
    public Guid UserId { get; set; }
    public Guid OrganizationId { get; set; }
    public required string Role { get; set; }
}

public sealed class ApiTokenRow
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public required string Name { get; set; }

    /// <summary>SHA-256 of the token: the token itself is shown once and never stored.</summary>
    public required string TokenHash { get; set; }

    public DateTimeOffset Created { get; set; }
    public DateTimeOffset? LastUsed { get; set; }
    public DateTimeOffset? Revoked { get; set; }
}

/// <summary>
/// A failure counter for sign-ins or API tokens: one per account ("account:{id}", "name:{sha256}" for names no
/// account has) and per client address ("client:{ip}", "token:{ip}"). See Accounts/SignInThrottle.
/// </summary>
public sealed class AuthThrottleRow
{
    public required string Key { get; set; }

    /// <summary>Failures (and attempts still being checked) since <see cref="WindowStart"/>.</summary>
    public int Failures { get; set; }

    public DateTimeOffset WindowStart { get; set; }
    public DateTimeOffset LastFailure { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>Lockouts so far; each one lasts twice as long as the one before.</summary>
    public int Lockouts { get; set; }

    /// <summary>Optimistic concurrency token: parallel attempts must not overwrite each other's counts.</summary>
    public int Version { get; set; }
}

/// <summary>An uploaded file, stored once under the data folder by its SHA-256.</summary>
public sealed class StoredFileRow
{
    public required string Sha256 { get; set; }
    public long Size { get; set; }
    public required string MediaType { get; set; }
    public DateTimeOffset Created { get; set; }
}

/// <summary>Phản ánh: a report of an error in a dataset, routed to its organization.</summary>
public sealed class ErrorReportRow
{
    public Guid Id { get; set; }
    public Guid DatasetId { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid? DistributionId { get; set; }
    public required string ReporterName { get; set; }
    public string? ReporterEmail { get; set; }
    public required string Message { get; set; }
    public bool IsPublic { get; set; }
    public required string Status { get; set; }
    public string? Answer { get; set; }
    public Guid? AnsweredBy { get; set; }
    public DateTimeOffset Created { get; set; }
    public DateTimeOffset? Answered { get; set; }
}

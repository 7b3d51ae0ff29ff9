using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenData.Web.Catalog;
using OpenData.Web.Storage;

namespace OpenData.Web.Accounts;

public sealed record UserView(Guid Id, string UserName, string Email, string DisplayName, bool IsSysAdmin, DateTimeOffset Created);

public sealed record ApiTokenView(Guid Id, string Name, DateTimeOffset Created, DateTimeOffset? LastUsed, bool IsRevoked);

/// <summary>A token as created: the secret is in <see cref="Token"/> and is never shown again.</summary>
public sealed record CreatedApiToken(ApiTokenView Info, string Token);

/// <summary>
/// A sign-in's outcome: the user and the security stamp to put in the cookie, or nobody; with
/// <see cref="RetryAfter"/> when the account or the client is locked (the password was then not checked, or was
/// the attempt that locked it).
/// </summary>
public sealed record SignInOutcome(UserView? User, string? SecurityStamp, DateTimeOffset? RetryAfter)
{
    public static SignInOutcome Failed { get; } = new(null, null, null);
}

/// <summary>A token's actor (null: anonymous), or <see cref="RetryAfter"/> when the client sent too many bad tokens.</summary>
public sealed record TokenResult(Actor? Actor, DateTimeOffset? RetryAfter);

/// <summary>
/// Users, sign-in and API tokens (CKAN's user_* and api_token_*). Passwords are hashed with ASP.NET Core's
/// PasswordHasher (PBKDF2); tokens are random 256-bit secrets stored as SHA-256 hashes.
/// </summary>
public sealed class AccountActions(
    CatalogDbContext db,
    IStringLocalizer<SharedResource> l,
    TimeProvider clock,
    SignInThrottle throttle,
    ILogger<AccountActions> logger)
{
    public const int MinPasswordLength = 10;
    private const string TokenPrefix = "od_";
    private static readonly PasswordHasher<UserRow> Hasher = new();

    public async Task<UserView> CreateUserAsync(Actor actor, string userName, string email, string? displayName, string password, bool isSysAdmin, CancellationToken ct)
    {
        if (!CatalogAuthorization.CanManageUsers(actor))
        {
            throw new NotAuthorizedException(l["Auth.NotAllowed"]);
        }
        var errors = new ValidationErrors();
        var name = CatalogRules.Clean(userName)?.ToLowerInvariant();
        CatalogRules.RequireName(errors, l, "name", name);
        var mail = CatalogRules.Clean(email)?.ToLowerInvariant();
        if (mail is null || !CatalogRules.IsValidEmail(mail))
        {
            errors.Add("email", l["Validation.Email"]);
        }
        if (password.Length < MinPasswordLength)
        {
            errors.Add("password", l["Validation.PasswordLength", MinPasswordLength]);
        }
        if (name is not null && mail is not null && await db.Users.AnyAsync(u => u.UserName == name || u.Email == mail, ct))
        {
            errors.Add("name", l["Validation.UserTaken"]);
        }
        errors.ThrowIfAny();
        var row = new UserRow
        {
            Id = Guid.NewGuid(),
            UserName = name!,
            Email = mail!,
            DisplayName = CatalogRules.Clean(displayName) ?? name!,
            PasswordHash = "",
            IsSysAdmin = isSysAdmin,
            Created = clock.GetUtcNow(),
            SecurityStamp = NewStamp(),
        };
        row.PasswordHash = Hasher.HashPassword(row, password);
        db.Users.Add(row);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return ToView(row);
    }

    /// <summary>
    /// Sign-in from a client address (the sign-in page): the password is checked only while neither the account nor
    /// the client is locked by <see cref="SignInThrottle"/>, so during a lockout the right password is refused too.
    /// Names no account has are counted and locked alike, so the answers tell nothing about which accounts exist.
    /// </summary>
    public async Task<SignInOutcome> SignInAsync(string userNameOrEmail, string password, string client, CancellationToken ct)
    {
        var key = userNameOrEmail.Trim().ToLowerInvariant();
        if (key.Length == 0 || key.Length > 256)
        {
            return SignInOutcome.Failed;
        }
        var row = await FindActiveAsync(key, ct);
        var accountKey = row is null ? SignInThrottle.UnknownAccountKey(Hash(key)) : SignInThrottle.AccountKey(row.Id);
        // Logged by the account's own name only: what was typed into the name field may be a password.
        var account = row?.UserName ?? "(unknown name)";
        if (await throttle.ReserveAsync(accountKey, client, ct) is { } locked)
        {
            logger.LogWarning("Sign-in refused for {Account} from {Client}: locked until {Until:o}", account, client, locked);
            return new SignInOutcome(null, null, locked);
        }
        var user = await VerifyAsync(row, password, ct);
        if (user is null)
        {
            var until = await throttle.FailAsync(accountKey, client, ct);
            if (until is null)
            {
                logger.LogWarning("Failed sign-in for {Account} from {Client}", account, client);
            }
            else
            {
                logger.LogWarning("Failed sign-in for {Account} from {Client}; locked until {Until:o}", account, client, until);
            }
            return new SignInOutcome(null, null, until);
        }
        await throttle.SucceedAsync(accountKey, client, ct);
        return new SignInOutcome(user, row!.SecurityStamp, null);
    }

    /// <summary>The user whose password matches, or null; the same answer and similar time for unknown users. Not throttled: see <see cref="SignInAsync"/>.</summary>
    public async Task<UserView?> VerifyPasswordAsync(string userNameOrEmail, string password, CancellationToken ct) =>
        await VerifyAsync(await FindActiveAsync(userNameOrEmail.Trim().ToLowerInvariant(), ct), password, ct);

    private Task<UserRow?> FindActiveAsync(string key, CancellationToken ct) =>
        db.Users.AsNoTracking().FirstOrDefaultAsync(u => (u.UserName == key || u.Email == key) && !u.IsDisabled, ct);

    private async Task<UserView?> VerifyAsync(UserRow? row, string password, CancellationToken ct)
    {
        if (row is null)
        {
            Hasher.VerifyHashedPassword(new UserRow { UserName = "", Email = "", DisplayName = "", PasswordHash = "", SecurityStamp = "" }, DummyHash, password);
            return null;
        }
        var result = Hasher.VerifyHashedPassword(row, row.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            return null;
        }
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            row.PasswordHash = Hasher.HashPassword(row, password);
            // The row may have been read before the throttle cleared the context: attach it to save the new hash.
            var entry = db.Entry(row);
            if (entry.State == EntityState.Detached)
            {
                entry.State = EntityState.Unchanged;
            }
            entry.Property(u => u.PasswordHash).IsModified = true;
            await db.SaveChangesAsync(ct);
        }
        db.ChangeTracker.Clear();
        return ToView(row);
    }

    public async Task<UserView?> FindUserAsync(string userNameOrEmail, CancellationToken ct)
    {
        var key = userNameOrEmail.Trim().ToLowerInvariant();
        var row = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == key || u.Email == key, ct);
        return row is null ? null : ToView(row);
    }

    /// <summary>
    /// The actor for a signed-in user: rights are read from the store on every request, never from the cookie. With a
    /// security stamp (a sign-in cookie's), null unless it is the account's current one.
    /// </summary>
    public async Task<Actor?> LoadActorAsync(Guid userId, string? securityStamp, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId && !u.IsDisabled, ct);
        if (user is null || (securityStamp is not null && securityStamp != user.SecurityStamp))
        {
            return null;
        }
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.UserId == userId)
            .ToDictionaryAsync(m => m.OrganizationId, m => Enum.Parse<OrganizationRole>(m.Role), ct);
        return new Actor(user.Id, user.UserName, user.IsSysAdmin, memberships);
    }

    public async Task<string> SecurityStampAsync(Guid userId, CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp).FirstAsync(ct);

    /// <summary>
    /// Sign-out: a new security stamp, so every sign-in cookie of the account (this one, copies of it, other
    /// browsers) stops working on its next request, not when it expires.
    /// </summary>
    public async Task EndSessionsAsync(Actor actor, CancellationToken ct)
    {
        if (actor.UserId is not { } userId)
        {
            return;
        }
        var row = await db.Users.FirstAsync(u => u.Id == userId, ct);
        row.SecurityStamp = NewStamp();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// Sets a new password and ends every session of the account; returns the new security stamp, so the page that
    /// changed it can keep its own user signed in. Users change their own password by giving the current one
    /// (a borrowed signed-in browser is not enough); a system admin sets anyone else's.
    /// </summary>
    public async Task<string> ChangePasswordAsync(Actor actor, string userName, string? currentPassword, string newPassword, CancellationToken ct)
    {
        var key = userName.Trim().ToLowerInvariant();
        var row = await db.Users.FirstOrDefaultAsync(u => u.UserName == key && !u.IsDisabled, ct);
        if (row is null || !CatalogAuthorization.CanManageAccount(actor, row.Id))
        {
            throw new NotAuthorizedException(l["Auth.NotAllowed"]);
        }
        var errors = new ValidationErrors();
        if (actor.UserId == row.Id
            && (string.IsNullOrEmpty(currentPassword) || Hasher.VerifyHashedPassword(row, row.PasswordHash, currentPassword) == PasswordVerificationResult.Failed))
        {
            errors.Add("current_password", l["Validation.CurrentPassword"]);
        }
        if (newPassword.Length < MinPasswordLength)
        {
            errors.Add("password", l["Validation.PasswordLength", MinPasswordLength]);
        }
        errors.ThrowIfAny();
        row.PasswordHash = Hasher.HashPassword(row, newPassword);
        row.SecurityStamp = NewStamp();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return row.SecurityStamp;
    }

    /// <summary>
    /// Deactivates an account (system admins): it can no longer sign in, its sessions end on their next request and
    /// its API tokens stop authenticating. Its datasets and revisions stay.
    /// </summary>
    public async Task DeactivateUserAsync(Actor actor, string userName, CancellationToken ct)
    {
        if (!CatalogAuthorization.CanManageUsers(actor))
        {
            throw new NotAuthorizedException(l["Auth.NotAllowed"]);
        }
        var key = userName.Trim().ToLowerInvariant();
        var row = await db.Users.FirstOrDefaultAsync(u => u.UserName == key, ct) ?? throw new NotFoundException(l["User.NotFound"]);
        if (row.Id == actor.UserId)
        {
            throw ValidationException.For("name", l["Validation.DeactivateSelf"]);
        }
        row.IsDisabled = true;
        row.SecurityStamp = NewStamp();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    public async Task<CreatedApiToken> CreateTokenAsync(Actor actor, string userName, string tokenName, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == userName.Trim().ToLower(), ct)
            ?? throw new NotFoundException(l["User.NotFound"]);
        if (!CatalogAuthorization.CanManageAccount(actor, user.Id))
        {
            throw new NotAuthorizedException(l["Auth.NotAllowed"]);
        }
        var name = CatalogRules.Clean(tokenName);
        if (name is null || name.Length > 200)
        {
            throw ValidationException.For("name", l["Validation.Required"]);
        }
        var token = TokenPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var row = new ApiTokenRow { Id = Guid.NewGuid(), UserId = user.Id, Name = name, TokenHash = Hash(token), Created = clock.GetUtcNow() };
        db.ApiTokens.Add(row);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return new CreatedApiToken(new ApiTokenView(row.Id, row.Name, row.Created, null, false), token);
    }

    public async Task<IReadOnlyList<ApiTokenView>> ListTokensAsync(Actor actor, CancellationToken ct)
    {
        var userId = actor.UserId ?? throw new NotAuthorizedException(l["Auth.SignInRequired"]);
        var rows = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.Created).ToListAsync(ct);
        return rows.Select(t => new ApiTokenView(t.Id, t.Name, t.Created, t.LastUsed, t.Revoked is not null)).ToList();
    }

    public async Task RevokeTokenAsync(Actor actor, Guid tokenId, CancellationToken ct)
    {
        var row = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId, ct) ?? throw new NotFoundException(l["Token.NotFound"]);
        if (!CatalogAuthorization.CanManageAccount(actor, row.UserId))
        {
            throw new NotFoundException(l["Token.NotFound"]);
        }
        row.Revoked ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>Revokes a token given by its secret (CKAN api_token_revoke with "token"); the owner or a system admin.</summary>
    public async Task RevokeTokenBySecretAsync(Actor actor, string token, CancellationToken ct)
    {
        var hash = Hash(token.Trim());
        var id = await db.ApiTokens.AsNoTracking().Where(t => t.TokenHash == hash).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException(l["Token.NotFound"]);
        await RevokeTokenAsync(actor, id, ct);
    }

    /// <summary>A user's account, for the user themself or a system admin (CKAN user_show).</summary>
    public async Task<UserView> ShowUserAsync(Actor actor, string userNameOrId, CancellationToken ct)
    {
        var key = userNameOrId.Trim().ToLowerInvariant();
        var row = Guid.TryParse(key, out var id)
            ? await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct)
            : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == key || u.Email == key, ct);
        if (row is null || !CatalogAuthorization.CanManageAccount(actor, row.Id))
        {
            // Other people's accounts are not disclosed, not even whether they exist.
            throw new NotAuthorizedException(l["Auth.NotAllowed"]);
        }
        return ToView(row);
    }

    /// <summary>
    /// A token sent from a client address (the API): its actor, or anonymous for an unknown or revoked one, which
    /// counts against the client; a client that sent too many is refused until <see cref="TokenResult.RetryAfter"/>,
    /// whatever token it sends.
    /// </summary>
    public async Task<TokenResult> AuthenticateTokenAsync(string token, string client, CancellationToken ct)
    {
        if (await throttle.TokenLockedUntilAsync(client, ct) is { } locked)
        {
            return new TokenResult(null, locked);
        }
        var actor = await AuthenticateTokenAsync(token, ct);
        if (actor is not null)
        {
            return new TokenResult(actor, null);
        }
        // The token itself is never logged: a typo'd one is most of a real one.
        var until = await throttle.TokenFailedAsync(client, ct);
        if (until is null)
        {
            logger.LogWarning("Unknown or revoked API token from {Client}", client);
        }
        else
        {
            logger.LogWarning("Unknown or revoked API token from {Client}; its token requests are refused until {Until:o}", client, until);
        }
        return new TokenResult(null, until);
    }

    /// <summary>The actor a token stands for, or null for an unknown or revoked token (the caller is then anonymous).</summary>
    public async Task<Actor?> AuthenticateTokenAsync(string token, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 200)
        {
            return null;
        }
        var hash = Hash(token.Trim());
        var row = await db.ApiTokens.FirstOrDefaultAsync(t => t.TokenHash == hash && t.Revoked == null, ct);
        if (row is null)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        if (row.LastUsed is null || now - row.LastUsed > TimeSpan.FromMinutes(5))
        {
            row.LastUsed = now;
            await db.SaveChangesAsync(ct);
        }
        db.ChangeTracker.Clear();
        return await LoadActorAsync(row.UserId, null, ct);
    }

    public Task<bool> AnyUserAsync(CancellationToken ct) => db.Users.AnyAsync(ct);

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    private static readonly string DummyHash = Hasher.HashPassword(
        new UserRow { UserName = "", Email = "", DisplayName = "", PasswordHash = "", SecurityStamp = "" }, "not a real password");

    private static UserView ToView(UserRow row) => new(row.Id, row.UserName, row.Email, row.DisplayName, row.IsSysAdmin, row.Created);
}

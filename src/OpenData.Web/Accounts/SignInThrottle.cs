using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenData.Web.Storage;

namespace OpenData.Web.Accounts;

/// <summary>
/// Limits on failed sign-ins and bad API tokens (<c>OpenData:SignInThrottle</c>). After <c>MaxFailures</c> failures
/// within <see cref="Window"/> the account or client is locked for <see cref="FirstLockout"/>, doubling with each
/// further lockout up to <see cref="MaxLockout"/>; a key that has not failed for <see cref="ForgetAfter"/> starts over.
/// </summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "OpenData:SignInThrottle";

    /// <summary>Wrong passwords for one account (whoever types them) before it is locked.</summary>
    [Range(1, 1000)]
    public int AccountMaxFailures { get; set; } = 5;

    /// <summary>
    /// Wrong passwords from one client address (any accounts) before it is locked. Higher than the account's: an
    /// agency's staff often share one address behind its router.
    /// </summary>
    [Range(1, 100_000)]
    public int ClientMaxFailures { get; set; } = 20;

    /// <summary>Unknown or revoked API tokens from one client address before its token requests get 429.</summary>
    [Range(1, 100_000)]
    public int TokenClientMaxFailures { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan FirstLockout { get; set; } = TimeSpan.FromMinutes(5);

    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan MaxLockout { get; set; } = TimeSpan.FromHours(1);

    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan ForgetAfter { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The start-up check beyond the ranges: a key must be remembered for as long as it can be locked.</summary>
    public bool IsConsistent => FirstLockout <= MaxLockout && ForgetAfter >= MaxLockout && ForgetAfter >= Window;

    public ThrottleRule Account => new(AccountMaxFailures, Window, FirstLockout, MaxLockout, ForgetAfter);

    public ThrottleRule Client => new(ClientMaxFailures, Window, FirstLockout, MaxLockout, ForgetAfter);

    public ThrottleRule TokenClient => new(TokenClientMaxFailures, Window, FirstLockout, MaxLockout, ForgetAfter);
}

/// <summary>
/// How one counter (an account, or a client address) moves; the store keeps one <see cref="AuthThrottleRow"/> per
/// counter. Attempts are counted before the password is checked (<see cref="Reserve"/>) and given back when it was
/// right, so a burst of parallel guesses cannot slip past the limit while the first ones are being checked.
/// </summary>
public sealed record ThrottleRule(int MaxFailures, TimeSpan Window, TimeSpan FirstLockout, TimeSpan MaxLockout, TimeSpan ForgetAfter)
{
    /// <summary>The lockout after the <paramref name="lockouts"/>-th: doubling, at most <see cref="MaxLockout"/>.</summary>
    public TimeSpan LockoutFor(int lockouts) =>
        TimeSpan.FromTicks(Math.Min(MaxLockout.Ticks, FirstLockout.Ticks * (1L << Math.Clamp(lockouts - 1, 0, 30))));

    /// <summary>Counts an attempt that is about to be checked; the time it may retry, when it may not go ahead.</summary>
    public DateTimeOffset? Reserve(AuthThrottleRow row, DateTimeOffset now)
    {
        Age(row, now);
        if (row.LockedUntil is { } until)
        {
            return until;
        }
        if (row.Failures >= MaxFailures)
        {
            // Attempts still being checked already fill the allowance.
            return Lock(row, now);
        }
        row.Failures++;
        row.LastFailure = now;
        return null;
    }

    /// <summary>The reserved attempt failed: locks once the allowance is used up. The time of the lock's end, if locked.</summary>
    public DateTimeOffset? Fail(AuthThrottleRow row, DateTimeOffset now)
    {
        Age(row, now);
        return row.LockedUntil ?? (row.Failures >= MaxFailures ? Lock(row, now) : null);
    }

    /// <summary>A failure counted after the fact (API tokens, which are not reserved: most requests carry good ones).</summary>
    public DateTimeOffset? Count(AuthThrottleRow row, DateTimeOffset now)
    {
        Age(row, now);
        if (row.LockedUntil is { } until)
        {
            return until;
        }
        row.Failures++;
        row.LastFailure = now;
        return row.Failures >= MaxFailures ? Lock(row, now) : null;
    }

    /// <summary>The reserved attempt succeeded: it was not a failure.</summary>
    public static void Release(AuthThrottleRow row) => row.Failures = Math.Max(0, row.Failures - 1);

    public DateTimeOffset? LockedUntil(AuthThrottleRow row, DateTimeOffset now) => row.LockedUntil > now && now - row.LastFailure < ForgetAfter ? row.LockedUntil : null;

    private DateTimeOffset Lock(AuthThrottleRow row, DateTimeOffset now)
    {
        row.Lockouts++;
        row.LockedUntil = now + LockoutFor(row.Lockouts);
        row.Failures = 0;
        row.WindowStart = now;
        row.LastFailure = now;
        return row.LockedUntil.Value;
    }

    /// <summary>Lets time pass: an ended lock lifts, an ended window empties, a long-quiet key starts over.</summary>
    private void Age(AuthThrottleRow row, DateTimeOffset now)
    {
        if (now - row.LastFailure >= ForgetAfter)
        {
            row.Lockouts = 0;
            row.LockedUntil = null;
            row.Failures = 0;
            row.WindowStart = now;
        }
        if (row.LockedUntil <= now)
        {
            row.LockedUntil = null;
        }
        if (row.LockedUntil is null && now - row.WindowStart >= Window)
        {
            row.Failures = 0;
            row.WindowStart = now;
        }
    }
}

/// <summary>
/// The failure counters in the catalogue store, so they hold across restarts and for every node of a portal on one
/// PostgreSQL. Each change is read-modify-write with an optimistic concurrency check, retried when a parallel
/// request got there first: the same code on SQLite and PostgreSQL.
/// </summary>
public sealed class SignInThrottle(CatalogDbContext db, IOptions<SignInThrottleOptions> options, TimeProvider clock)
{
    private const int Attempts = 64;
    private readonly SignInThrottleOptions _options = options.Value;

    public static string AccountKey(Guid userId) => "account:" + userId.ToString("N");

    /// <summary>A name no active account has: counted like one (hashed), so a lockout tells nothing about which names exist.</summary>
    public static string UnknownAccountKey(string hashedName) => "name:" + hashedName;

    public static string ClientKey(string client) => "client:" + client;

    public static string TokenClientKey(string client) => "token:" + client;

    /// <summary>Counts a sign-in attempt for the account and the client; the time to retry when either is locked.</summary>
    public async Task<DateTimeOffset?> ReserveAsync(string accountKey, string client, CancellationToken ct)
    {
        var account = await ChangeAsync(accountKey, (row, now) => _options.Account.Reserve(row, now), ct);
        var address = await ChangeAsync(ClientKey(client), (row, now) => _options.Client.Reserve(row, now), ct);
        return Later(account, address);
    }

    /// <summary>The reserved attempt had a wrong password; the time to retry when that locked the account or the client.</summary>
    public async Task<DateTimeOffset?> FailAsync(string accountKey, string client, CancellationToken ct)
    {
        var account = await ChangeAsync(accountKey, (row, now) => _options.Account.Fail(row, now), ct);
        var address = await ChangeAsync(ClientKey(client), (row, now) => _options.Client.Fail(row, now), ct);
        if (Later(account, address) is { } until)
        {
            await ForgetQuietKeysAsync(ct);
            return until;
        }
        return null;
    }

    /// <summary>The right password: the account's counter starts over, the client's attempt is given back.</summary>
    public async Task SucceedAsync(string accountKey, string client, CancellationToken ct)
    {
        await db.AuthThrottles.Where(r => r.Key == accountKey).ExecuteDeleteAsync(ct);
        await ChangeAsync<object?>(ClientKey(client), (row, _) =>
        {
            ThrottleRule.Release(row);
            return null;
        }, ct);
    }

    /// <summary>Until when the client's token requests are refused, if they are.</summary>
    public async Task<DateTimeOffset?> TokenLockedUntilAsync(string client, CancellationToken ct)
    {
        var key = TokenClientKey(client);
        var row = await db.AuthThrottles.AsNoTracking().FirstOrDefaultAsync(r => r.Key == key, ct);
        return row is null ? null : _options.TokenClient.LockedUntil(row, clock.GetUtcNow());
    }

    /// <summary>Counts an unknown or revoked token from the client; the time to retry when that locked it.</summary>
    public async Task<DateTimeOffset?> TokenFailedAsync(string client, CancellationToken ct)
    {
        var until = await ChangeAsync(TokenClientKey(client), (row, now) => _options.TokenClient.Count(row, now), ct);
        if (until is not null)
        {
            await ForgetQuietKeysAsync(ct);
        }
        return until;
    }

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private async Task<T> ChangeAsync<T>(string key, Func<AuthThrottleRow, DateTimeOffset, T> change, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var now = clock.GetUtcNow();
            var row = await db.AuthThrottles.FirstOrDefaultAsync(r => r.Key == key, ct);
            var isNew = row is null;
            row ??= new AuthThrottleRow { Key = key, WindowStart = now, LastFailure = now };
            var result = change(row, now);
            if (isNew && row is { Failures: 0, Lockouts: 0, LockedUntil: null })
            {
                return result; // nothing to remember
            }
            if (isNew)
            {
                db.AuthThrottles.Add(row);
            }
            else
            {
                db.ChangeTracker.DetectChanges();
                if (db.Entry(row).State == EntityState.Unchanged)
                {
                    return result;
                }
                row.Version++;
            }
            try
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                return result;
            }
            catch (DbUpdateException) when (attempt < Attempts && !ct.IsCancellationRequested)
            {
                // A parallel request changed (concurrency token) or created (primary key) the row first: read it again.
            }
        }
    }

    /// <summary>Rows of keys quiet for longer than ForgetAfter hold nothing any more; swept when something locks.</summary>
    private Task ForgetQuietKeysAsync(CancellationToken ct)
    {
        var before = clock.GetUtcNow() - _options.ForgetAfter;
        return db.AuthThrottles.Where(r => r.LastFailure < before).ExecuteDeleteAsync(ct);
    }
}

/// <summary>The client a request counts against: its address, IPv6 by /64 (one household or office gets one prefix).</summary>
public static class ClientAddress
{
    public static string Of(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }
        return address.ToString();
    }
}

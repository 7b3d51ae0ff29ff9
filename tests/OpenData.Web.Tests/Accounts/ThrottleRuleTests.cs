using OpenData.Web.Accounts;
using OpenData.Web.Storage;

namespace OpenData.Web.Tests.Accounts;

/// <summary>The failure counter on its own, with the times given explicitly (5 failures in 15 minutes, then 5 minutes doubling up to 1 hour).</summary>
public sealed class ThrottleRuleTests
{
    private static readonly ThrottleRule Rule = new SignInThrottleOptions().Account;
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 3, 0, 0, TimeSpan.Zero);

    private static AuthThrottleRow Fresh() => new() { Key = "account:test", WindowStart = Start, LastFailure = Start };

    /// <summary>A wrong password at <paramref name="at"/>: reserved, checked, failed. The lock's end, if any.</summary>
    private static DateTimeOffset? WrongPassword(AuthThrottleRow row, DateTimeOffset at) => Rule.Reserve(row, at) ?? Rule.Fail(row, at);

    [Fact]
    public void The_fifth_wrong_password_in_fifteen_minutes_locks_for_five_minutes()
    {
        var row = Fresh();
        for (var i = 0; i < 4; i++)
        {
            Assert.Null(WrongPassword(row, Start.AddMinutes(i)));
        }

        Assert.Equal(Start.AddMinutes(4 + 5), WrongPassword(row, Start.AddMinutes(4)));
    }

    [Fact]
    public void During_the_lock_no_attempt_goes_ahead()
    {
        var row = Fresh();
        for (var i = 0; i < 5; i++)
        {
            WrongPassword(row, Start);
        }

        Assert.Equal(Start.AddMinutes(5), Rule.Reserve(row, Start.AddMinutes(4)));
    }

    [Fact]
    public void Wrong_passwords_further_apart_than_the_window_do_not_add_up()
    {
        var row = Fresh();
        for (var i = 0; i < 4; i++)
        {
            WrongPassword(row, Start);
        }

        Assert.Null(WrongPassword(row, Start.AddMinutes(15)));
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    [InlineData(4, 40)]
    [InlineData(5, 60)]
    [InlineData(9, 60)]
    public void Each_lockout_lasts_twice_the_one_before_up_to_an_hour(int lockout, int minutes)
    {
        var row = Fresh();
        DateTimeOffset? until = null;
        var now = Start;
        for (var n = 0; n < lockout; n++)
        {
            now = until ?? now;
            for (var i = 0; i < 5; i++)
            {
                until = WrongPassword(row, now);
            }
        }

        Assert.Equal(now.AddMinutes(minutes), until);
    }

    [Fact]
    public void Attempts_still_being_checked_count_so_a_parallel_burst_gets_only_the_allowance()
    {
        var row = Fresh();
        var allowed = Enumerable.Range(0, 40).Count(_ => Rule.Reserve(row, Start) is null);

        Assert.Equal(5, allowed);
    }

    [Fact]
    public void A_right_password_gives_its_reserved_attempt_back()
    {
        var row = Fresh();
        for (var i = 0; i < 4; i++)
        {
            WrongPassword(row, Start);
        }
        Assert.Null(Rule.Reserve(row, Start));

        ThrottleRule.Release(row);

        Assert.Null(Rule.Reserve(row, Start));
    }

    [Fact]
    public void A_key_quiet_for_a_day_starts_over_with_a_five_minute_lockout()
    {
        var row = Fresh();
        for (var n = 0; n < 3; n++)
        {
            for (var i = 0; i < 5; i++)
            {
                WrongPassword(row, Start.AddHours(n));
            }
        }
        var later = Start.AddHours(2).AddDays(1);

        DateTimeOffset? until = null;
        for (var i = 0; i < 5; i++)
        {
            until = WrongPassword(row, later);
        }

        Assert.Equal(later.AddMinutes(5), until);
    }

    [Fact]
    public void Counted_failures_lock_at_the_limit_too()
    {
        var rule = new SignInThrottleOptions { TokenClientMaxFailures = 3 }.TokenClient;
        var row = Fresh();

        Assert.Null(rule.Count(row, Start));
        Assert.Null(rule.Count(row, Start));
        Assert.Equal(Start.AddMinutes(5), rule.Count(row, Start));
        Assert.Equal(Start.AddMinutes(5), rule.LockedUntil(row, Start.AddMinutes(1)));
        Assert.Null(rule.LockedUntil(row, Start.AddMinutes(5)));
    }
}

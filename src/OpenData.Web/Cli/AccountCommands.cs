using OpenData.Web.Accounts;
using OpenData.Web.Catalog;

namespace OpenData.Web.Cli;

internal sealed class AdminCreateCommand(Dictionary<string, string> options, string[] host) : CliCommand(host)
{
    protected override async Task<int> ExecuteAsync(IServiceProvider services, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (!options.TryGetValue("name", out var name) || !options.TryGetValue("email", out var email) || !options.TryGetValue("password", out var password))
        {
            await error.WriteLineAsync("usage: admin create --name NAME --email EMAIL --password PASSWORD");
            return 2;
        }
        var user = await services.GetRequiredService<AccountActions>()
            .CreateUserAsync(Actor.System, name, email, options.GetValueOrDefault("display-name"), password, isSysAdmin: true, ct);
        await output.WriteLineAsync($"Created system administrator '{user.UserName}' <{user.Email}>.");
        return 0;
    }
}

internal sealed class TokenCreateCommand(Dictionary<string, string> options, string[] host) : CliCommand(host)
{
    protected override async Task<int> ExecuteAsync(IServiceProvider services, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (!options.TryGetValue("user", out var user) || !options.TryGetValue("name", out var name))
        {
            await error.WriteLineAsync("usage: token create --user USER --name TOKEN_NAME");
            return 2;
        }
        var created = await services.GetRequiredService<AccountActions>().CreateTokenAsync(Actor.System, user, name, ct);
        await error.WriteLineAsync($"API token '{created.Info.Name}' for {user} (shown once; store it safely):");
        await output.WriteLineAsync(created.Token);
        return 0;
    }
}

/// <summary>An operator sets a user's password (a forgotten one); the user's sessions end.</summary>
internal sealed class UserPasswordCommand(Dictionary<string, string> options, string[] host) : CliCommand(host)
{
    protected override async Task<int> ExecuteAsync(IServiceProvider services, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (!options.TryGetValue("name", out var name) || !options.TryGetValue("password", out var password))
        {
            await error.WriteLineAsync("usage: user password --name NAME --password PASSWORD");
            return 2;
        }
        await services.GetRequiredService<AccountActions>().ChangePasswordAsync(Actor.System, name, null, password, ct);
        await output.WriteLineAsync($"Set a new password for '{name}'; their sessions have ended.");
        return 0;
    }
}

/// <summary>An operator deactivates a user: no sign-in, sessions and API tokens end.</summary>
internal sealed class UserDeactivateCommand(Dictionary<string, string> options, string[] host) : CliCommand(host)
{
    protected override async Task<int> ExecuteAsync(IServiceProvider services, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (!options.TryGetValue("name", out var name))
        {
            await error.WriteLineAsync("usage: user deactivate --name NAME");
            return 2;
        }
        await services.GetRequiredService<AccountActions>().DeactivateUserAsync(Actor.System, name, ct);
        await output.WriteLineAsync($"Deactivated '{name}': they can no longer sign in, and their sessions and API tokens have ended.");
        return 0;
    }
}

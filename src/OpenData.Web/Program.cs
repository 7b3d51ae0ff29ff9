using OpenData.Web.Cli;
using OpenData.Web.Hosting;
using OpenData.Web.Search;

// One program: the portal (`serve`, the default) and its command-line tools (`admin`, `token`, `import`, ...).
var command = CommandLine.Find(args);
var builder = WebApplication.CreateBuilder(command?.HostArguments ?? args);
builder.Services.AddCatalog(builder.Configuration);
builder.Services.AddPortalWeb(builder.Configuration);
builder.Services.AddPortalStartup();
builder.Services.AddPortalSearch(serving: command is null);
if (command is not null)
{
    builder.Logging.AddFilter((_, level) => level >= LogLevel.Warning);
}
var app = builder.Build();

if (command is not null)
{
    return await command.RunAsync(app.Services, Console.Out, Console.Error, CancellationToken.None);
}

app.UsePortalWeb();
await app.RunAsync();
return 0;

public partial class Program;

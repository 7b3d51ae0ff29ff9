using OpenData.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCatalog(builder.Configuration);
var app = builder.Build();
app.MapGet("/healthz", () => "ok");
app.Run();

public partial class Program;

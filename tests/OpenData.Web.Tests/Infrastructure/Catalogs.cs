using Microsoft.Extensions.DependencyInjection;
using OpenData.Web.Catalog;

namespace OpenData.Web.Tests.Infrastructure;

/// <summary>Small helpers to arrange catalogue content through the real actions.</summary>
public static class Catalogs
{
    public static Task<T> Act<T>(this PortalFactory portal, Func<IServiceProvider, CancellationToken, Task<T>> work) =>
        portal.WithServicesAsync(services => work(services, CancellationToken.None));

    public static Task Act(this PortalFactory portal, Func<IServiceProvider, CancellationToken, Task> work) =>
        portal.WithServicesAsync(async services =>
        {
            await work(services, CancellationToken.None);
            return 0;
        });

    public static Task<Dcat.Model.Organization> CreateOrganizationAsync(this PortalFactory portal, string name, string title) =>
        portal.Act((s, ct) => s.GetRequiredService<OrganizationActions>().CreateAsync(Actor.System, new OrganizationInput { Name = name, Title = title }, ct));

    public static DatasetInput Dataset(string name, string organization, string title = "Danh sách trường mầm non", bool isPrivate = false) => new()
    {
        Name = name,
        Title = title,
        Description = "Dữ liệu **thử nghiệm** về giáo dục mầm non.",
        Organization = organization,
        Tags = ["giáo dục", "mầm non"],
        Themes = ["giao-duc"],
        LicenseId = "cc-by",
        AccessLevel = "open",
        Frequency = "ANNUAL",
        IsPrivate = isPrivate,
    };

    public static T Service<T>(this IServiceProvider services) where T : notnull => services.GetRequiredService<T>();
}

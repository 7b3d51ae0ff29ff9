using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;
using OpenData.Web.Tests.Infrastructure;

namespace OpenData.Web.Tests.Api.Ckan;

/// <summary>
/// The portal on a real Kestrel server (TestServer has no request-body limit), with Kestrel's default limit
/// (30,000,000 bytes) and MaxUploadBytes (100 MiB) scaled down to 16 KB and 64 KB so the bodies are cheap to send.
/// </summary>
public sealed class KestrelUploadPortal : PortalFactory
{
    public const long KestrelLimit = 16 * 1024;
    public const long MaxUpload = 64 * 1024;

    public KestrelUploadPortal() : base(StoreKind.Sqlite, loadDemo: false) =>
        UseKestrel(o => o.Limits.MaxRequestBodySize = KestrelLimit);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OpenData:MaxUploadBytes", MaxUpload.ToString(CultureInfo.InvariantCulture));
    }
}

public sealed class CkanUploadLimitTests(KestrelUploadPortal portal) : IClassFixture<KestrelUploadPortal>
{
    private async Task<(CkanClient Editor, string Dataset)> EditorWithDatasetAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var organization = $"so-tai-len-{suffix}";
        await portal.CreateOrganizationAsync(organization, "Sở Thử nghiệm tải lên");
        var dataset = $"tai-len-{suffix}";
        await portal.Act((s, ct) => s.Service<DatasetActions>().CreateAsync(Actor.System, Catalogs.Dataset(dataset, organization), ct));
        var user = $"bien-tap-tai-len-{suffix}";
        await portal.CreateUserAsync(user, organization: organization);
        var token = await portal.Act((s, ct) => s.Service<AccountActions>().CreateTokenAsync(Actor.System, user, "kiểm thử", ct));
        return (new CkanClient(portal.CreateClient()).WithToken(token.Token), dataset);
    }

    private static MultipartFormDataContent Upload(string dataset, int size)
    {
        var file = new ByteArrayContent(new byte[size]);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent
        {
            { new StringContent(dataset), "package_id" },
            { new StringContent("Bảng lớn"), "name" },
            { file, "upload", "bang-lon.csv" },
        };
    }

    [Fact]
    public async Task Resource_create_accepts_a_file_over_kestrels_default_limit_up_to_max_upload_bytes()
    {
        var (editor, dataset) = await EditorWithDatasetAsync();

        var reply = await editor.PostRawAsync("resource_create", Upload(dataset, (int)KestrelUploadPortal.MaxUpload));

        Assert.True(reply.Status == HttpStatusCode.OK, reply.Text);
        Assert.Equal(KestrelUploadPortal.MaxUpload, (long)reply.Result!["size"]!);
    }

    [Theory]
    [InlineData(KestrelUploadPortal.MaxUpload + 1024)] // within the room for the other fields: refused by the file store
    [InlineData(4 * KestrelUploadPortal.MaxUpload)] // over the request limit: refused before the body is read
    public async Task An_oversize_api_upload_gets_the_forms_file_too_large_message(long size)
    {
        var (editor, dataset) = await EditorWithDatasetAsync();

        var reply = await editor.PostRawAsync("resource_create", Upload(dataset, (int)size));

        Assert.True(reply.Status is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.Conflict, reply.Text);
        Assert.False((bool)reply.Envelope["success"]!);
        Assert.Equal("Tệp quá lớn: tối đa 64 KB.", (string?)reply.Error["upload"]![0]);
    }
}

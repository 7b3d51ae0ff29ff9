using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;
using OpenData.Web.Cli;
using OpenData.Web.Storage;
using OpenData.Web.Tests.Infrastructure;

namespace OpenData.Web.Tests.Cli;

/// <summary>The command-line tools, run as `dotnet run -- ...` would run them, against the portal's services.</summary>
public sealed class CommandLineTests(EmptySqlitePortal portal) : IClassFixture<EmptySqlitePortal>
{
    private Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => portal.RunCommandAsync(args);

    /// <summary>A CKAN dump folder as `import` reads it: the lines as datasets.jsonl, with or without the table they upload.</summary>
    private static async Task<string> DumpAsync(IEnumerable<string> lines, bool withUploadedFile = true)
    {
        var folder = Directory.CreateTempSubdirectory("opendata-import-").FullName;
        if (withUploadedFile)
        {
            Directory.CreateDirectory(Path.Combine(folder, "files"));
            await File.WriteAllTextAsync(Path.Combine(folder, "files", "bang.csv"), "Xã,Dân số\nPhường Cẩm Thành,35000\n", TestContext.Current.CancellationToken);
        }
        var file = Path.Combine(folder, "datasets.jsonl");
        await File.WriteAllLinesAsync(file, lines, TestContext.Current.CancellationToken);
        return file;
    }

    private static string Package(string name, string org, string title) => new JsonObject
    {
        ["name"] = name,
        ["title"] = title,
        ["notes"] = "Mô tả **Markdown**.",
        ["owner_org"] = org,
        ["license_id"] = "cc-by",
        ["tags"] = new JsonArray(new JsonObject { ["name"] = "dân số" }),
        ["groups"] = new JsonArray(new JsonObject { ["name"] = "xa-hoi" }),
        ["extras"] = new JsonArray(
            new JsonObject { ["key"] = "frequency", ["value"] = "ANNUAL" },
            new JsonObject { ["key"] = "spatial_code", ["value"] = "51" },
            new JsonObject { ["key"] = "spatial_name", ["value"] = "Tỉnh Quảng Ngãi" }),
        ["resources"] = new JsonArray(new JsonObject
        {
            ["name"] = "Bảng số liệu",
            ["format"] = "CSV",
            ["url"] = "files/bang.csv",
            ["url_type"] = "upload",
        }),
    }.ToJsonString(Ckan.PackageDicts.JsonOptions);

    [Fact]
    public async Task Admin_create_makes_a_system_administrator_whose_password_is_stored_hashed()
    {
        var (exit, output, _) = await RunAsync("admin", "create", "--name", "quantri", "--email", "quantri@quangngai.gov.vn", "--password", "mat-khau-rat-dai-1");

        Assert.Equal(0, exit);
        Assert.Contains("quantri", output);
        var stored = await portal.Act((s, ct) => s.Service<CatalogDbContext>().Users.SingleAsync(u => u.UserName == "quantri", ct));
        Assert.True(stored.IsSysAdmin);
        Assert.DoesNotContain("mat-khau-rat-dai-1", stored.PasswordHash);
        Assert.NotNull(await portal.Act((s, ct) => s.Service<AccountActions>().VerifyPasswordAsync("quantri", "mat-khau-rat-dai-1", ct)));
    }

    [Fact]
    public async Task Token_create_prints_a_token_that_authenticates_and_is_stored_only_as_a_hash()
    {
        await portal.CreateUserAsync("nguoidung-token");

        var (exit, output, _) = await RunAsync("token", "create", "--user", "nguoidung-token", "--name", "may-chu-thu-hoach");

        Assert.Equal(0, exit);
        var token = output.Trim();
        var actor = await portal.Act((s, ct) => s.Service<AccountActions>().AuthenticateTokenAsync(token, ct));
        Assert.Equal("nguoidung-token", actor?.Name);
        var hashes = await portal.Act((s, ct) => s.Service<CatalogDbContext>().ApiTokens.Select(t => t.TokenHash).ToListAsync(ct));
        Assert.DoesNotContain(token, hashes);
    }

    [Fact]
    public async Task A_revoked_token_no_longer_authenticates()
    {
        await portal.CreateUserAsync("nguoidung-thu-hoi");
        var actor = await portal.ActorAsync("nguoidung-thu-hoi");
        var created = await portal.Act((s, ct) => s.Service<AccountActions>().CreateTokenAsync(actor, "nguoidung-thu-hoi", "tam-thoi", ct));

        await portal.Act((s, ct) => s.Service<AccountActions>().RevokeTokenAsync(actor, created.Info.Id, ct));

        Assert.Null(await portal.Act((s, ct) => s.Service<AccountActions>().AuthenticateTokenAsync(created.Token, ct)));
    }

    [Fact]
    public async Task Import_reports_a_bad_line_by_number_and_imports_the_rest()
    {
        await portal.CreateOrganizationAsync("so-thong-ke-cli", "Cục Thống kê");
        var file = await DumpAsync(
        [
            Package("dan-so-2023", "so-thong-ke-cli", "Dân số năm 2023"),
            "{ đây không phải JSON",
            Package("dan-so-2024", "so-thong-ke-cli", "Dân số năm 2024"),
            Package("Sai Tên", "so-thong-ke-cli", "Tên không hợp lệ"),
            Package("dan-so-2025", "to-chuc-khong-co", "Tổ chức không tồn tại"),
        ]);

        var (exit, output, error) = await RunAsync("import", file);

        Assert.Equal(1, exit);
        Assert.Contains("2 created, 0 updated, 3 failed", output);
        Assert.Contains("line 2: invalid JSON", error);
        Assert.Contains("line 4 (Sai Tên): name:", error);
        Assert.Contains("line 5 (dan-so-2025): organization:", error);
        var imported = await portal.Act((s, ct) => s.Service<DatasetActions>().ShowAsync(Actor.Anonymous, "dan-so-2024", ct));
        Assert.Equal("Dân số năm 2024", imported.Dataset.Title);
        Assert.Equal("Tỉnh Quảng Ngãi", Assert.Single(imported.Dataset.Spatial).Name);
        var resource = Assert.Single(imported.Dataset.Distributions);
        Assert.True(resource.IsUpload);
        Assert.Equal("bang.csv", resource.FileName);
        await Assert.ThrowsAsync<NotFoundException>(() => portal.Act((s, ct) => s.Service<DatasetActions>().ShowAsync(Actor.System, "dan-so-2025", ct)));
    }

    [Fact]
    public async Task Import_keeps_the_dates_the_datasets_had_in_the_source_catalogue()
    {
        await portal.CreateOrganizationAsync("so-thong-ke-ngay", "Cục Thống kê");
        var package = JsonNode.Parse(Package("dan-so-2019", "so-thong-ke-ngay", "Dân số năm 2019"))!.AsObject();
        package["metadata_created"] = "2019-05-02T03:04:05.000000";
        package["metadata_modified"] = "2021-11-30T09:10:11.000000";
        var file = await DumpAsync([package.ToJsonString(Ckan.PackageDicts.JsonOptions)]);

        var (exit, _, error) = await RunAsync("import", file);

        Assert.True(exit == 0, error);
        var imported = await portal.Act((s, ct) => s.Service<DatasetActions>().ShowAsync(Actor.Anonymous, "dan-so-2019", ct));
        Assert.Equal(
            (new DateTimeOffset(2019, 5, 2, 3, 4, 5, TimeSpan.Zero), new DateTimeOffset(2021, 11, 30, 9, 10, 11, TimeSpan.Zero)),
            (imported.Dataset.Created, imported.Dataset.Modified));
    }

    [Fact]
    public async Task A_line_whose_file_is_missing_leaves_nothing_half_imported()
    {
        await portal.CreateOrganizationAsync("so-thieu-tep", "Sở Công Thương");
        var file = await DumpAsync([Package("khong-co-tep", "so-thieu-tep", "Thiếu tệp")], withUploadedFile: false);

        var (exit, _, error) = await RunAsync("import", file);

        Assert.Equal(1, exit);
        Assert.Contains("file not found: files/bang.csv", error);
        await Assert.ThrowsAsync<NotFoundException>(() => portal.Act((s, ct) => s.Service<DatasetActions>().ShowAsync(Actor.System, "khong-co-tep", ct)));
    }

    [Fact]
    public async Task Export_writes_one_CKAN_package_dict_per_dataset_that_import_reads_back()
    {
        await portal.CreateOrganizationAsync("so-xuat-du-lieu", "Sở Nội vụ");
        await portal.Act((s, ct) => s.Service<DatasetActions>().CreateAsync(Actor.System,
            Catalogs.Dataset("xuat-thu", "so-xuat-du-lieu", "Cán bộ, công chức cấp xã") with { ContactEmail = "noivu@quangngai.gov.vn" }, ct));
        var file = Path.Combine(Directory.CreateTempSubdirectory("opendata-export-").FullName, "dump.jsonl");

        var (exit, output, _) = await RunAsync("export", file);

        Assert.Equal(0, exit);
        Assert.Contains("Exported", output);
        var packages = (await File.ReadAllLinesAsync(file, TestContext.Current.CancellationToken)).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        var package = Assert.Single(packages, p => (string?)p["name"] == "xuat-thu");
        Assert.Equal("Cán bộ, công chức cấp xã", (string?)package["title"]);
        Assert.Equal("so-xuat-du-lieu", (string?)package["organization"]?["name"]);
        Assert.Equal("noivu@quangngai.gov.vn", (string?)package["maintainer_email"]);
        Assert.Equal("giáo dục", (string?)package["tags"]?[0]?["name"]);
        Assert.Equal(true, (bool?)package["isopen"]);

        var (input, _, _) = Ckan.PackageDicts.FromPackageDict(package);
        Assert.Equal("Cán bộ, công chức cấp xã", input.Title);
        Assert.Equal("noivu@quangngai.gov.vn", input.ContactEmail);
        Assert.Equal("ANNUAL", input.Frequency);
    }

    [Fact]
    public async Task An_unknown_command_prints_the_usage_and_fails()
    {
        var (exit, _, error) = await RunAsync("khong-co-lenh");

        Assert.Equal(2, exit);
        Assert.Contains("usage:", error);
    }
}

using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using OpenData.Dcat.DcatAp;
using OpenData.Dcat.Rdf;
using OpenData.Web.Accounts;
using OpenData.Web.Catalog;
using OpenData.Web.Tests.Infrastructure;

namespace OpenData.Web.Tests.Api.Ckan;

/// <summary>The write actions with API tokens, on an empty catalogue, as CKAN clients send them.</summary>
public abstract class CkanWriteApiTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private const string Organization = "so-nong-nghiep-ptnt";

    private CkanClient Anonymous => new(portal.CreateClient());

    /// <summary>The fixtures' organization, an editor of it with a token, and a client using that token.</summary>
    private async Task<CkanClient> EditorAsync(string userName, bool bearer = false, bool sysAdmin = false, OrganizationRole role = OrganizationRole.Editor)
    {
        await portal.Act(async (s, ct) =>
        {
            try
            {
                await s.Service<OrganizationActions>().ShowAsync(Organization, ct);
            }
            catch (NotFoundException)
            {
                await s.Service<OrganizationActions>().CreateAsync(Actor.System, new OrganizationInput { Name = Organization, Title = "Sở Nông nghiệp và Phát triển nông thôn" }, ct);
            }
        });
        await portal.CreateUserAsync(userName, sysAdmin, sysAdmin ? null : Organization, role);
        var token = await portal.Act((s, ct) => s.Service<AccountActions>().CreateTokenAsync(Actor.System, userName, "kiểm thử", ct));
        return Anonymous.WithToken(token.Token, bearer);
    }

    private static JsonObject Package(string fixture, string name)
    {
        var package = CkanClient.Fixture(fixture);
        package.Remove("id");
        package["name"] = name;
        foreach (var resource in package["resources"]!.AsArray())
        {
            resource!.AsObject().Remove("id");
        }
        return package;
    }

    private static CkanClient.Reply Ok(CkanClient.Reply reply)
    {
        Assert.True(reply.Status == HttpStatusCode.OK, reply.Text);
        return reply;
    }

    [Fact]
    public async Task Package_create_then_package_show_round_trips_a_ckan_210_dict()
    {
        var editor = await EditorAsync("bien-tap-1");
        var sent = Package("ckan-2.10-nuoc-sach-nong-thon.json", "nuoc-sach-round-trip");
        Ok(await editor.PostAsync("package_create", sent));

        var shown = (await Anonymous.ResultAsync("package_show", "id=nuoc-sach-round-trip"))!;
        Assert.Equal((string?)sent["title"], (string?)shown["title"]);
        Assert.Equal((string?)sent["notes"], (string?)shown["notes"]);
        Assert.Equal(Organization, (string?)shown["organization"]!["name"]);
        Assert.Equal(["nông thôn mới", "nước sạch", "vệ sinh môi trường"], shown["tags"]!.AsArray().Select(t => (string)t!["name"]!).Order());
        Assert.Equal(["moi-truong", "nong-nghiep"], shown["groups"]!.AsArray().Select(g => (string)g!["name"]!).Order());
        Assert.Equal(sent["resources"]!.AsArray().Select(r => (string?)r!["url"]), shown["resources"]!.AsArray().Select(r => (string?)r!["url"]));
        Assert.Contains(shown["extras"]!.AsArray(), e => (string?)e!["key"] == "frequency" && (string?)e["value"] == "ANNUAL");
        Assert.Equal("https://snnptnt.example.gov.vn/nuoc-sach-2024", (string?)shown["url"]);
    }

    [Fact]
    public async Task A_ckan_29_dict_is_accepted_too()
    {
        var editor = await EditorAsync("bien-tap-2");
        var reply = Ok(await editor.PostAsync("package_create", Package("ckan-2.9-gia-lua-gao.json", "gia-lua-gao-29")));
        Assert.Equal("odc-by", (string?)reply.Result!["license_id"]);
        Assert.Single(reply.Result["resources"]!.AsArray());
    }

    [Fact]
    public async Task Invalid_fields_are_a_409_with_ckans_field_names()
    {
        var editor = await EditorAsync("bien-tap-3");
        var package = new JsonObject { ["name"] = "Tên Không Hợp Lệ", ["owner_org"] = Organization, ["url"] = "javascript:alert(1)" };
        var reply = await editor.PostAsync("package_create", package);
        Assert.Equal(HttpStatusCode.Conflict, reply.Status);
        Assert.Equal("Validation Error", (string?)reply.Error["__type"]);
        Assert.NotNull(reply.Error["name"]);
        Assert.NotNull(reply.Error["title"]);
        Assert.NotNull(reply.Error["url"]);
    }

    [Fact]
    public async Task A_bad_resource_fails_the_whole_package_create()
    {
        var editor = await EditorAsync("bien-tap-20");
        var package = Package("ckan-2.10-nuoc-sach-nong-thon.json", "tai-nguyen-hong");
        package["resources"]![1]!["url"] = "javascript:alert(1)";
        var reply = await editor.PostAsync("package_create", package);
        Assert.Equal(HttpStatusCode.Conflict, reply.Status);
        Assert.NotNull(reply.Error["resources"]);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("package_show", "id=tai-nguyen-hong")).Status);
    }

    [Fact]
    public async Task An_unknown_organization_is_reported_on_owner_org()
    {
        var editor = await EditorAsync("bien-tap-4");
        var reply = await editor.PostAsync("package_create", new JsonObject { ["name"] = "to-chuc-la", ["title"] = "Tổ chức lạ", ["owner_org"] = "khong-co" });
        Assert.Equal(HttpStatusCode.Conflict, reply.Status);
        Assert.NotNull(reply.Error["owner_org"]);
    }

    [Fact]
    public async Task Anonymous_callers_cannot_write()
    {
        await EditorAsync("bien-tap-5");
        var reply = await Anonymous.PostAsync("package_create", Package("ckan-2.9-gia-lua-gao.json", "khong-duoc-tao"));
        Assert.Equal(HttpStatusCode.Forbidden, reply.Status);
        Assert.Equal("Authorization Error", (string?)reply.Error["__type"]);
    }

    /// <summary>CKAN checks package_create's rights before the dict: an empty or invalid one from a stranger is a 403, not field errors.</summary>
    [Fact]
    public async Task A_caller_who_may_publish_nowhere_gets_403_before_validation()
    {
        var anonymous = await Anonymous.PostAsync("package_create", new JsonObject());
        var memberOnly = await (await EditorAsync("chi-thanh-vien", role: OrganizationRole.Member)).PostAsync("package_create", new JsonObject { ["name"] = "Không Hợp Lệ!" });

        Assert.Equal((HttpStatusCode.Forbidden, "Authorization Error"), (anonymous.Status, (string?)anonymous.Error["__type"]));
        Assert.Equal((HttpStatusCode.Forbidden, "Authorization Error"), (memberOnly.Status, (string?)memberOnly.Error["__type"]));
        Assert.Contains("biên tập viên", (string?)memberOnly.Error["message"], StringComparison.Ordinal);
    }

    /// <summary>The editor signed in on the pages: a browser that holds the sign-in cookie and no token.</summary>
    private async Task<CkanClient> SignedInBrowserAsync(string userName)
    {
        await EditorAsync(userName);
        var browser = new Pages.PageBrowser(portal);
        await browser.SignInAsync(userName, PortalFactory.UserPassword);
        return new CkanClient(browser.Http);
    }

    [Fact]
    public async Task A_page_on_another_site_cannot_write_with_the_browsers_sign_in_cookie()
    {
        var browser = await SignedInBrowserAsync("bien-tap-cookie-ghi");
        // What a cross-site <form enctype="text/plain" method="post"> sends: no preflight, the cookie goes along.
        var forged = new StringContent(Package("ckan-2.9-gia-lua-gao.json", "tao-bang-cookie").ToJsonString(), Encoding.UTF8, "text/plain");

        var reply = await browser.PostRawAsync("package_create", forged);

        Assert.Equal(HttpStatusCode.Forbidden, reply.Status);
        Assert.Equal("Authorization Error", (string?)reply.Error["__type"]);
        Assert.Contains("mã truy cập API", (string?)reply.Error["message"]);
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous.GetAsync("package_show", "id=tao-bang-cookie")).Status);
    }

    [Fact]
    public async Task A_signed_in_browser_still_reads_its_private_datasets_through_the_api()
    {
        var editor = await EditorAsync("bien-tap-cookie-doc");
        var package = Package("ckan-2.9-gia-lua-gao.json", "rieng-tu-doc-bang-cookie");
        package["private"] = true;
        Ok(await editor.PostAsync("package_create", package));
        var browser = new Pages.PageBrowser(portal);
        await browser.SignInAsync("bien-tap-cookie-doc", PortalFactory.UserPassword);

        Ok(await new CkanClient(browser.Http).GetAsync("package_show", "id=rieng-tu-doc-bang-cookie"));
    }

    [Fact]
    public async Task A_bearer_token_works_like_a_raw_one()
    {
        var editor = await EditorAsync("bien-tap-6", bearer: true);
        Ok(await editor.PostAsync("package_create", Package("ckan-2.9-gia-lua-gao.json", "tao-bang-bearer")));
    }

    [Fact]
    public async Task The_old_x_ckan_api_key_header_works_too()
    {
        var editor = await EditorAsync("bien-tap-19");
        var token = await portal.Act((s, ct) => s.Service<AccountActions>().CreateTokenAsync(Actor.System, "bien-tap-19", "cũ", ct));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/3/action/package_create")
        {
            Content = new StringContent(Package("ckan-2.9-gia-lua-gao.json", "khoa-kieu-cu").ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-CKAN-API-Key", token.Token);
        Ok(await Anonymous.SendAsync(request));
    }

    [Fact]
    public async Task An_unknown_token_is_anonymous_not_an_error()
    {
        await EditorAsync("bien-tap-7");
        var stranger = Anonymous.WithToken("od_khong-phai-token-that");
        Assert.Equal(HttpStatusCode.OK, (await stranger.GetAsync("package_search")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.PostAsync("package_create", Package("ckan-2.9-gia-lua-gao.json", "token-la"))).Status);
    }

    [Fact]
    public async Task Private_datasets_are_hidden_from_anonymous_callers()
    {
        var editor = await EditorAsync("bien-tap-8");
        var package = Package("ckan-2.9-gia-lua-gao.json", "bo-du-lieu-rieng-tu");
        package["private"] = true;
        Ok(await editor.PostAsync("package_create", package));

        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous.GetAsync("package_show", "id=bo-du-lieu-rieng-tu")).Status);
        var anonymous = await Anonymous.ResultAsync("package_search", "q=name:bo-du-lieu-rieng-tu&include_private=true");
        Assert.Equal(0, (int)anonymous!["count"]!);
        var member = Ok(await editor.GetAsync("package_search", "q=name:bo-du-lieu-rieng-tu&include_private=true")).Result!;
        Assert.Equal(1, (int)member["count"]!);
        var withoutFlag = Ok(await editor.GetAsync("package_search", "q=name:bo-du-lieu-rieng-tu")).Result!;
        Assert.Equal(0, (int)withoutFlag["count"]!);
    }

    [Fact]
    public async Task Package_update_removes_the_resources_it_omits()
    {
        var editor = await EditorAsync("bien-tap-9");
        var created = Ok(await editor.PostAsync("package_create", Package("ckan-2.10-nuoc-sach-nong-thon.json", "cap-nhat-bo-tai-nguyen"))).Result!.AsObject();
        var update = created.DeepClone().AsObject();
        update["resources"] = new JsonArray(update["resources"]![0]!.DeepClone());
        update["title"] = "Tiêu đề mới";
        var updated = Ok(await editor.PostAsync("package_update", update)).Result!;
        Assert.Single(updated["resources"]!.AsArray());
        Assert.Equal((string?)created["resources"]![0]!["id"], (string?)updated["resources"]![0]!["id"]);

        update.Remove("resources");
        var emptied = Ok(await editor.PostAsync("package_update", update)).Result!;
        Assert.Empty(emptied["resources"]!.AsArray());
    }

    [Fact]
    public async Task Package_patch_keeps_the_fields_it_does_not_name()
    {
        var editor = await EditorAsync("bien-tap-10");
        var created = Ok(await editor.PostAsync("package_create", Package("ckan-2.10-nuoc-sach-nong-thon.json", "va-mot-truong"))).Result!;
        var patched = Ok(await editor.PostAsync("package_patch", new JsonObject { ["id"] = "va-mot-truong", ["title"] = "Chỉ đổi tiêu đề" })).Result!;
        Assert.Equal("Chỉ đổi tiêu đề", (string?)patched["title"]);
        Assert.Equal((string?)created["notes"], (string?)patched["notes"]);
        Assert.Equal(2, patched["resources"]!.AsArray().Count);
        Assert.Equal(3, patched["tags"]!.AsArray().Count);
    }

    /// <summary>A second organization, with <paramref name="userName"/> in it at <paramref name="role"/> when given.</summary>
    private async Task<string> SecondOrganizationAsync(string name, string? userName = null, OrganizationRole role = OrganizationRole.Editor)
    {
        await portal.CreateOrganizationAsync(name, "UBND huyện " + name);
        if (userName is not null)
        {
            await portal.Act((s, ct) => s.Service<OrganizationActions>().SetMemberAsync(Actor.System, name, userName, role, ct));
        }
        return name;
    }

    [Fact]
    public async Task Package_patch_with_a_new_owner_org_moves_the_dataset_for_an_editor_of_both()
    {
        var editor = await EditorAsync("bien-tap-30");
        var target = await SecondOrganizationAsync("huyen-nghia-hanh-30", "bien-tap-30");
        var created = Ok(await editor.PostAsync("package_create", Package("ckan-2.9-gia-lua-gao.json", "chuyen-to-chuc"))).Result!;
        var targetId = (string)(await Anonymous.ResultAsync("organization_show", $"id={target}"))!["id"]!;

        var patched = Ok(await editor.PostAsync("package_patch", new JsonObject { ["id"] = "chuyen-to-chuc", ["owner_org"] = targetId })).Result!;

        Assert.Equal(target, (string?)patched["organization"]!["name"]);
        Assert.Equal(targetId, (string?)(await Anonymous.ResultAsync("package_show", "id=chuyen-to-chuc"))!["owner_org"]);
        Assert.Equal(created["resources"]!.AsArray().Count, patched["resources"]!.AsArray().Count);
        var history = await portal.Act((s, ct) => s.Service<DatasetActions>().HistoryAsync(Actor.System, "chuyen-to-chuc", ct));
        Assert.Contains(history, revision => revision.Action == "move");
    }

    [Fact]
    public async Task Package_patch_into_an_organization_the_caller_does_not_edit_is_refused_and_moves_nothing()
    {
        var editor = await EditorAsync("bien-tap-31");
        var target = await SecondOrganizationAsync("huyen-ba-to-31", "bien-tap-31", OrganizationRole.Member);
        Ok(await editor.PostAsync("package_create", Package("ckan-2.9-gia-lua-gao.json", "khong-duoc-chuyen")));

        var reply = await editor.PostAsync("package_patch", new JsonObject { ["id"] = "khong-duoc-chuyen", ["owner_org"] = target });

        Assert.Equal(HttpStatusCode.Forbidden, reply.Status);
        Assert.Equal(Organization, (string?)(await Anonymous.ResultAsync("package_show", "id=khong-duoc-chuyen"))!["organization"]!["name"]);
    }

    [Fact]
    public async Task Package_patch_naming_the_new_organization_by_its_organization_object_moves_the_dataset()
    {
        var editor = await EditorAsync("bien-tap-32");
        var target = await SecondOrganizationAsync("huyen-son-tinh-32", "bien-tap-32");
        Ok(await editor.PostAsync("package_create", Package("ckan-2.9-gia-lua-gao.json", "chuyen-bang-doi-tuong")));

        var patched = Ok(await editor.PostAsync("package_patch", new JsonObject { ["id"] = "chuyen-bang-doi-tuong", ["organization"] = new JsonObject { ["name"] = target } })).Result!;

        Assert.Equal(target, (string?)patched["organization"]!["name"]);
    }

    [Theory]
    [InlineData("owner_org")]
    [InlineData("organization")]
    public async Task Package_update_whose_owner_org_and_organization_disagree_is_refused_on_owner_org(string changed)
    {
        var user = "bien-tap-33-" + changed.Replace("_", "");
        var editor = await EditorAsync(user);
        var target = await SecondOrganizationAsync("huyen-tu-nghia-33-" + changed.Replace("_", ""), user);
        var name = "hai-to-chuc-" + changed.Replace("_", "");
        Ok(await editor.PostAsync("package_create", Package("ckan-2.9-gia-lua-gao.json", name)));
        var dict = Ok(await editor.GetAsync("package_show", $"id={name}")).Result!.DeepClone().AsObject();
        if (changed == "owner_org")
        {
            dict["owner_org"] = target;
        }
        else
        {
            dict["organization"] = new JsonObject { ["name"] = target };
        }

        var reply = await editor.PostAsync("package_update", dict);

        Assert.Equal(HttpStatusCode.Conflict, reply.Status);
        Assert.NotNull(reply.Error["owner_org"]);
        Assert.Equal(Organization, (string?)(await Anonymous.ResultAsync("package_show", $"id={name}"))!["organization"]!["name"]);
    }

    [Fact]
    public async Task Package_patch_with_null_resources_keeps_them()
    {
        var editor = await EditorAsync("bien-tap-34");
        Ok(await editor.PostAsync("package_create", Package("ckan-2.10-nuoc-sach-nong-thon.json", "giu-tai-nguyen")));

        var patched = Ok(await editor.PostAsync("package_patch", new JsonObject { ["id"] = "giu-tai-nguyen", ["resources"] = null, ["title"] = "Vẫn đủ tài nguyên" })).Result!;

        Assert.Equal(2, patched["resources"]!.AsArray().Count);
        Assert.Equal("Vẫn đủ tài nguyên", (string?)patched["title"]);
    }

    [Fact]
    public async Task Package_patch_with_an_empty_resource_list_removes_them()
    {
        var editor = await EditorAsync("bien-tap-35");
        Ok(await editor.PostAsync("package_create", Package("ckan-2.10-nuoc-sach-nong-thon.json", "bo-het-tai-nguyen")));

        var patched = Ok(await editor.PostAsync("package_patch", new JsonObject { ["id"] = "bo-het-tai-nguyen", ["resources"] = new JsonArray() })).Result!;

        Assert.Empty(patched["resources"]!.AsArray());
    }

    private static DateTimeOffset Modified(JsonNode package) =>
        DateTimeOffset.Parse((string)package["metadata_modified"]!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    [Fact]
    public async Task Package_create_sets_its_own_dates_not_the_ones_the_client_sends()
    {
        var editor = await EditorAsync("bien-tap-26");
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var created = Ok(await editor.PostAsync("package_create", Package("ckan-2.10-nuoc-sach-nong-thon.json", "ngay-cua-may-chu"))).Result!;

        Assert.True(Modified(created) > before, $"metadata_modified {created["metadata_modified"]} is the client's, not today's");
    }

    [Fact]
    public async Task Package_patch_moves_metadata_modified_forward()
    {
        var editor = await EditorAsync("bien-tap-22");
        var created = Ok(await editor.PostAsync("package_create", Package("ckan-2.10-nuoc-sach-nong-thon.json", "vua-sua-mo-ta"))).Result!;

        var patched = Ok(await editor.PostAsync("package_patch", new JsonObject { ["id"] = "vua-sua-mo-ta", ["notes"] = "Mô tả đã sửa." })).Result!;

        Assert.True(Modified(patched) > Modified(created), $"{patched["metadata_modified"]} is not after {created["metadata_modified"]}");
    }

    [Fact]
    public async Task Package_update_with_the_dict_package_show_gave_moves_metadata_modified_forward()
    {
        var editor = await EditorAsync("bien-tap-23");
        Ok(await editor.PostAsync("package_create", Package("ckan-2.10-nuoc-sach-nong-thon.json", "sua-nhu-ckanapi")));
        var shown = Ok(await editor.GetAsync("package_show", "id=sua-nhu-ckanapi")).Result!.AsObject();
        var edited = shown.DeepClone().AsObject();
        edited["notes"] = "Sửa như ckanapi: package_show, đổi mô tả, package_update.";

        var updated = Ok(await editor.PostAsync("package_update", edited)).Result!;

        Assert.True(Modified(updated) > Modified(shown), $"{updated["metadata_modified"]} is not after {shown["metadata_modified"]}");
    }

    [Fact]
    public async Task A_patched_dataset_comes_first_when_searching_by_metadata_modified()
    {
        var editor = await EditorAsync("bien-tap-24");
        // Without the source portal's dates, so that the second one is newer however creation treats them.
        JsonObject Undated(string name)
        {
            var package = Package("ckan-2.10-nuoc-sach-nong-thon.json", name);
            package.Remove("metadata_created");
            package.Remove("metadata_modified");
            return package;
        }
        Ok(await editor.PostAsync("package_create", Undated("sua-roi-len-dau")));
        Ok(await editor.PostAsync("package_create", Undated("moi-tao-sau")));

        Ok(await editor.PostAsync("package_patch", new JsonObject { ["id"] = "sua-roi-len-dau", ["notes"] = "Vừa sửa." }));

        var newest = Ok(await Anonymous.GetAsync("package_search", "sort=" + Uri.EscapeDataString("metadata_modified desc") + "&rows=1")).Result!;
        Assert.Equal("sua-roi-len-dau", (string?)newest["results"]![0]!["name"]);
    }

    [Fact]
    public async Task A_patched_dataset_is_in_the_dcat_feed_of_changes_since_before_the_patch()
    {
        var editor = await EditorAsync("bien-tap-25");
        Ok(await editor.PostAsync("package_create", Package("ckan-2.10-nuoc-sach-nong-thon.json", "thu-hoach-lai")));
        // The portal runs in this process: its clock is ours.
        var since = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);

        Ok(await editor.PostAsync("package_patch", new JsonObject { ["id"] = "thu-hoach-lai", ["notes"] = "Đổi sau mốc thời gian." }));

        var ct = TestContext.Current.CancellationToken;
        using var response = await portal.CreateClient().GetAsync("/catalog.nt?modified_since=" + Uri.EscapeDataString(since), ct);
        var graph = RdfFormats.Parse(await response.Content.ReadAsStringAsync(ct), RdfFormat.NTriples, null);
        Assert.Contains("thu-hoach-lai", new DcatApReader(new DcatApContext("http://localhost")).ReadDatasets(graph).Select(d => d.Name));
    }

    [Fact]
    public async Task Resource_create_with_a_multipart_upload_keeps_the_bytes()
    {
        var editor = await EditorAsync("bien-tap-11");
        Ok(await editor.PostAsync("package_create", Package("ckan-2.9-gia-lua-gao.json", "co-tep-tai-len")));
        var bytes = Encoding.UTF8.GetBytes("xa,so_ho\r\nTịnh Khê,1204\r\nNghĩa Hành,987\r\n");
        var form = new MultipartFormDataContent
        {
            { new StringContent("co-tep-tai-len"), "package_id" },
            { new StringContent("Số hộ theo xã"), "name" },
            { new StringContent("CSV"), "format" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "upload", "so-ho-theo-xa.csv");
        var resource = Ok(await editor.PostRawAsync("resource_create", form)).Result!;
        Assert.Equal("upload", (string?)resource["url_type"]);
        Assert.Equal(bytes.Length, (long)resource["size"]!);

        var id = Guid.Parse((string)resource["id"]!);
        var stored = await portal.Act(async (s, ct) =>
        {
            var (_, content, _) = await s.Service<ResourceActions>().OpenDownloadAsync(Actor.Anonymous, "co-tep-tai-len", id, ct);
            await using (content)
            {
                var copy = new MemoryStream();
                await content.CopyToAsync(copy, ct);
                return copy.ToArray();
            }
        });
        Assert.Equal(bytes, stored);

        // Sending the dataset back as package_show gave it keeps the uploaded file (url_type "upload").
        var shown = (await editor.ResultAsync("package_show", "id=co-tep-tai-len"))!.AsObject();
        var again = Ok(await editor.PostAsync("package_update", shown.DeepClone().AsObject())).Result!;
        Assert.Contains(again["resources"]!.AsArray(), r => (string?)r!["url_type"] == "upload" && (string?)r["id"] == id.ToString());
    }

    [Fact]
    public async Task Resource_update_with_a_new_upload_replaces_a_link_by_the_file()
    {
        var editor = await EditorAsync("bien-tap-21");
        var created = Ok(await editor.PostAsync("package_create", Package("ckan-2.9-gia-lua-gao.json", "thay-bang-tep"))).Result!;
        var resourceId = (string)created["resources"]![0]!["id"]!;
        var form = new MultipartFormDataContent
        {
            { new StringContent(resourceId), "id" },
            { new StringContent("Giá lúa gạo (tệp)"), "name" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("thang,gia\r\n2025-01,7800\r\n")), "upload", "gia-lua-gao.csv" },
        };
        var updated = Ok(await editor.PostRawAsync("resource_update", form)).Result!;
        Assert.Equal("upload", (string?)updated["url_type"]);
        Assert.Equal("CSV", (string?)updated["format"]);
        Assert.EndsWith("/download/gia-lua-gao.csv", (string?)updated["url"]);
    }

    [Fact]
    public async Task Resource_patch_changes_one_field_and_delete_removes_it()
    {
        var editor = await EditorAsync("bien-tap-12");
        var created = Ok(await editor.PostAsync("package_create", Package("ckan-2.10-nuoc-sach-nong-thon.json", "sua-tai-nguyen"))).Result!;
        var resourceId = (string)created["resources"]![0]!["id"]!;
        var patched = Ok(await editor.PostAsync("resource_patch", new JsonObject { ["id"] = resourceId, ["description"] = "Mô tả mới" })).Result!;
        Assert.Equal("Mô tả mới", (string?)patched["description"]);
        Assert.Equal((string?)created["resources"]![0]!["name"], (string?)patched["name"]);

        Ok(await editor.PostAsync("resource_delete", new JsonObject { ["id"] = resourceId }));
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous.GetAsync("resource_show", $"id={resourceId}")).Status);
    }

    [Fact]
    public async Task Package_delete_hides_the_dataset_and_purge_is_for_system_admins()
    {
        var editor = await EditorAsync("bien-tap-13");
        Ok(await editor.PostAsync("package_create", Package("ckan-2.9-gia-lua-gao.json", "se-bi-xoa")));
        Ok(await editor.PostAsync("package_delete", new JsonObject { ["id"] = "se-bi-xoa" }));
        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous.GetAsync("package_show", "id=se-bi-xoa")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync("dataset_purge", new JsonObject { ["id"] = "se-bi-xoa" })).Status);
        var admin = await EditorAsync("quan-tri-13", sysAdmin: true);
        Ok(await admin.PostAsync("dataset_purge", new JsonObject { ["id"] = "se-bi-xoa" }));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("package_show", "id=se-bi-xoa")).Status);
    }

    [Fact]
    public async Task A_malformed_json_body_is_a_clear_bad_request()
    {
        var editor = await EditorAsync("bien-tap-14");
        var reply = await editor.PostRawAsync("package_create", new StringContent("{\"name\": \"thieu-ngoac\"", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.StartsWith("Bad request - JSON Error", (string?)reply.Body);
        var notAnObject = await editor.PostRawAsync("package_create", new StringContent("[1, 2]", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, notAnObject.Status);
    }

    [Theory]
    [InlineData("package_create", """{"name": "trung-khoa", "name": "trung-khoa-2", "title": "Trùng khóa"}""")]
    [InlineData("package_create", """{"name": "nua-ky-tu", "title": "\ud800"}""")]
    [InlineData("package_create", """{"\udc00": "khoa la"}""")]
    [InlineData("package_search", """{"q": "d\ud83d"}""")]
    public async Task A_json_body_with_a_duplicate_key_or_a_lone_surrogate_is_a_bad_request(string action, string body)
    {
        var editor = await EditorAsync("bien-tap-36-" + Guid.NewGuid().ToString("N")[..6]);

        var reply = await editor.PostRawAsync(action, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.StartsWith("Bad request - JSON Error", (string?)reply.Body);
    }

    [Fact]
    public async Task Form_bodies_are_read_like_json_ones()
    {
        var editor = await EditorAsync("bien-tap-15");
        Ok(await editor.PostAsync("package_create", Package("ckan-2.9-gia-lua-gao.json", "gui-bang-form")));
        var form = new FormUrlEncodedContent([new("id", "gui-bang-form"), new("title", "Đổi bằng form")]);
        var reply = Ok(await editor.PostRawAsync("package_patch", form));
        Assert.Equal("Đổi bằng form", (string?)reply.Result!["title"]);
    }

    [Fact]
    public async Task Organizations_and_members_are_managed_through_the_api()
    {
        var admin = await EditorAsync("quan-tri-16", sysAdmin: true);
        var organization = Ok(await admin.PostAsync("organization_create", new JsonObject { ["name"] = "ubnd-xa-tinh-khe", ["title"] = "UBND xã Tịnh Khê" })).Result!;
        Assert.True((bool)organization["is_organization"]!);
        await portal.CreateUserAsync("can-bo-xa-16");
        Ok(await admin.PostAsync("organization_member_create", new JsonObject { ["id"] = "ubnd-xa-tinh-khe", ["username"] = "can-bo-xa-16", ["role"] = "editor" }));
        var patched = Ok(await admin.PostAsync("organization_patch", new JsonObject { ["id"] = "ubnd-xa-tinh-khe", ["description"] = "Xã ven biển" })).Result!;
        Assert.Equal("UBND xã Tịnh Khê", (string?)patched["title"]);
        Assert.Equal("Xã ven biển", (string?)patched["description"]);

        var editor = await EditorAsync("bien-tap-16");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync("organization_create", new JsonObject { ["name"] = "khong-duoc", ["title"] = "Không được" })).Status);
    }

    [Fact]
    public async Task Themes_are_written_by_system_admins_only()
    {
        var editor = await EditorAsync("bien-tap-17");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync("group_create", new JsonObject { ["name"] = "du-lich", ["title"] = "Du lịch" })).Status);
        var admin = await EditorAsync("quan-tri-17", sysAdmin: true);
        Ok(await admin.PostAsync("group_create", new JsonObject { ["name"] = "du-lich", ["title"] = "Du lịch" }));
        Ok(await editor.PostAsync("package_create", Package("ckan-2.9-gia-lua-gao.json", "vao-chu-de")));
        Ok(await admin.PostAsync("member_create", new JsonObject { ["id"] = "du-lich", ["object"] = "vao-chu-de", ["object_type"] = "package", ["capacity"] = "public" }));
        var group = (await Anonymous.ResultAsync("group_show", "id=du-lich"))!;
        Assert.Equal(1, (int)group["package_count"]!);
    }

    [Fact]
    public async Task Api_tokens_are_created_and_revoked_through_the_api()
    {
        var editor = await EditorAsync("bien-tap-18");
        var created = Ok(await editor.PostAsync("api_token_create", new JsonObject { ["user"] = "bien-tap-18", ["name"] = "máy chủ thu thập" })).Result!;
        var token = (string)created["token"]!;
        var second = Anonymous.WithToken(token);
        Assert.Equal("bien-tap-18", (string?)(await second.ResultAsync("user_show"))!["name"]);
        Ok(await editor.PostAsync("api_token_revoke", new JsonObject { ["token"] = token }));
        Assert.Equal(HttpStatusCode.Forbidden, (await second.GetAsync("user_show", "id=bien-tap-18")).Status);
    }
}

public sealed class SqliteCkanWriteApiTests(EmptySqlitePortal portal) : CkanWriteApiTests<EmptySqlitePortal>(portal), IClassFixture<EmptySqlitePortal>;

public sealed class PostgresCkanWriteApiTests(EmptyPostgresPortal portal) : CkanWriteApiTests<EmptyPostgresPortal>(portal), IClassFixture<EmptyPostgresPortal>;

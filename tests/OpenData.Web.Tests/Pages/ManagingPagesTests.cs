using System.Net;
using OpenData.Web.Catalog;
using OpenData.Web.Tests.Infrastructure;

namespace OpenData.Web.Tests.Pages;

/// <summary>Organization admins, system admins and the history that every change leaves behind.</summary>
public sealed class ManagingPagesTests(EmptySqlitePortal portal) : IClassFixture<EmptySqlitePortal>
{
    private static string Unique(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    private async Task<(string Organization, string Dataset)> DatasetAsync(string? description = null)
    {
        var organization = Unique("so");
        await portal.CreateOrganizationAsync(organization, "Sở Giáo dục và Đào tạo");
        var dataset = Unique("truong-mam-non");
        var input = Catalogs.Dataset(dataset, organization) with { Description = description ?? "Dòng một\nDòng hai\nDòng ba" };
        await portal.Act((s, ct) => s.Service<DatasetActions>().CreateAsync(Actor.System, input, ct));
        return (organization, dataset);
    }

    private async Task<PageBrowser> SignedInAsync(string? organization, OrganizationRole role = OrganizationRole.Editor, bool sysAdmin = false)
    {
        var user = await portal.CreateUserAsync(Unique("canbo"), sysAdmin, organization, role);
        var browser = new PageBrowser(portal);
        await browser.SignInAsync(user.UserName, user.Password);
        return browser;
    }

    [Fact]
    public async Task Script_and_javascript_links_in_a_description_are_neutralized_on_the_dataset_page()
    {
        var (_, dataset) = await DatasetAsync("Xin chào <script>alert('x')</script>\n\n[bấm vào](javascript:alert(1)) và [Sở](https://sgddt.quangngai.gov.vn)");

        var page = await new PageBrowser(portal).GetAsync($"/dataset/{dataset}");

        var description = page.Document.QuerySelector("section.description") ?? throw new InvalidOperationException("no description");
        Assert.Empty(description.QuerySelectorAll("script"));
        Assert.DoesNotContain(description.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("bấm vào", description.TextContent);
        Assert.Equal("nofollow noopener", description.QuerySelector("a[href^='https://sgddt']")?.GetAttribute("rel"));
    }

    [Fact]
    public async Task An_edit_shows_in_the_history_with_a_line_diff_marked_by_more_than_colour()
    {
        var (organization, dataset) = await DatasetAsync();
        var browser = await SignedInAsync(organization);
        var form = await browser.GetAsync($"/dataset/edit/{dataset}");

        await browser.SubmitAsync(form, "form.dataset-form", new Dictionary<string, string>
        {
            ["notes"] = "Dòng một\nDòng hai đã sửa\nDòng ba",
            ["message"] = "Sửa dòng hai",
        }, button: "button[value=publish]");
        var history = await browser.GetAsync($"/dataset/{dataset}/history");
        var compare = history.Document.QuerySelector("table.history a[href*='/changes?']")?.GetAttribute("href") ?? "";
        var changes = await browser.GetAsync(compare.Replace("&amp;", "&"));

        Assert.Contains("Sửa dòng hai", history.Text("table.history"));
        Assert.Equal("Dòng hai đã sửa", changes.Document.QuerySelector(".line-diff li.line-added ins")?.LastChild?.TextContent);
        Assert.Equal("Dòng hai", changes.Document.QuerySelector(".line-diff li.line-removed del")?.LastChild?.TextContent);
        Assert.Contains("Dòng thêm", changes.Text(".line-diff li.line-added"));
    }

    [Fact]
    public async Task An_organization_admin_adds_a_member_with_a_role()
    {
        var (organization, _) = await DatasetAsync();
        var newcomer = await portal.CreateUserAsync(Unique("moi"));
        var admin = await SignedInAsync(organization, OrganizationRole.Admin);
        var page = await admin.GetAsync($"/organization/{organization}/members");

        var after = await admin.SubmitAsync(page, "form.member-form", new Dictionary<string, string> { ["username"] = newcomer.UserName, ["role"] = "Editor" });

        var row = after.Document.QuerySelectorAll("table.members tbody tr").FirstOrDefault(r => r.TextContent.Contains(newcomer.UserName));
        Assert.NotNull(row);
        Assert.Equal("Editor", row.QuerySelector("select option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task A_members_form_posted_without_its_handler_is_a_bad_request_and_changes_nothing()
    {
        var (organization, _) = await DatasetAsync();
        var newcomer = await portal.CreateUserAsync(Unique("moi"));
        var admin = await SignedInAsync(organization, OrganizationRole.Admin);
        var page = await admin.GetAsync($"/organization/{organization}/members");
        page.Document.QuerySelector("form.member-form")!.SetAttribute("action", $"/organization/{organization}/members");

        var after = await admin.SubmitAsync(page, "form.member-form", new Dictionary<string, string> { ["username"] = newcomer.UserName, ["role"] = "Editor" });

        Assert.Equal(HttpStatusCode.BadRequest, after.Status);
        var members = await portal.Act((s, ct) => s.Service<OrganizationActions>().MembersAsync(Actor.System, organization, ct));
        Assert.DoesNotContain(members, m => m.UserName == newcomer.UserName);
    }

    [Fact]
    public async Task A_post_to_a_page_that_takes_none_is_method_not_allowed()
    {
        var browser = new PageBrowser(portal);
        var page = await browser.GetAsync("/user/login");
        page.Document.QuerySelector("form.login-form")!.SetAttribute("action", "/dataset");

        var after = await browser.SubmitAsync(page, "form.login-form", new Dictionary<string, string> { ["username"] = "x", ["password"] = "y" });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, after.Status);
    }

    [Fact]
    public async Task An_editor_cannot_manage_members()
    {
        var (organization, _) = await DatasetAsync();
        var editor = await SignedInAsync(organization, OrganizationRole.Editor);

        var page = await editor.GetAsync($"/organization/{organization}/members");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector("form.member-form"));
    }

    [Fact]
    public async Task A_deleted_dataset_goes_to_the_trash_and_a_system_admin_restores_it()
    {
        var (organization, dataset) = await DatasetAsync();
        var editor = await SignedInAsync(organization);
        var confirm = await editor.GetAsync($"/dataset/delete/{dataset}");
        await editor.SubmitAsync(confirm, "form.confirm-form", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.NotFound, (await new PageBrowser(portal).GetAsync($"/dataset/{dataset}")).Status);

        var admin = await SignedInAsync(null, sysAdmin: true);
        var trash = await admin.GetAsync("/ckan-admin/trash");
        var form = trash.Document.QuerySelectorAll("table tbody tr").First(r => r.TextContent.Contains(dataset)).QuerySelector("form")!; // each row has restore and purge forms
        form.ClassName = "restore-this";
        var restored = await admin.SubmitAsync(trash, "form.restore-this", new Dictionary<string, string>());

        Assert.Equal($"/dataset/{dataset}", restored.Url.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await new PageBrowser(portal).GetAsync($"/dataset/{dataset}")).Status);
    }

    [Fact]
    public async Task A_new_api_token_is_shown_once_and_then_only_listed()
    {
        var browser = await SignedInAsync(null);
        var page = await browser.GetAsync("/user/tokens");

        var created = await browser.SubmitAsync(page, "form.token-form", new Dictionary<string, string> { ["name"] = "Đồng bộ dữ liệu" });
        var later = await browser.GetAsync("/user/tokens");

        Assert.StartsWith("od_", created.Text("#new-token"));
        Assert.Null(later.Document.QuerySelector("#new-token"));
        Assert.Contains("Đồng bộ dữ liệu", later.Text("table"));
    }

    [Fact]
    public async Task Signed_in_users_see_their_menu_and_can_sign_out()
    {
        var browser = await SignedInAsync(null);
        var home = await browser.GetAsync("/");

        var after = await browser.SubmitAsync(home, "form[action='/user/logout']", new Dictionary<string, string>());

        Assert.NotNull(home.Document.QuerySelector(".user-menu"));
        Assert.NotNull(after.Document.QuerySelector(".sign-in"));
    }

    [Fact]
    public async Task Editors_see_the_editing_buttons_and_readers_do_not()
    {
        var (organization, dataset) = await DatasetAsync();
        var editor = await SignedInAsync(organization);

        var asEditor = await editor.GetAsync($"/dataset/{dataset}");
        var asReader = await new PageBrowser(portal).GetAsync($"/dataset/{dataset}");

        Assert.NotNull(asEditor.Document.QuerySelector($"a[href='/dataset/edit/{dataset}']"));
        Assert.NotNull(asEditor.Document.QuerySelector($"a[href='/dataset/{dataset}/resource/new']"));
        Assert.Null(asReader.Document.QuerySelector($"a[href='/dataset/edit/{dataset}']"));
    }

    [Fact]
    public async Task A_draft_is_badged_for_its_editors_and_hidden_from_readers()
    {
        var (organization, _) = await DatasetAsync();
        var editor = await SignedInAsync(organization);
        var form = await editor.GetAsync("/dataset/new");
        var draft = await editor.SubmitAsync(form, "form.dataset-form", new Dictionary<string, string>
        {
            ["title"] = "Bản nháp danh sách trường",
            ["name"] = Unique("ban-nhap"),
            ["organization"] = organization,
        }, button: "button[value=draft]");

        Assert.Equal("Bản nháp", draft.Text(".badge-draft"));
        Assert.Equal(HttpStatusCode.NotFound, (await new PageBrowser(portal).GetAsync(draft.Url.AbsolutePath)).Status);
    }

    [Fact]
    public async Task An_edit_on_a_stale_revision_keeps_the_form_and_says_someone_else_changed_it()
    {
        var (organization, dataset) = await DatasetAsync();
        var editor = await SignedInAsync(organization);
        var form = await editor.GetAsync($"/dataset/edit/{dataset}");
        await portal.Act((s, ct) => s.Service<DatasetActions>().UpdateAsync(Actor.System, dataset,
            Catalogs.Dataset(dataset, organization, "Sửa bởi người khác"), null, null, ct));

        var page = await editor.SubmitAsync(form, "form.dataset-form", new Dictionary<string, string> { ["title"] = "Tiêu đề của tôi" }, button: "button[value=publish]");

        Assert.Equal(HttpStatusCode.Conflict, page.Status);
        Assert.Contains("người khác sửa", page.Text(".error-summary"));
        Assert.Equal("Tiêu đề của tôi", page.Document.QuerySelector("#f-title")?.GetAttribute("value"));
    }

    [Fact]
    public async Task A_report_without_a_message_is_refused_next_to_the_field()
    {
        var (_, dataset) = await DatasetAsync();
        var browser = new PageBrowser(portal);
        var page = await browser.GetAsync($"/dataset/{dataset}");

        var refused = await browser.SubmitAsync(page, "form.report-form", new Dictionary<string, string> { ["reporter_name"] = "Trần Văn Nam", ["message"] = " " });

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("Trường này là bắt buộc.", refused.Document.QuerySelector("#f-message")?.ParentElement?.QuerySelector(".field-error")?.TextContent.Trim());
        Assert.Equal("Trần Văn Nam", refused.Document.QuerySelector("#f-reporter_name")?.GetAttribute("value"));
    }

    [Fact]
    public async Task A_link_resource_redirects_its_download_to_the_publishers_address()
    {
        var (_, dataset) = await DatasetAsync();
        var resource = await portal.Act((s, ct) => s.Service<ResourceActions>().CreateAsync(Actor.System, dataset,
            new ResourceInput { Title = "Dịch vụ API", Url = "https://api.quangngai.gov.vn/truong-hoc", Format = "API" }, ct));

        var response = await new PageBrowser(portal).Http.GetAsync($"/dataset/{dataset}/resource/{resource.Id}/download", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("https://api.quangngai.gov.vn/truong-hoc", response.Headers.Location?.OriginalString);
    }
}

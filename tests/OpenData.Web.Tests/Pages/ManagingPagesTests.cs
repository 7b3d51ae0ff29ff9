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
}

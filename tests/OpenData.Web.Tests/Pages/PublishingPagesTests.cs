using System.Net;
using System.Text;
using OpenData.Web.Catalog;
using OpenData.Web.Tests.Infrastructure;

namespace OpenData.Web.Tests.Pages;

/// <summary>An agency's data officer publishing through the pages, and the doors that stay shut to others.</summary>
public sealed class PublishingPagesTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private static string Unique(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    private async Task<string> OrganizationAsync() =>
        (await portal.Act((s, ct) => s.Service<OrganizationActions>().ListAsync(Actor.System, ct))).First(o => o.DatasetCount > 0).Organization.Name;

    private async Task<PageBrowser> SignedInAsync(string organization, OrganizationRole role)
    {
        var user = await portal.CreateUserAsync(Unique("canbo"), organization: organization, role: role);
        var browser = new PageBrowser(portal);
        await browser.SignInAsync(user.UserName, user.Password);
        return browser;
    }

    [Fact]
    public async Task An_editor_publishes_a_dataset_with_an_uploaded_file_that_readers_can_download()
    {
        var organization = await OrganizationAsync();
        var browser = await SignedInAsync(organization, OrganizationRole.Editor);
        var title = $"Giá cà phê Măng Đen {Guid.NewGuid().ToString("N")[..4]}";
        var bytes = Encoding.UTF8.GetBytes("Tuần,Giá (đồng/kg)\n1,125000\n2,127500\n");

        var form = await browser.GetAsync("/dataset/new");
        var created = await browser.SubmitAsync(form, "form.dataset-form", new Dictionary<string, string>
        {
            ["title"] = title,
            ["organization"] = organization,
            ["notes"] = "Giá cà phê **hằng tuần** tại xã Măng Đen.",
            ["tags"] = "cà phê, giá cả",
            ["themes"] = "nong-nghiep",
        }, button: "button[value=publish]");
        var name = CatalogRules.Slugify(title);
        Assert.Equal($"/dataset/{name}", created.Url.AbsolutePath);
        Assert.Equal(title, created.Text("h1"));

        var resourceForm = await browser.GetAsync($"/dataset/{name}/resource/new");
        var page = await browser.SubmitAsync(resourceForm, "form.resource-form", new Dictionary<string, string> { ["name"] = "Bảng giá 2025" },
            files: new Dictionary<string, (string, byte[])> { ["upload"] = ("giá-cà-phê-2025.csv", bytes) });

        Assert.Contains("Bảng giá 2025", page.Text(".resource-list"));
        var href = page.Document.QuerySelector(".resource-item a[href*='/download/']")?.GetAttribute("href") ?? "";
        var reader = new PageBrowser(portal);
        var download = await reader.Http.GetAsync(href, TestContext.Current.CancellationToken);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal("giá-cà-phê-2025.csv", download.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task Validation_errors_show_next_to_their_fields_keep_the_input_and_save_nothing()
    {
        var organization = await OrganizationAsync();
        var browser = await SignedInAsync(organization, OrganizationRole.Editor);
        var name = Unique("thu-nghiem");

        var form = await browser.GetAsync("/dataset/new");
        var page = await browser.SubmitAsync(form, "form.dataset-form", new Dictionary<string, string>
        {
            ["name"] = name,
            ["title"] = "",
            ["organization"] = organization,
            ["contact_email"] = "khong-phai-thu",
            ["notes"] = "Mô tả vẫn còn nguyên",
        }, button: "button[value=publish]");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.NotNull(page.Document.QuerySelector(".error-summary"));
        Assert.Equal("Trường này là bắt buộc.", page.Document.QuerySelector("#f-title")?.ParentElement?.QuerySelector("#err-title")?.TextContent.Trim());
        Assert.Equal("Địa chỉ thư điện tử không hợp lệ.", page.Document.QuerySelector("#f-contact_email")?.ParentElement?.QuerySelector(".field-error")?.TextContent.Trim());
        Assert.Equal("khong-phai-thu", page.Document.QuerySelector("#f-contact_email")?.GetAttribute("value"));
        Assert.Equal("Mô tả vẫn còn nguyên", page.Document.QuerySelector("#f-notes")?.TextContent);
        var lookup = await new PageBrowser(portal).GetAsync($"/dataset/{name}");
        Assert.Equal(HttpStatusCode.NotFound, lookup.Status);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_from_the_new_dataset_page()
    {
        var response = await new PageBrowser(portal).Http.GetAsync("/dataset/new", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/user/login", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task A_member_who_is_not_an_editor_gets_403_on_the_edit_page()
    {
        var organization = await OrganizationAsync();
        var dataset = (await portal.Act((s, ct) => s.Service<IDatasetSearch>().SearchAsync(Actor.System,
            new DatasetListQuery { Organizations = [organization], Limit = 1 }, ct))).Items[0].Name;
        var browser = await SignedInAsync(organization, OrganizationRole.Member);

        var page = await browser.GetAsync($"/dataset/edit/{dataset}");

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.Equal("Không có quyền truy cập", page.Text("h1"));
    }

    [Fact]
    public async Task A_wrong_password_shows_one_message_and_signs_nobody_in()
    {
        var user = await portal.CreateUserAsync(Unique("nguoidung"));
        var browser = new PageBrowser(portal);
        var login = await browser.GetAsync("/user/login");

        var page = await browser.SubmitAsync(login, "form.login-form", new Dictionary<string, string> { ["username"] = user.UserName, ["password"] = "sai-mat-khau-roi" });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Tên đăng nhập hoặc mật khẩu không đúng.", page.Text("#login-error"));
        Assert.NotNull(page.Document.QuerySelector(".sign-in"));
    }

    [Fact]
    public async Task Sign_in_returns_only_to_a_local_address()
    {
        var user = await portal.CreateUserAsync(Unique("nguoidung"));
        var browser = new PageBrowser(portal);
        var login = await browser.GetAsync("/user/login?returnUrl=https://evil.example/");

        var response = await browser.Http.PostAsync("/user/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = user.UserName,
            ["password"] = user.Password,
            ["returnUrl"] = "https://evil.example/",
            ["__RequestVerificationToken"] = login.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "",
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }
}

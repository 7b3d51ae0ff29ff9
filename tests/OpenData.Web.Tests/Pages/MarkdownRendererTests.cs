using OpenData.Web.Catalog;

namespace OpenData.Web.Tests.Pages;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _markdown = new();

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Xin chào <img src=x onerror=alert(1)>")]
    [InlineData("[bấm vào đây](javascript:alert(1))")]
    [InlineData("[bấm](JaVaScRiPt:alert(1))")]
    [InlineData("[bấm](java&#115;cript:alert(1))")]
    [InlineData("[bấm](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("<javascript:alert(1)>")]
    public void Nothing_a_publisher_types_can_run_in_the_readers_browser(string markdown)
    {
        var html = _markdown.ToHtml(markdown);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"data:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("[Sở Y tế](https://syt.quangngai.gov.vn)", "https://syt.quangngai.gov.vn")]
    [InlineData("[thư](mailto:lienhe@quangngai.gov.vn)", "mailto:lienhe@quangngai.gov.vn")]
    [InlineData("[bộ dữ liệu khác](/dataset/dan-so-theo-xa)", "/dataset/dan-so-theo-xa")]
    public void Web_mail_and_relative_links_are_kept_with_nofollow(string markdown, string href)
    {
        var html = _markdown.ToHtml(markdown);

        Assert.Contains($"href=\"{href}\"", html);
        Assert.Contains("rel=\"nofollow noopener\"", html);
    }

    [Fact]
    public void The_text_of_a_refused_link_stays_readable()
    {
        var html = _markdown.ToHtml("Xem [hướng dẫn](javascript:void(0)) nhé");

        Assert.Contains("hướng dẫn", html);
        Assert.DoesNotContain("<a", html);
    }

    [Fact]
    public void Excerpt_is_plain_text_cut_at_a_word()
    {
        var excerpt = _markdown.Excerpt("Dữ liệu **dân số** theo [xã](https://x.vn), phường và đặc khu của tỉnh Quảng Ngãi năm 2024.", 40);

        Assert.DoesNotContain("*", excerpt);
        Assert.DoesNotContain("https", excerpt);
        Assert.EndsWith("…", excerpt);
        Assert.True(excerpt.Length <= 41);
        Assert.StartsWith("Dữ liệu dân số theo xã", excerpt);
    }
}

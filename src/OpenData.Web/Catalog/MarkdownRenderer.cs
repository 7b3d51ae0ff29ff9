using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace OpenData.Web.Catalog;

/// <summary>
/// Dataset and organization descriptions are Markdown written by publishers (MISSION §3.1): rendered with raw
/// HTML disabled and every link checked, so nothing a publisher types can run in a reader's browser.
/// </summary>
public sealed partial class MarkdownRenderer
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseAutoLinks()
        .Build();

    /// <summary>Safe HTML for a Markdown text: no raw HTML, only http(s), mailto and relative links, each with rel="nofollow noopener".</summary>
    public string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }
        var document = Markdown.Parse(markdown, _pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsSafeUrl(link.Url))
            {
                Unwrap(link);
            }
            else if (link.IsImage)
            {
                // The CSP only allows images from the portal itself; show the text instead of a broken picture.
                Unwrap(link);
            }
            else
            {
                link.GetAttributes().AddPropertyIfNotExist("rel", "nofollow noopener");
            }
        }
        foreach (var link in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsSafeUrl(link.IsEmail ? "mailto:" + link.Url : link.Url))
            {
                link.ReplaceBy(new LiteralInline(link.Url));
            }
            else
            {
                link.GetAttributes().AddPropertyIfNotExist("rel", "nofollow noopener");
            }
        }
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>The text of a Markdown description without markup, cut at a word boundary after at most <paramref name="maxLength"/> characters.</summary>
    public string Excerpt(string? markdown, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }
        var text = Whitespace().Replace(Markdown.ToPlainText(markdown, _pipeline), " ").Trim();
        if (text.Length <= maxLength)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', maxLength);
        return string.Concat(text.AsSpan(0, cut > maxLength / 2 ? cut : maxLength).TrimEnd(" ,.;:".ToCharArray()), "…");
    }

    /// <summary>http, https, mailto and relative URLs; browsers ignore tabs and newlines inside a scheme, so those are removed before checking.</summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }
        var compact = new StringBuilder(url.Length);
        foreach (var c in url.Trim())
        {
            if (!char.IsControl(c) && !char.IsWhiteSpace(c))
            {
                compact.Append(c);
            }
        }
        var text = compact.ToString();
        var colon = text.IndexOf(':');
        var boundary = text.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (boundary >= 0 && boundary < colon))
        {
            return true; // relative: no scheme before the first path, query or fragment character
        }
        var scheme = text[..colon].ToLowerInvariant();
        return AllowedSchemes.Contains(scheme);
    }

    private static void Unwrap(LinkInline link)
    {
        var parent = link.Parent;
        if (parent is null)
        {
            return;
        }
        var text = new StringBuilder();
        foreach (var literal in link.Descendants<LiteralInline>())
        {
            text.Append(literal.Content.ToString());
        }
        link.ReplaceBy(new LiteralInline(text.ToString()));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

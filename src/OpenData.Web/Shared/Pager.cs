namespace OpenData.Web.Shared;

/// <summary>Page links for a list: <paramref name="Url"/> gives the address of a page number.</summary>
public sealed record Pager(int Page, int PageCount, Func<int, string> Url)
{
    public const int PageSize = 20;

    /// <summary>The "page" query parameter (1 when absent or not a positive number).</summary>
    public static int QueryPage(HttpRequest request) =>
        int.TryParse(request.Query["page"], System.Globalization.CultureInfo.InvariantCulture, out var page) && page > 0 ? Math.Min(page, 100_000) : 1;

    public static int CountPages(int total) => Math.Max(1, (total + PageSize - 1) / PageSize);

    /// <summary>The first, last, and neighbouring pages; null marks a gap.</summary>
    public IEnumerable<int?> Numbers()
    {
        int? previous = null;
        for (var n = 1; n <= PageCount; n++)
        {
            if (n == 1 || n == PageCount || Math.Abs(n - Page) <= 2)
            {
                if (previous is { } p && n - p > 1)
                {
                    yield return null;
                }
                yield return n;
                previous = n;
            }
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenData.Dcat.Model;
using OpenData.Web.Storage;

namespace OpenData.Web.Catalog;

public sealed record ThemeSummary(Theme Theme, int DatasetCount);

/// <summary>Themes (CKAN groups): the national portal's 12 groups by default, editable by system admins.</summary>
public sealed class ThemeActions(CatalogDbContext db, IStringLocalizer<SharedResource> l)
{
    /// <summary>The national open-data portal's 12 groups, seeded into an empty store.</summary>
    public static IReadOnlyList<Theme> NationalThemes { get; } =
    [
        new("nong-nghiep", "Nông nghiệp", "Agriculture"),
        new("kinh-te-thuong-mai", "Kinh tế, thương mại", "Economy and trade"),
        new("giao-duc", "Giáo dục", "Education"),
        new("y-te", "Y tế", "Health"),
        new("lao-dong", "Lao động", "Labour"),
        new("moi-truong", "Môi trường", "Environment"),
        new("tai-chinh", "Tài chính", "Finance"),
        new("nang-luong", "Năng lượng", "Energy"),
        new("co-so-ha-tang", "Cơ sở hạ tầng", "Infrastructure"),
        new("xa-hoi", "Xã hội", "Society"),
        new("cong-nghe", "Công nghệ", "Technology"),
        new("dia-phuong", "Địa phương", "Local government"),
    ];

    public async Task<IReadOnlyList<ThemeSummary>> ListAsync(Actor actor, CancellationToken ct)
    {
        var themes = await db.Themes.AsNoTracking().OrderBy(t => t.Position).ToListAsync(ct);
        var visible = db.Datasets.AsNoTracking().VisibleTo(actor).Select(d => d.Id);
        var counts = await db.DatasetThemes.Where(t => visible.Contains(t.DatasetId)).GroupBy(t => t.Theme)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return themes.Select(t => new ThemeSummary(ToModel(t), counts.GetValueOrDefault(t.Name))).ToList();
    }

    public async Task<Theme> ShowAsync(string name, CancellationToken ct)
    {
        var key = name.Trim().ToLowerInvariant();
        var row = await db.Themes.AsNoTracking().FirstOrDefaultAsync(t => t.Name == key, ct) ?? throw new NotFoundException(l["Theme.NotFound"]);
        return ToModel(row);
    }

    public async Task EnsureNationalThemesAsync(CancellationToken ct)
    {
        if (await db.Themes.AnyAsync(ct))
        {
            return;
        }
        var position = 0;
        foreach (var theme in NationalThemes)
        {
            db.Themes.Add(new ThemeRow { Name = theme.Name, Title = theme.Title, TitleEnglish = theme.TitleEnglish, Position = position++ });
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static Theme ToModel(ThemeRow row) => new(row.Name, row.Title, row.TitleEnglish, row.Description, row.Iri);
}

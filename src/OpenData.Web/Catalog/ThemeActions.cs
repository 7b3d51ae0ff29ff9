using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenData.Dcat.Model;
using OpenData.Web.Storage;

namespace OpenData.Web.Catalog;

public sealed record ThemeSummary(Theme Theme, int DatasetCount);

public sealed record ThemeInput
{
    public string? Name { get; init; }
    public string? Title { get; init; }
    public string? TitleEnglish { get; init; }
    public string? Description { get; init; }
    public string? Iri { get; init; }
}

/// <summary>Themes (CKAN groups): the national portal's 12 groups by default, editable by system admins.</summary>
public sealed class ThemeActions(CatalogDbContext db, DatasetActions datasets, IStringLocalizer<SharedResource> l)
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

    /// <summary>
    /// The themes in their order, without dataset counts: for showing a dataset's themes. (Counting the datasets of
    /// every theme reads the whole catalogue: ~300 ms per package_search at 100 000 datasets, docs/benchmarks/api.md.)
    /// </summary>
    public async Task<IReadOnlyList<Theme>> AllAsync(CancellationToken ct) =>
        (await db.Themes.AsNoTracking().OrderBy(t => t.Position).ToListAsync(ct)).Select(ToModel).ToList();

    /// <summary>The themes with the number of datasets the actor may see in each (the themes page, group_list).</summary>
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

    public async Task<Theme> CreateAsync(Actor actor, ThemeInput input, CancellationToken ct)
    {
        RequireThemeManager(actor);
        var position = await db.Themes.AnyAsync(ct) ? await db.Themes.MaxAsync(t => t.Position, ct) + 1 : 0;
        var row = new ThemeRow { Name = "", Title = "", Position = position };
        await ApplyAsync(row, input, isNew: true, ct);
        db.Themes.Add(row);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return ToModel(row);
    }

    /// <summary>Changes a theme's labels; the name (referenced by datasets) stays.</summary>
    public async Task<Theme> UpdateAsync(Actor actor, string name, ThemeInput input, CancellationToken ct)
    {
        RequireThemeManager(actor);
        var key = name.Trim().ToLowerInvariant();
        var row = await db.Themes.FirstOrDefaultAsync(t => t.Name == key, ct) ?? throw new NotFoundException(l["Theme.NotFound"]);
        await ApplyAsync(row, input with { Name = row.Name }, isNew: false, ct);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return ToModel(row);
    }

    /// <summary>Removes a theme no dataset uses any more (datasets keep theme names in their documents).</summary>
    public async Task DeleteAsync(Actor actor, string name, CancellationToken ct)
    {
        RequireThemeManager(actor);
        var key = name.Trim().ToLowerInvariant();
        var row = await db.Themes.FirstOrDefaultAsync(t => t.Name == key, ct) ?? throw new NotFoundException(l["Theme.NotFound"]);
        if (await db.DatasetThemes.AnyAsync(t => t.Theme == key, ct))
        {
            throw ValidationException.For("name", l["Theme.HasDatasets"]);
        }
        db.Themes.Remove(row);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>Puts a dataset in a theme or takes it out (CKAN member_create / member_delete on a group): a dataset revision.</summary>
    public async Task SetDatasetAsync(Actor actor, string themeName, string datasetNameOrId, bool member, CancellationToken ct)
    {
        RequireThemeManager(actor);
        var theme = await ShowAsync(themeName, ct);
        var view = await datasets.ShowAsync(actor, datasetNameOrId, ct);
        var current = view.Dataset.Themes;
        if (current.Contains(theme.Name) == member)
        {
            return;
        }
        var themes = member ? [.. current, theme.Name] : current.Where(t => t != theme.Name).ToList();
        await datasets.UpdateAsync(actor, view.Dataset.Id.ToString(), DatasetInput.From(view.Dataset) with { Themes = themes }, view.Revision, null, ct);
    }

    private void RequireThemeManager(Actor actor)
    {
        if (!CatalogAuthorization.CanManageThemes(actor))
        {
            throw new NotAuthorizedException(l["Auth.NotAllowed"]);
        }
    }

    private async Task ApplyAsync(ThemeRow row, ThemeInput input, bool isNew, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var name = CatalogRules.Clean(input.Name)?.ToLowerInvariant();
        CatalogRules.RequireName(errors, l, "name", name);
        if (isNew && name is not null && await db.Themes.AnyAsync(t => t.Name == name, ct))
        {
            errors.Add("name", l["Validation.NameTaken"]);
        }
        var title = CatalogRules.Clean(input.Title);
        if (title is null)
        {
            errors.Add("title", l["Validation.Required"]);
        }
        var iri = CatalogRules.Clean(input.Iri);
        if (iri is not null && !CatalogRules.IsValidWebUrl(iri))
        {
            errors.Add("url", l["Validation.Url"]);
        }
        errors.ThrowIfAny();
        row.Name = name!;
        row.Title = title!;
        row.TitleEnglish = CatalogRules.Clean(input.TitleEnglish);
        row.Description = CatalogRules.Clean(input.Description);
        row.Iri = iri;
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

using System.Globalization;
using OpenData.Dcat.Model;

namespace OpenData.Web.Catalog;

public enum LineChangeKind
{
    Same,
    Added,
    Removed,
}

public sealed record LineChange(LineChangeKind Kind, string Text);

/// <summary>One field that differs between two revisions; long texts also come as a line diff.</summary>
public sealed record FieldChange(string Field, string? Before, string? After, IReadOnlyList<LineChange>? Lines);

/// <summary>A readable, field-by-field comparison of two dataset snapshots.</summary>
public static class RevisionDiff
{
    public static IReadOnlyList<FieldChange> Compare(Dataset before, Dataset after)
    {
        var changes = new List<FieldChange>();
        foreach (var (field, read) in Fields)
        {
            var a = read(before);
            var b = read(after);
            if (a == b)
            {
                continue;
            }
            var multiline = (a?.Contains('\n') ?? false) || (b?.Contains('\n') ?? false);
            changes.Add(new FieldChange(field, a, b, multiline ? DiffLines(a ?? "", b ?? "") : null));
        }
        var beforeResources = before.Distributions.ToDictionary(d => d.Id);
        var afterResources = after.Distributions.ToDictionary(d => d.Id);
        foreach (var removed in before.Distributions.Where(d => !afterResources.ContainsKey(d.Id)))
        {
            changes.Add(new FieldChange("resource", Describe(removed), null, null));
        }
        foreach (var added in after.Distributions.Where(d => !beforeResources.ContainsKey(d.Id)))
        {
            changes.Add(new FieldChange("resource", null, Describe(added), null));
        }
        foreach (var changed in after.Distributions.Where(d => beforeResources.TryGetValue(d.Id, out var old) && Describe(old) != Describe(d)))
        {
            changes.Add(new FieldChange("resource", Describe(beforeResources[changed.Id]), Describe(changed), null));
        }
        return changes;
    }

    /// <summary>The names of the changed fields, for a revision's one-line summary.</summary>
    public static IReadOnlyList<string> ChangedFields(Dataset before, Dataset after) =>
        Compare(before, after).Select(c => c.Field).Distinct().ToList();

    private static readonly (string Field, Func<Dataset, string?> Read)[] Fields =
    [
        ("title", d => d.Title),
        ("name", d => d.Name),
        ("notes", d => d.Description),
        ("organization", d => d.Organization),
        ("tags", d => Join(d.Keywords)),
        ("groups", d => Join(d.Themes)),
        ("license_id", d => d.LicenseId),
        ("access_level", d => d.AccessLevel.ToCode()),
        ("frequency", d => d.FrequencyCode),
        ("contact", d => d.ContactPoint is null ? null : Join([d.ContactPoint.Name, d.ContactPoint.Email, d.ContactPoint.Phone])),
        ("temporal", d => d.Temporal is null ? null : $"{Date(d.Temporal.Start)} – {Date(d.Temporal.End)}"),
        ("spatial", d => Join(d.Spatial.Select(s => $"{s.Name} ({s.Code})"))),
        ("language", d => Join(d.Languages)),
        ("version", d => d.Version),
        ("identifier", d => d.Identifier),
        ("url", d => d.LandingPage),
        ("author", d => d.Author),
        ("author_email", d => d.AuthorEmail),
        ("private", d => d.IsPrivate ? "true" : "false"),
        ("state", d => d.State.ToString().ToLowerInvariant()),
    ];

    private static string? Join(IEnumerable<string?> values)
    {
        var text = string.Join(", ", values.Where(v => !string.IsNullOrEmpty(v)));
        return text.Length == 0 ? null : text;
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…";

    private static string Describe(Distribution d) =>
        $"{d.Title} [{d.Format}] {(d.IsUpload ? d.FileName + " " + d.FileSha256?[..12] : d.Url)}";

    /// <summary>Line diff by longest common subsequence; descriptions are short enough for the O(n·m) table.</summary>
    public static IReadOnlyList<LineChange> DiffLines(string before, string after)
    {
        var a = before.Replace("\r\n", "\n").Split('\n');
        var b = after.Replace("\r\n", "\n").Split('\n');
        if ((long)a.Length * b.Length > 4_000_000)
        {
            return [.. a.Select(x => new LineChange(LineChangeKind.Removed, x)), .. b.Select(x => new LineChange(LineChangeKind.Added, x))];
        }
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }
        var result = new List<LineChange>();
        int x1 = 0, y1 = 0;
        while (x1 < a.Length && y1 < b.Length)
        {
            if (a[x1] == b[y1])
            {
                result.Add(new LineChange(LineChangeKind.Same, a[x1]));
                x1++;
                y1++;
            }
            else if (lcs[x1 + 1, y1] >= lcs[x1, y1 + 1])
            {
                result.Add(new LineChange(LineChangeKind.Removed, a[x1++]));
            }
            else
            {
                result.Add(new LineChange(LineChangeKind.Added, b[y1++]));
            }
        }
        result.AddRange(a[x1..].Select(x => new LineChange(LineChangeKind.Removed, x)));
        result.AddRange(b[y1..].Select(x => new LineChange(LineChangeKind.Added, x)));
        return result;
    }
}

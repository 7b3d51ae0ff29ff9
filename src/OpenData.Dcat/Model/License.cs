namespace OpenData.Dcat.Model;

/// <summary>A licence as CKAN lists it (license_id, title, url, whether it is open).</summary>
public sealed record License(string Id, string Title, string? Url, bool IsOpen)
{
    /// <summary>The licences offered by default; CKAN's ids so that CKAN clients and harvesters agree.</summary>
    public static IReadOnlyList<License> Defaults { get; } =
    [
        new("cc-by", "Creative Commons Attribution 4.0 (CC BY 4.0)", "https://creativecommons.org/licenses/by/4.0/", true),
        new("cc-by-sa", "Creative Commons Attribution Share-Alike 4.0 (CC BY-SA 4.0)", "https://creativecommons.org/licenses/by-sa/4.0/", true),
        new("cc-zero", "Creative Commons CCZero (CC0 1.0)", "https://creativecommons.org/publicdomain/zero/1.0/", true),
        new("odc-by", "Open Data Commons Attribution License", "https://opendatacommons.org/licenses/by/1-0/", true),
        new("odc-odbl", "Open Data Commons Open Database License (ODbL)", "https://opendatacommons.org/licenses/odbl/1-0/", true),
        new("odc-pddl", "Open Data Commons Public Domain Dedication and License (PDDL)", "https://opendatacommons.org/licenses/pddl/1-0/", true),
        new("other-open", "Other (Open)", null, true),
        new("other-closed", "Other (Not Open)", null, false),
        new("notspecified", "License not specified", null, false),
    ];

    public static License? Find(string? id) => Defaults.FirstOrDefault(l => string.Equals(l.Id, id, StringComparison.OrdinalIgnoreCase));
}

namespace OpenData.Dcat.Model;

/// <summary>How data may leave the agency (Decree 47/2020/NĐ-CP; Decree 278/2025/NĐ-CP for sharing).</summary>
public enum AccessLevel
{
    /// <summary>Dữ liệu mở: anyone, no sign-up, free, open format.</summary>
    Open,

    /// <summary>Chia sẻ dữ liệu mặc định: between state agencies through published sharing services.</summary>
    DefaultSharing,

    /// <summary>Chia sẻ theo yêu cầu đặc thù: an agreement per request.</summary>
    OnRequest,

    /// <summary>Không chia sẻ: restricted (e.g. state secrets, personal data).</summary>
    Restricted,
}

public static class AccessLevels
{
    private static readonly (AccessLevel Level, string Code)[] Codes =
    [
        (AccessLevel.Open, "open"),
        (AccessLevel.DefaultSharing, "default-shared"),
        (AccessLevel.OnRequest, "on-request"),
        (AccessLevel.Restricted, "restricted"),
    ];

    public static IReadOnlyList<AccessLevel> All { get; } = Codes.Select(c => c.Level).ToArray();

    public static string ToCode(this AccessLevel level) => Codes.First(c => c.Level == level).Code;

    public static bool TryParse(string? code, out AccessLevel level)
    {
        foreach (var (candidate, candidateCode) in Codes)
        {
            if (string.Equals(candidateCode, code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                level = candidate;
                return true;
            }
        }
        level = AccessLevel.Open;
        return false;
    }

    /// <summary>The EU access-right vocabulary term DCAT-AP uses for dct:accessRights.</summary>
    public static string EuAccessRightIri(this AccessLevel level) => level switch
    {
        AccessLevel.Open => "http://publications.europa.eu/resource/authority/access-right/PUBLIC",
        AccessLevel.DefaultSharing or AccessLevel.OnRequest => "http://publications.europa.eu/resource/authority/access-right/RESTRICTED",
        _ => "http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC",
    };
}

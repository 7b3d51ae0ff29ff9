using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;
using OpenData.Dcat.Model;

namespace OpenData.Web.Shared;

/// <summary>How dates, sizes and coded values read on the pages, in the request's language.</summary>
public static class Display
{
    /// <summary>
    /// The one time zone of every date and time on the pages (<c>OpenData:TimeZone</c>, default Asia/Ho_Chi_Minh:
    /// UTC+7, no daylight saving), set once when the portal starts; APIs write ISO 8601 with the offset instead.
    /// </summary>
    public static TimeZoneInfo TimeZone { get; private set; } = TimeZoneInfo.FindSystemTimeZoneById(Hosting.PortalOptions.DefaultTimeZone);

    /// <summary>Sets the display time zone from its IANA (or Windows) id; an unknown id is a start-up error that names it.</summary>
    public static void UseTimeZone(string id)
    {
        try
        {
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException e)
        {
            throw new InvalidOperationException($"OpenData:TimeZone: unknown time zone '{id}' (an IANA id such as Asia/Ho_Chi_Minh)", e);
        }
    }

    /// <summary>The moment as a clock in <see cref="TimeZone"/> shows it.</summary>
    public static DateTimeOffset Local(DateTimeOffset value) => TimeZoneInfo.ConvertTime(value, TimeZone);

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Date(DateTimeOffset value) => Local(value).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset value) => Local(value).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? value) => value?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "…";

    public static string IsoDate(DateTimeOffset value) => Local(value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static string Bytes(long? value) => value is { } bytes ? Catalog.ResourceActions.FormatBytes(bytes) : "";

    public static string Frequency(IStringLocalizer l, string? code) => code is null ? "" : l["Frequency." + code];

    public static string Access(IStringLocalizer l, AccessLevel level) => l["Access." + level.ToCode()];

    /// <summary>
    /// A licence's name in the reader's language: proper names (Creative Commons, ODbL) as CKAN lists them, CKAN's
    /// generic entries ("Other (Open)", "License not specified") from the resource files.
    /// </summary>
    public static string License(IStringLocalizer l, string? id)
    {
        if (id is null)
        {
            return "";
        }
        var localized = l["License." + id.ToLowerInvariant()];
        return localized.ResourceNotFound ? Dcat.Model.License.Find(id)?.Title ?? id : localized.Value;
    }

    public static string ThemeTitle(Theme theme) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" && theme.TitleEnglish is { Length: > 0 } english ? english : theme.Title;

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The messages of one field, with an id that the input points to through aria-describedby.</summary>
    public static IHtmlContent FieldErrors(PortalPageModel model, string field)
    {
        var messages = model.ErrorsFor(field);
        if (messages.Length == 0)
        {
            return HtmlString.Empty;
        }
        var encoder = Encoder;
        var html = string.Concat(messages.Select(m => $"<span class=\"field-error\">{encoder.Encode(m)}</span>"));
        return new HtmlString($"<p class=\"field-errors\" id=\"err-{encoder.Encode(field)}\">{html}</p>");
    }

    /// <summary>aria-describedby / aria-invalid for an input whose field has errors, or nothing.</summary>
    public static IHtmlContent Invalid(PortalPageModel model, string field) =>
        model.ErrorsFor(field).Length == 0
            ? HtmlString.Empty
            : new HtmlString($"aria-invalid=\"true\" aria-describedby=\"err-{Encoder.Encode(field)}\"");
}

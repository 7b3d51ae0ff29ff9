using System.Text;

namespace OpenData.Web.DataStore;

/// <summary>
/// TCVN3 (ABC, TCVN 5712:1993 VN3), the 8-bit ".VnTime" font encoding that old Excel and Word files from
/// Vietnamese agencies still carry. ASCII is unchanged; 0xA1–0xFE hold the Vietnamese letters. Upper-case
/// letters with tone marks have no code of their own: the ".VnTimeH" font draws the lower-case codes as
/// capitals, so only Ă Â Ê Ô Ơ Ư Đ (0xA1–0xA7) decode to capitals here. Codes the standard leaves unused
/// keep their Windows-1252 meaning. Decoding only: the portal never writes TCVN3.
/// </summary>
public sealed class Tcvn3Encoding : Encoding
{
    public static Tcvn3Encoding Instance { get; } = new();

    // Verified against "Céng hoµ x· héi chñ nghÜa ViÖt Nam" / "§éc lËp - Tù do - H¹nh phóc".
    private static readonly (byte Code, char Letter)[] Letters =
    [
        (0xA1, 'Ă'), (0xA2, 'Â'), (0xA3, 'Ê'), (0xA4, 'Ô'), (0xA5, 'Ơ'), (0xA6, 'Ư'), (0xA7, 'Đ'),
        (0xA8, 'ă'), (0xA9, 'â'), (0xAA, 'ê'), (0xAB, 'ô'), (0xAC, 'ơ'), (0xAD, 'ư'), (0xAE, 'đ'),
        (0xB5, 'à'), (0xB6, 'ả'), (0xB7, 'ã'), (0xB8, 'á'), (0xB9, 'ạ'),
        (0xBB, 'ằ'), (0xBC, 'ẳ'), (0xBD, 'ẵ'), (0xBE, 'ắ'), (0xC6, 'ặ'),
        (0xC7, 'ầ'), (0xC8, 'ẩ'), (0xC9, 'ẫ'), (0xCA, 'ấ'), (0xCB, 'ậ'),
        (0xCC, 'è'), (0xCE, 'ẻ'), (0xCF, 'ẽ'), (0xD0, 'é'), (0xD1, 'ẹ'),
        (0xD2, 'ề'), (0xD3, 'ể'), (0xD4, 'ễ'), (0xD5, 'ế'), (0xD6, 'ệ'),
        (0xD7, 'ì'), (0xD8, 'ỉ'), (0xDC, 'ĩ'), (0xDD, 'í'), (0xDE, 'ị'),
        (0xDF, 'ò'), (0xE1, 'ỏ'), (0xE2, 'õ'), (0xE3, 'ó'), (0xE4, 'ọ'),
        (0xE5, 'ồ'), (0xE6, 'ổ'), (0xE7, 'ỗ'), (0xE8, 'ố'), (0xE9, 'ộ'),
        (0xEA, 'ờ'), (0xEB, 'ở'), (0xEC, 'ỡ'), (0xED, 'ớ'), (0xEE, 'ợ'),
        (0xEF, 'ù'), (0xF1, 'ủ'), (0xF2, 'ũ'), (0xF3, 'ú'), (0xF4, 'ụ'),
        (0xF5, 'ừ'), (0xF6, 'ử'), (0xF7, 'ữ'), (0xF8, 'ứ'), (0xF9, 'ự'),
        (0xFA, 'ỳ'), (0xFB, 'ỷ'), (0xFC, 'ỹ'), (0xFD, 'ý'), (0xFE, 'ỵ'),
    ];

    private static readonly char[] Table = BuildTable();

    private Tcvn3Encoding()
    {
    }

    public override string WebName => "x-tcvn3";

    public override string EncodingName => "TCVN3 (ABC)";

    /// <summary>The character a byte stands for.</summary>
    public static char Decode(byte b) => Table[b];

    private static char[] BuildTable()
    {
        var table = new char[256];
        var fallback = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var all = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        var chars = new char[256];
        for (var i = 0; i < 256; i++)
        {
            // 1252 leaves five codes undefined; they become the C1 control of the same number (as Latin-1 would).
            var decoded = fallback.GetString(all, i, 1);
            chars[i] = decoded.Length == 1 && decoded[0] != '?' || i == '?' ? decoded[0] : (char)i;
        }
        Array.Copy(chars, table, 256);
        foreach (var (code, letter) in Letters)
        {
            table[code] = letter;
        }
        return table;
    }

    public override int GetByteCount(char[] chars, int index, int count) => count;

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
    {
        for (var i = 0; i < charCount; i++)
        {
            var c = chars[charIndex + i];
            var code = Array.IndexOf(Table, c);
            bytes[byteIndex + i] = code >= 0 ? (byte)code : (byte)'?';
        }
        return charCount;
    }

    public override int GetCharCount(byte[] bytes, int index, int count) => count;

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
    {
        for (var i = 0; i < byteCount; i++)
        {
            chars[charIndex + i] = Table[bytes[byteIndex + i]];
        }
        return byteCount;
    }

    public override int GetMaxByteCount(int charCount) => charCount;

    public override int GetMaxCharCount(int byteCount) => byteCount;
}

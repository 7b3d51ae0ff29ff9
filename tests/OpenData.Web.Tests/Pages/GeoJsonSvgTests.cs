using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using OpenData.Web.Datasets.Previews;

namespace OpenData.Web.Tests.Pages;

public sealed class GeoJsonSvgTests
{
    private static Task<GeoJsonPicture?> Draw(string json) =>
        GeoJsonSvg.DrawAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), "Bản đồ <thử>", TestContext.Current.CancellationToken);

    [Fact]
    public async Task Points_lines_and_polygons_are_drawn_inside_the_picture()
    {
        var picture = await Draw("""
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[108.79,15.12]}},
              {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[108.70,15.00],[108.90,15.20]]}},
              {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[108.6,14.9],[109.0,14.9],[109.0,15.3],[108.6,14.9]]]}}
            ]}
            """);

        Assert.NotNull(picture);
        Assert.Equal(3, picture.FeatureCount);
        Assert.Contains("<circle", picture.Svg);
        Assert.Contains("<polyline", picture.Svg);
        Assert.Contains("<path", picture.Svg);
        Assert.Contains("aria-label=\"Bản đồ &lt;thử&gt;\"", picture.Svg);
        var numbers = Regex.Matches(picture.Svg, @"(?<=[ ""ML,])-?\d+(\.\d+)?(?=[ ,""Z])").Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture));
        Assert.All(numbers, n => Assert.InRange(n, 0, 600));
    }

    [Theory]
    [InlineData("không phải JSON")]
    [InlineData("""{"type":"FeatureCollection","features":[]}""")]
    public async Task Files_without_drawable_features_get_no_picture(string json) => Assert.Null(await Draw(json));

    [Fact]
    public async Task A_file_over_the_preview_size_gets_no_picture()
    {
        var point = """{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[108.79,15.12]}}""";
        var json = """{"type":"FeatureCollection","features":[""" + string.Join(",", Enumerable.Repeat(point, (int)(GeoJsonSvg.MaxBytes / point.Length) + 1)) + "]}";

        Assert.Null(await Draw(json));
    }
}

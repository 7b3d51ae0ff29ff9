using OpenData.Web.Api.Examples;

namespace OpenData.Web.Tests.Api.Examples;

public sealed class ApiCallTests
{
    [Theory]
    [InlineData("dân số", "'dân số'")]
    [InlineData("O'Brien", "'O'\\''Brien'")]
    [InlineData("$HOME `x`", "'$HOME `x`'")]
    public void Shell_words_keep_the_value_as_written(string value, string expected)
    {
        Assert.Equal(expected, ApiCall.Shell(value));
        Assert.Equal([value], ShellWords.Split(ApiCall.Shell(value)));
    }

    [Theory]
    [InlineData("Quảng Ngãi", "\"Quảng Ngãi\"")]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("dòng 1\ndòng 2", "\"dòng 1\\ndòng 2\"")]
    public void Python_and_JavaScript_strings_are_JSON_literals_with_Vietnamese_letters_as_they_are(string value, string expected)
    {
        Assert.Equal(expected, ApiCall.Str(value));
    }

    [Fact]
    public void Curl_puts_plain_values_in_the_address_and_Vietnamese_and_JSON_through_data_urlencode()
    {
        var curl = ApiExamples.PackageSearch("dân số").Curl("https://data.example.vn");

        Assert.Equal(
            ["curl", "-G", "https://data.example.vn/api/3/action/package_search?rows=5", "--data-urlencode", "q=dân số"],
            ShellWords.Split(curl));
    }

    [Fact]
    public void The_displayed_address_is_readable_and_the_link_is_encoded()
    {
        var call = ApiExamples.PackageSearch("dân số");

        Assert.Equal("https://data.example.vn/api/3/action/package_search?q=dân số&rows=5", call.DisplayUrl("https://data.example.vn/"));
        Assert.Equal("https://data.example.vn/api/3/action/package_search?q=d%C3%A2n%20s%E1%BB%91&rows=5", call.Url("https://data.example.vn/"));
    }
}

using System.Text;
using OpenData.Dcat.Rdf;

namespace OpenData.Web.Api.Dcat;

/// <summary>
/// Streams an RDF document. The RDF writers are synchronous <see cref="TextWriter"/> writers and Kestrel forbids
/// synchronous body writes, so they write into a buffer that the body drains asynchronously whenever the producer
/// calls flush (and at the end): memory stays at one chunk.
/// </summary>
public sealed class RdfStreamResult(RdfFormat format, Func<TextWriter, Func<Task>, Task> produce) : IResult
{
    public async Task ExecuteAsync(HttpContext http)
    {
        var info = RdfFormats.Info(format);
        http.Response.ContentType = info.MediaType + "; charset=utf-8";
        if (http.IsHead())
        {
            return;
        }
        var buffer = new StringWriter(new StringBuilder(64 * 1024), System.Globalization.CultureInfo.InvariantCulture);
        var ct = http.RequestAborted;
        async Task Flush()
        {
            var text = buffer.GetStringBuilder();
            if (text.Length == 0)
            {
                return;
            }
            foreach (var chunk in text.GetChunks())
            {
                await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(chunk.ToArray()), ct);
            }
            text.Clear();
        }
        await produce(buffer, Flush);
        await Flush();
    }
}

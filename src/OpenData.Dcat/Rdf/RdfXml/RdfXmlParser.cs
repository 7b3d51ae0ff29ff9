namespace OpenData.Dcat.Rdf;

public sealed class RdfXmlParser : IRdfReader
{
    public void Read(TextReader input, string? baseIri, IRdfHandler handler) => throw new NotImplementedException();
}

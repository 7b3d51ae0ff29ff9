namespace OpenData.Dcat.Rdf;

/// <summary>The sink every reader emits to, so large inputs stream instead of being buffered.</summary>
public interface IRdfHandler
{
    void HandleTriple(Triple triple);

    /// <summary>A namespace prefix declared by the document (optional to handle).</summary>
    void HandlePrefix(string prefix, string namespaceIri)
    {
    }
}

/// <summary>Adapts a delegate to <see cref="IRdfHandler"/>.</summary>
public sealed class ActionHandler(Action<Triple> onTriple) : IRdfHandler
{
    public void HandleTriple(Triple triple) => onTriple(triple);
}

/// <summary>A parser of one concrete syntax.</summary>
public interface IRdfReader
{
    /// <param name="input">The document text.</param>
    /// <param name="baseIri">The retrieval IRI of the document, used to resolve relative IRIs; may be null.</param>
    /// <param name="handler">Receives triples as they are parsed.</param>
    void Read(TextReader input, string? baseIri, IRdfHandler handler);
}

/// <summary>
/// A writer of one concrete syntax. Triples arrive grouped by subject so a caller can write a
/// huge catalogue page by page with flat memory.
/// </summary>
public interface IRdfWriter
{
    void BeginDocument(IReadOnlyDictionary<string, string> prefixes);

    /// <summary>
    /// Writes one subject group: the triples of the group's subject (the first triple's subject), optionally followed
    /// by the triples of blank nodes referenced only from inside this group, which writers may nest
    /// (Turtle <c>[ ]</c> and <c>( )</c>). See <see cref="SubjectGroups"/>.
    /// </summary>
    void WriteSubjectGroup(IReadOnlyList<Triple> triples);

    void EndDocument();
}

/// <summary>A syntax error, with the 1-based line and column where it was found.</summary>
public sealed class RdfSyntaxException : Exception
{
    public RdfSyntaxException(string message, int line, int column, Exception? inner = null)
        : base(line > 0 ? $"{message} (line {line}, column {column})" : message, inner)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }
}

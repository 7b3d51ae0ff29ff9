using System.Text;

namespace OpenData.Dcat.Rdf;

/// <summary>An RDF term: an <see cref="Iri"/>, a <see cref="BlankNode"/> or a <see cref="Literal"/>.</summary>
public abstract record Term
{
    /// <summary>The term in N-Triples syntax (canonical escapes).</summary>
    public abstract string ToNTriples();

    public sealed override string ToString() => ToNTriples();
}

/// <summary>An absolute IRI (RDF 1.1 Concepts §3.2). Equality is simple string comparison.</summary>
public sealed record Iri(string Value) : Term
{
    public override string ToNTriples() => NTriplesEscaping.Iri(Value);

    public static implicit operator string(Iri iri) => iri.Value;
}

/// <summary>A blank node, identified by a label that is local to one graph or document.</summary>
public sealed record BlankNode(string Label) : Term
{
    private static long counter;

    /// <summary>A blank node whose label is unique within this process.</summary>
    public static BlankNode Mint() => new("b" + Interlocked.Increment(ref counter).ToString(System.Globalization.CultureInfo.InvariantCulture));

    public override string ToNTriples() => "_:" + Label;
}

/// <summary>
/// A literal: lexical form plus datatype IRI, or a language-tagged string (datatype rdf:langString).
/// RDF 1.1 Concepts §3.3: language tags compare case-insensitively, so equality lower-cases them.
/// </summary>
public sealed record Literal : Term
{
    public Literal(string lexicalForm, Iri? datatype = null, string? language = null)
    {
        LexicalForm = lexicalForm;
        if (!string.IsNullOrEmpty(language))
        {
            Language = language;
            Datatype = Vocabulary.Rdf.LangString;
        }
        else
        {
            Datatype = datatype ?? Vocabulary.Xsd.String;
        }
    }

    public string LexicalForm { get; }

    public Iri Datatype { get; }

    /// <summary>The language tag as written, or null.</summary>
    public string? Language { get; }

    public static Literal Plain(string value) => new(value);

    public static Literal Lang(string value, string language) => new(value, null, language);

    public static Literal Typed(string value, Iri datatype) => new(value, datatype);

    public bool Equals(Literal? other) =>
        other is not null
        && string.Equals(LexicalForm, other.LexicalForm, StringComparison.Ordinal)
        && Datatype.Equals(other.Datatype)
        && string.Equals(Language, other.Language, StringComparison.OrdinalIgnoreCase);

    public override int GetHashCode() =>
        HashCode.Combine(LexicalForm, Datatype, Language?.ToLowerInvariant());

    public override string ToNTriples()
    {
        var text = NTriplesEscaping.String(LexicalForm);
        if (Language is not null)
        {
            return text + "@" + Language;
        }
        return Datatype.Equals(Vocabulary.Xsd.String) ? text : text + "^^" + Datatype.ToNTriples();
    }
}

/// <summary>An RDF triple. Subjects are IRIs or blank nodes.</summary>
public sealed record Triple
{
    public Triple(Term subject, Iri predicate, Term obj)
    {
        if (subject is Literal)
        {
            throw new ArgumentException("A literal cannot be the subject of a triple.", nameof(subject));
        }
        Subject = subject;
        Predicate = predicate;
        Object = obj;
    }

    public Term Subject { get; }

    public Iri Predicate { get; }

    public Term Object { get; }

    public void Deconstruct(out Term subject, out Iri predicate, out Term obj)
    {
        subject = Subject;
        predicate = Predicate;
        obj = Object;
    }

    public override string ToString() => $"{Subject.ToNTriples()} {Predicate.ToNTriples()} {Object.ToNTriples()} .";
}

/// <summary>
/// Canonical N-Triples escaping as in RDF 1.2 N-Triples §4 (canonical form): <c>\" \\ \n \r</c> and <c>\b \t \f</c> as ECHAR, other
/// control characters (U+0000–U+001F, U+007F) as <c>\uXXXX</c> with upper-case hex, everything else as itself. RDF 1.1's
/// rule would leave those control characters raw, which many tools mangle.
/// </summary>
public static class NTriplesEscaping
{
    public static string String(string value) => AppendString(new StringBuilder(value.Length + 2), value).ToString();

    public static string Iri(string value) => AppendIri(new StringBuilder(value.Length + 2), value).ToString();

    /// <summary>Appends the quoted, escaped string; writers use this so a term costs no intermediate string.</summary>
    public static StringBuilder AppendString(StringBuilder sb, string value)
    {
        sb.Append('"');
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F)
            {
                continue;
            }
            // Copy the run of characters that need no escape in one call: most literals have none to escape.
            sb.Append(value, start, i - start);
            start = i + 1;
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default: sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)); break;
            }
        }
        sb.Append(value, start, value.Length - start);
        return sb.Append('"');
    }

    /// <summary>Appends the IRI as <c>&lt;…&gt;</c> with UCHAR escapes for characters IRIREF forbids.</summary>
    public static StringBuilder AppendIri(StringBuilder sb, string value)
    {
        sb.Append('<');
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c > 0x20 && c is not ('<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\'))
            {
                continue;
            }
            sb.Append(value, start, i - start);
            start = i + 1;
            sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }
        sb.Append(value, start, value.Length - start);
        return sb.Append('>');
    }
}

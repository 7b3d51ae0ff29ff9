using System.Globalization;
using System.Text.RegularExpressions;
using OpenData.Dcat.Rdf;

namespace OpenData.Dcat.Shacl;

public enum ShaclSeverity
{
    Info,
    Warning,
    Violation,
}

/// <summary>One sh:ValidationResult (SHACL §3.6.2).</summary>
/// <param name="FocusNode">sh:focusNode.</param>
/// <param name="Path">sh:resultPath in SPARQL-like syntax (<c>&lt;iri&gt;</c>, <c>^&lt;iri&gt;</c>, <c>a/b</c>, <c>a|b</c>), or null for node shapes.</param>
/// <param name="PathIri">The path's IRI when it is a simple predicate path.</param>
/// <param name="Value">sh:value, when the result is about one value node.</param>
/// <param name="Constraint">sh:sourceConstraintComponent (e.g. sh:MinCountConstraintComponent).</param>
/// <param name="Shape">sh:sourceShape.</param>
/// <param name="ShapeName">sh:name of the source shape (DCAT-AP names each property, e.g. "title").</param>
public sealed record ShaclResult(
    Term FocusNode,
    string? Path,
    Iri? PathIri,
    Term? Value,
    Iri Constraint,
    Term Shape,
    string? ShapeName,
    ShaclSeverity Severity,
    string Message);

/// <summary>sh:ValidationReport: conforms when there is no result at all (SHACL §3.6.1).</summary>
public sealed record ShaclReport(IReadOnlyList<ShaclResult> Results)
{
    public bool Conforms => Results.Count == 0;

    public int Violations => Results.Count(r => r.Severity == ShaclSeverity.Violation);
}

/// <summary>
/// SHACL Core (W3C Recommendation 2017) over our <see cref="Graph"/>: targets (class, implicit class, node,
/// subjectsOf, objectsOf), property paths (predicate, inverse, sequence, alternative, zero-or-more, one-or-more,
/// zero-or-one), and the core constraint components except sh:equals/disjoint/lessThan/lessThanOrEquals and
/// sh:qualifiedValueShape, which no DCAT-AP shapes file uses. Shapes are parsed once; validate many data graphs.
/// </summary>
public sealed class ShaclValidator
{
    private static readonly string Sh = Vocabulary.Sh.Namespace;
    private static readonly Iri RdfType = Vocabulary.Rdf.Type;
    private static readonly Iri SubClassOf = new(Vocabulary.Rdfs.Namespace + "subClassOf");

    private readonly Graph shapes;
    private readonly Dictionary<Term, Shape> parsed = [];
    private readonly Dictionary<(string Pattern, string Flags), PatternCheck> patterns = [];
    private readonly List<Shape> targeted = [];

    public ShaclValidator(Graph shapesGraph)
    {
        shapes = shapesGraph;
        var candidates = new HashSet<Term>();
        foreach (var kind in new[] { "NodeShape", "PropertyShape" })
        {
            foreach (var s in shapes.SubjectsOf(RdfType, new Iri(Sh + kind)))
            {
                candidates.Add(s);
            }
        }
        foreach (var target in new[] { "targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf" })
        {
            foreach (var t in shapes.Match(null, new Iri(Sh + target)))
            {
                candidates.Add(t.Subject);
            }
        }
        foreach (var candidate in candidates)
        {
            var shape = ShapeOf(candidate);
            if (shape.HasTargets)
            {
                targeted.Add(shape);
            }
        }
    }

    /// <summary>
    /// How long one sh:pattern may run on one value, for the patterns the non-backtracking engine cannot take
    /// (back-references, look-arounds). Past it the value is reported as not checked.
    /// </summary>
    public TimeSpan PatternTimeout { get; init; } = TimeSpan.FromSeconds(1);

    public static ShaclValidator FromTurtle(TextReader shapesTurtle, string? baseIri = null) =>
        new(RdfFormats.Parse(shapesTurtle, RdfFormat.Turtle, baseIri));

    public ShaclReport Validate(Graph data, CancellationToken ct = default)
    {
        var results = new List<ShaclResult>();
        var context = new Context(data);
        foreach (var shape in targeted)
        {
            ct.ThrowIfCancellationRequested();
            if (shape.Deactivated)
            {
                continue;
            }
            foreach (var focus in shape.FocusNodes(context))
            {
                shape.Validate(context, focus, results);
            }
        }
        return new ShaclReport(results);
    }

    private Shape ShapeOf(Term id)
    {
        if (!parsed.TryGetValue(id, out var shape))
        {
            shape = new Shape(this, id);
            parsed[id] = shape;
            shape.Load();
        }
        return shape;
    }

    /// <summary>A compiled sh:pattern (or why it does not compile), once per pattern and flags.</summary>
    private sealed record PatternCheck(Regex? Regex, string? Error);

    /// <summary>
    /// sh:pattern with sh:flags (SHACL §4.4.1, XPath fn:matches flags i, m, s, x). The non-backtracking engine runs
    /// in time linear in the value, so a pattern like "^(a+)+$" cannot stall a validation; patterns it does not take
    /// (back-references, look-arounds) run on the backtracking engine with <see cref="PatternTimeout"/>.
    /// </summary>
    private PatternCheck PatternOf(string pattern, string flags)
    {
        if (patterns.TryGetValue((pattern, flags), out var check))
        {
            return check;
        }
        var options = (flags.Contains('i') ? RegexOptions.IgnoreCase : 0) | (flags.Contains('m') ? RegexOptions.Multiline : 0)
            | (flags.Contains('s') ? RegexOptions.Singleline : 0) | (flags.Contains('x') ? RegexOptions.IgnorePatternWhitespace : 0);
        try
        {
            try
            {
                check = new PatternCheck(new Regex(pattern, options | RegexOptions.NonBacktracking), null);
            }
            catch (NotSupportedException)
            {
                check = new PatternCheck(new Regex(pattern, options, PatternTimeout), null);
            }
        }
        catch (ArgumentException e)
        {
            check = new PatternCheck(null, e.Message);
        }
        patterns[(pattern, flags)] = check;
        return check;
    }

    private Term? One(Term subject, string property) => shapes.FirstObject(subject, new Iri(Sh + property));

    private IEnumerable<Term> All(Term subject, string property) => shapes.ObjectsOf(subject, new Iri(Sh + property));

    private List<Term> List(Term? head)
    {
        var items = new List<Term>();
        var seen = new HashSet<Term>();
        while (head is not null && !head.Equals(Vocabulary.Rdf.Nil) && seen.Add(head))
        {
            if (shapes.FirstObject(head, Vocabulary.Rdf.First) is { } first)
            {
                items.Add(first);
            }
            head = shapes.FirstObject(head, Vocabulary.Rdf.Rest);
        }
        return items;
    }

    /// <summary>The data graph plus caches for class membership.</summary>
    private sealed class Context(Graph data)
    {
        private readonly Dictionary<Iri, HashSet<Term>> subclasses = [];

        public Graph Data { get; } = data;

        /// <summary>SHACL §2.1.3.1 SHACL instance: rdf:type/rdfs:subClassOf* in the data graph.</summary>
        public bool IsInstance(Term node, Iri @class)
        {
            var classes = SubclassesOf(@class);
            return Data.ObjectsOf(node, RdfType).Any(classes.Contains);
        }

        public IEnumerable<Term> InstancesOf(Iri @class) =>
            SubclassesOf(@class).SelectMany(c => Data.SubjectsOf(RdfType, c)).Distinct();

        private HashSet<Term> SubclassesOf(Iri @class)
        {
            if (!subclasses.TryGetValue(@class, out var set))
            {
                set = [@class];
                var queue = new Queue<Term>([@class]);
                while (queue.Count > 0)
                {
                    foreach (var sub in Data.SubjectsOf(SubClassOf, queue.Dequeue()))
                    {
                        if (set.Add(sub))
                        {
                            queue.Enqueue(sub);
                        }
                    }
                }
                subclasses[@class] = set;
            }
            return set;
        }
    }

    private sealed class Shape(ShaclValidator v, Term id)
    {
        private readonly List<Iri> targetClasses = [];
        private readonly List<Term> targetNodes = [];
        private readonly List<Iri> targetSubjectsOf = [];
        private readonly List<Iri> targetObjectsOf = [];
        private readonly List<Shape> properties = [];
        private PathExpression? path;
        private string? message;
        private string? name;

        public bool Deactivated { get; private set; }

        public ShaclSeverity Severity { get; private set; } = ShaclSeverity.Violation;

        public bool HasTargets => targetClasses.Count + targetNodes.Count + targetSubjectsOf.Count + targetObjectsOf.Count > 0;

        public void Load()
        {
            var shapes = v.shapes;
            targetClasses.AddRange(v.All(id, "targetClass").OfType<Iri>());
            // SHACL §2.1.3.3 implicit class targets: a shape that is also an rdfs:Class targets its instances.
            if (id is Iri self && shapes.Contains(new Triple(self, RdfType, Vocabulary.Rdfs.Class)))
            {
                targetClasses.Add(self);
            }
            targetNodes.AddRange(v.All(id, "targetNode"));
            targetSubjectsOf.AddRange(v.All(id, "targetSubjectsOf").OfType<Iri>());
            targetObjectsOf.AddRange(v.All(id, "targetObjectsOf").OfType<Iri>());
            Deactivated = v.One(id, "deactivated") is Literal { LexicalForm: "true" or "1" };
            Severity = v.One(id, "severity") switch
            {
                Iri i when i.Value == Sh + "Warning" => ShaclSeverity.Warning,
                Iri i when i.Value == Sh + "Info" => ShaclSeverity.Info,
                _ => ShaclSeverity.Violation,
            };
            var messages = v.All(id, "message").OfType<Literal>().ToList();
            message = (messages.FirstOrDefault(m => m.Language is null || m.Language.StartsWith("vi", StringComparison.OrdinalIgnoreCase))
                ?? messages.FirstOrDefault(m => m.Language?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true)
                ?? messages.FirstOrDefault())?.LexicalForm;
            var names = v.All(id, "name").OfType<Literal>().ToList();
            name = (names.FirstOrDefault(n => n.Language?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true) ?? names.FirstOrDefault())?.LexicalForm;
            if (v.One(id, "path") is { } p)
            {
                path = PathExpression.Parse(v, p);
            }
            foreach (var property in v.All(id, "property"))
            {
                properties.Add(v.ShapeOf(property));
            }
        }

        public IEnumerable<Term> FocusNodes(Context context)
        {
            var seen = new HashSet<Term>();
            foreach (var c in targetClasses)
            {
                foreach (var n in context.InstancesOf(c))
                {
                    if (seen.Add(n))
                    {
                        yield return n;
                    }
                }
            }
            foreach (var n in targetNodes.Where(seen.Add))
            {
                yield return n;
            }
            foreach (var p in targetSubjectsOf)
            {
                foreach (var t in context.Data.Match(null, p).ToList())
                {
                    if (seen.Add(t.Subject))
                    {
                        yield return t.Subject;
                    }
                }
            }
            foreach (var p in targetObjectsOf)
            {
                foreach (var t in context.Data.Match(null, p).ToList())
                {
                    if (seen.Add(t.Object))
                    {
                        yield return t.Object;
                    }
                }
            }
        }

        /// <summary>True when the node conforms (no results), as sh:node, sh:or etc. need it.</summary>
        public bool Conforms(Context context, Term focus)
        {
            var results = new List<ShaclResult>();
            Validate(context, focus, results);
            return results.Count == 0;
        }

        public void Validate(Context context, Term focus, List<ShaclResult> results)
        {
            if (Deactivated)
            {
                return;
            }
            var values = path is null ? [focus] : path.Evaluate(context.Data, focus).Distinct().ToList();
            var data = context.Data;

            // ownMessage: a result about the check itself (a pattern that could not run), not what the shape's sh:message says.
            void Report(string component, Term? value, string defaultMessage, bool ownMessage = false) =>
                results.Add(new ShaclResult(focus, path?.ToString(), path?.Predicate, value, new Iri(Sh + component), id, name, Severity,
                    ownMessage ? defaultMessage : message ?? defaultMessage));

            foreach (var t in v.shapes.Match(id))
            {
                var parameter = t.Predicate.Value;
                if (!parameter.StartsWith(Sh, StringComparison.Ordinal))
                {
                    continue;
                }
                var o = t.Object;
                switch (parameter[Sh.Length..])
                {
                    case "minCount" when Integer(o) is { } min && values.Count < min:
                        Report("MinCountConstraintComponent", null, $"Less than {min} values on {Describe(focus)}->{path}");
                        break;
                    case "maxCount" when Integer(o) is { } max && values.Count > max:
                        Report("MaxCountConstraintComponent", null, $"More than {max} values on {Describe(focus)}->{path}");
                        break;
                    case "class" when o is Iri @class:
                        foreach (var value in values)
                        {
                            // DCAT-AP's sh:class rdfs:Resource holds for every IRI and blank node under RDFS semantics
                            // (fixtures/dcat-ap/README.md), without asking the data to say so.
                            var ok = value is not Literal && (@class.Equals(Vocabulary.Rdfs.Resource) || context.IsInstance(value, @class));
                            if (!ok)
                            {
                                Report("ClassConstraintComponent", value, $"Value does not have class {@class.ToNTriples()}");
                            }
                        }
                        break;
                    case "datatype" when o is Iri datatype:
                        foreach (var value in values)
                        {
                            if (value is not Literal literal || !literal.Datatype.Equals(datatype) || !XsdLexical.IsValid(literal))
                            {
                                Report("DatatypeConstraintComponent", value, $"Value does not have datatype {datatype.ToNTriples()}");
                            }
                        }
                        break;
                    case "nodeKind" when o is Iri kind:
                        foreach (var value in values)
                        {
                            var ok = kind.Value[Sh.Length..] switch
                            {
                                "IRI" => value is Iri,
                                "BlankNode" => value is BlankNode,
                                "Literal" => value is Literal,
                                "BlankNodeOrIRI" => value is not Literal,
                                "BlankNodeOrLiteral" => value is not Iri,
                                "IRIOrLiteral" => value is not BlankNode,
                                _ => true,
                            };
                            if (!ok)
                            {
                                Report("NodeKindConstraintComponent", value, $"Value does not have node kind {kind.ToNTriples()}");
                            }
                        }
                        break;
                    case "minLength" or "maxLength" when Integer(o) is { } limit:
                        var isMin = parameter.EndsWith("minLength", StringComparison.Ordinal);
                        foreach (var value in values)
                        {
                            var text = value switch { Literal l => l.LexicalForm, Iri i => i.Value, _ => null };
                            var length = text is null ? -1 : new StringInfo(text).LengthInTextElements;
                            if (text is null || (isMin ? length < limit : length > limit))
                            {
                                Report(isMin ? "MinLengthConstraintComponent" : "MaxLengthConstraintComponent", value,
                                    $"Value has {(isMin ? "less" : "more")} than {limit} characters");
                            }
                        }
                        break;
                    case "pattern" when o is Literal pattern:
                        var check = v.PatternOf(pattern.LexicalForm, v.One(id, "flags") is Literal f ? f.LexicalForm : "");
                        if (check.Regex is not { } regex)
                        {
                            // The shapes graph's fault, but a report says more than a crash of the whole validation.
                            Report("PatternConstraintComponent", null, $"Pattern \"{pattern.LexicalForm}\" is not a valid regular expression: {check.Error}", ownMessage: true);
                            break;
                        }
                        foreach (var value in values)
                        {
                            var text = value switch { Literal l => l.LexicalForm, Iri i => i.Value, _ => null };
                            bool matches;
                            try
                            {
                                matches = text is not null && regex.IsMatch(text);
                            }
                            catch (RegexMatchTimeoutException)
                            {
                                Report("PatternConstraintComponent", value,
                                    $"Value could not be checked against pattern \"{pattern.LexicalForm}\" within {v.PatternTimeout.TotalSeconds:0.###} s", ownMessage: true);
                                continue;
                            }
                            if (!matches)
                            {
                                Report("PatternConstraintComponent", value, $"Value does not match pattern \"{pattern.LexicalForm}\"");
                            }
                        }
                        break;
                    case "languageIn":
                        var languages = v.List(o).OfType<Literal>().Select(l => l.LexicalForm).ToList();
                        foreach (var value in values)
                        {
                            if (value is not Literal { Language: { } tag } || !languages.Any(range => LanguageMatches(tag, range)))
                            {
                                Report("LanguageInConstraintComponent", value, $"Language does not match any of {string.Join(", ", languages)}");
                            }
                        }
                        break;
                    case "uniqueLang" when o is Literal { LexicalForm: "true" or "1" }:
                        foreach (var duplicate in values.OfType<Literal>().Where(l => l.Language is not null)
                                     .GroupBy(l => l.Language!.ToLowerInvariant()).Where(g => g.Count() > 1)) // Where above keeps tagged literals only
                        {
                            Report("UniqueLangConstraintComponent", null, $"Language \"{duplicate.Key}\" used more than once");
                        }
                        break;
                    case "in":
                        var allowed = v.List(o).ToHashSet();
                        foreach (var value in values.Where(x => !allowed.Contains(x)))
                        {
                            Report("InConstraintComponent", value, "Value is not in the allowed list");
                        }
                        break;
                    case "hasValue" when !values.Contains(o):
                        Report("HasValueConstraintComponent", null, $"Missing expected value {o.ToNTriples()}");
                        break;
                    case "minInclusive" or "maxInclusive" or "minExclusive" or "maxExclusive" when o is Literal bound:
                        var which = parameter[Sh.Length..];
                        foreach (var value in values)
                        {
                            var cmp = Compare(value, bound);
                            var ok = cmp is { } c && which switch
                            {
                                "minInclusive" => c >= 0,
                                "maxInclusive" => c <= 0,
                                "minExclusive" => c > 0,
                                _ => c < 0,
                            };
                            if (!ok)
                            {
                                Report(char.ToUpperInvariant(which[0]) + which[1..] + "ConstraintComponent", value, $"Value is not {which} {bound.LexicalForm}");
                            }
                        }
                        break;
                    case "node":
                        var nodeShape = v.ShapeOf(o);
                        foreach (var value in values.Where(x => !nodeShape.Conforms(context, x)))
                        {
                            Report("NodeConstraintComponent", value, $"Value does not conform to shape {o.ToNTriples()}");
                        }
                        break;
                    case "property" when path is null:
                        v.ShapeOf(o).Validate(context, focus, results);
                        break;
                    case "property":
                        foreach (var value in values)
                        {
                            v.ShapeOf(o).Validate(context, value, results);
                        }
                        break;
                    case "not":
                        var negated = v.ShapeOf(o);
                        foreach (var value in values.Where(x => negated.Conforms(context, x)))
                        {
                            Report("NotConstraintComponent", value, $"Value conforms to shape {o.ToNTriples()}, which it must not");
                        }
                        break;
                    case "and" or "or" or "xone":
                        var members = v.List(o).Select(v.ShapeOf).ToList();
                        var logical = parameter[Sh.Length..];
                        foreach (var value in values)
                        {
                            var passed = members.Count(m => m.Conforms(context, value));
                            var ok = logical switch
                            {
                                "and" => passed == members.Count,
                                "or" => passed > 0,
                                _ => passed == 1,
                            };
                            if (!ok)
                            {
                                Report(char.ToUpperInvariant(logical[0]) + logical[1..] + "ConstraintComponent", value,
                                    $"Value does not conform to sh:{logical} of {members.Count} shapes");
                            }
                        }
                        break;
                    case "closed" when o is Literal { LexicalForm: "true" or "1" }:
                        var permitted = properties.Select(p => p.path?.Predicate).OfType<Iri>()
                            .Concat(v.List(v.One(id, "ignoredProperties")).OfType<Iri>()).ToHashSet();
                        foreach (var value in values)
                        {
                            foreach (var triple in data.Match(value).Where(x => !permitted.Contains(x.Predicate)).ToList())
                            {
                                results.Add(new ShaclResult(value, triple.Predicate.ToNTriples(), triple.Predicate, triple.Object,
                                    new Iri(Sh + "ClosedConstraintComponent"), id, name, Severity, message ?? "Predicate is not allowed (closed shape)"));
                            }
                        }
                        break;
                }
            }
        }

        private static string Describe(Term node) => node.ToNTriples();

        private static int? Integer(Term term) =>
            term is Literal l && int.TryParse(l.LexicalForm, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

        private static bool LanguageMatches(string tag, string range) =>
            range == "*" || string.Equals(tag, range, StringComparison.OrdinalIgnoreCase)
            || tag.StartsWith(range + "-", StringComparison.OrdinalIgnoreCase);

        private static int? Compare(Term value, Literal bound)
        {
            if (value is not Literal literal)
            {
                return null;
            }
            if (decimal.TryParse(literal.LexicalForm, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
                && decimal.TryParse(bound.LexicalForm, NumberStyles.Float, CultureInfo.InvariantCulture, out var b))
            {
                return a.CompareTo(b);
            }
            if (DateTimeOffset.TryParse(literal.LexicalForm, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var x)
                && DateTimeOffset.TryParse(bound.LexicalForm, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var y))
            {
                return x.CompareTo(y);
            }
            return null;
        }
    }

    /// <summary>SHACL §2.3.1 property paths.</summary>
    private abstract record PathExpression
    {
        public virtual Iri? Predicate => null;

        public abstract IEnumerable<Term> Evaluate(Graph data, Term focus);

        public static PathExpression Parse(ShaclValidator v, Term node)
        {
            if (node is Iri iri)
            {
                return new PredicatePath(iri);
            }
            if (v.shapes.FirstObject(node, Vocabulary.Rdf.First) is not null)
            {
                return new SequencePath(v.List(node).Select(n => Parse(v, n)).ToList());
            }
            if (v.One(node, "inversePath") is { } inverse)
            {
                return new InversePath(Parse(v, inverse));
            }
            if (v.One(node, "alternativePath") is { } alternatives)
            {
                return new AlternativePath(v.List(alternatives).Select(n => Parse(v, n)).ToList());
            }
            if (v.One(node, "zeroOrMorePath") is { } zeroOrMore)
            {
                return new RepeatPath(Parse(v, zeroOrMore), true, true);
            }
            if (v.One(node, "oneOrMorePath") is { } oneOrMore)
            {
                return new RepeatPath(Parse(v, oneOrMore), false, true);
            }
            if (v.One(node, "zeroOrOnePath") is { } zeroOrOne)
            {
                return new RepeatPath(Parse(v, zeroOrOne), true, false);
            }
            throw new InvalidDataException($"Unsupported SHACL path {node.ToNTriples()}");
        }
    }

    private sealed record PredicatePath(Iri Iri) : PathExpression
    {
        public override Iri? Predicate => Iri;

        public override IEnumerable<Term> Evaluate(Graph data, Term focus) => data.ObjectsOf(focus, Iri);

        public override string ToString() => Iri.ToNTriples();
    }

    private sealed record InversePath(PathExpression Inner) : PathExpression
    {
        public override IEnumerable<Term> Evaluate(Graph data, Term focus) => Inner switch
        {
            PredicatePath p => data.SubjectsOf(p.Iri, focus),
            // Inverse of a complex path: every node whose evaluation reaches the focus.
            _ => data.Triples.Select(t => t.Subject).Distinct().Where(s => Inner.Evaluate(data, s).Contains(focus)).ToList(),
        };

        public override string ToString() => "^" + Inner;
    }

    private sealed record SequencePath(IReadOnlyList<PathExpression> Steps) : PathExpression
    {
        public override IEnumerable<Term> Evaluate(Graph data, Term focus)
        {
            IEnumerable<Term> current = [focus];
            foreach (var step in Steps)
            {
                current = current.SelectMany(n => step.Evaluate(data, n)).Distinct().ToList();
            }
            return current;
        }

        public override string ToString() => "(" + string.Join("/", Steps) + ")";
    }

    private sealed record AlternativePath(IReadOnlyList<PathExpression> Options) : PathExpression
    {
        public override IEnumerable<Term> Evaluate(Graph data, Term focus) => Options.SelectMany(o => o.Evaluate(data, focus)).Distinct();

        public override string ToString() => "(" + string.Join("|", Options) + ")";
    }

    private sealed record RepeatPath(PathExpression Inner, bool IncludeSelf, bool Repeat) : PathExpression
    {
        public override IEnumerable<Term> Evaluate(Graph data, Term focus)
        {
            var reached = new List<Term>();
            var seen = new HashSet<Term>();
            if (IncludeSelf && seen.Add(focus))
            {
                reached.Add(focus);
            }
            var frontier = new List<Term> { focus };
            do
            {
                var next = new List<Term>();
                foreach (var value in frontier.SelectMany(n => Inner.Evaluate(data, n)))
                {
                    if (seen.Add(value))
                    {
                        reached.Add(value);
                        next.Add(value);
                    }
                }
                frontier = next;
            }
            while (Repeat && frontier.Count > 0);
            return reached;
        }

        public override string ToString() => Inner + (IncludeSelf ? Repeat ? "*" : "?" : "+");
    }
}

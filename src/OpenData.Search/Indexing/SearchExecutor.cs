using Lucene.Net.Index;
using Lucene.Net.Search;
using OpenData.Search.Analysis;
using OpenData.Search.Querying;

namespace OpenData.Search.Indexing;

/// <summary>Runs one <see cref="SearchRequest"/> against one searcher: query plan, filters, sort, facets, snippets.</summary>
internal sealed class SearchExecutor(IndexSearcher searcher)
{
    public const int MaxLimit = 1000;
    private const int TitleSnippetLength = 300;
    private const int DescriptionSnippetLength = 240;

    public SearchResults Execute(SearchRequest request)
    {
        var parsed = SearchQueryParser.Parse(request.Query);
        var planner = new QueryPlanner(searcher.IndexReader, request.OptionalStopwords);
        var plan = planner.Plan(parsed);
        var filter = BuildFilter(request, parsed);
        var sort = SortFor(request.Sort);
        var limit = Math.Clamp(request.Limit, 0, MaxLimit);
        var after = request.Cursor is { Length: > 0 } cursor ? SearchCursor.TryDecode(cursor, sort, request.Sort.ToString()) : null;
        var offset = after is null ? Math.Clamp(request.Offset, 0, 100_000) : 0;
        var facets = request.FacetFields.Select(FacetFields.Canonical).OfType<string>().Distinct().ToList();

        // One hit more than the page: a cursor is only offered when something follows it.
        var size = offset + limit + 1;
        var query = plan.Strict;
        var matches = MatchSet.Compute(searcher, plan.StrictMatch, filter);
        var usedFuzzy = false;
        // Fuzzy fallback only when the exact terms find nothing or a syllable is unknown to the index: a query
        // that matches two datasets exactly should not be padded with look-alikes.
        if (plan.Relaxed is not null && plan.RelaxedMatch is not null && (matches.Total == 0 || plan.Tokens.Any(t => !t.Known)))
        {
            var relaxed = MatchSet.Compute(searcher, plan.RelaxedMatch, filter);
            if (relaxed.Total > matches.Total)
            {
                (query, matches, usedFuzzy) = (plan.Relaxed, relaxed, true);
            }
        }
        FacetCollector? facetCollector = null;
        if (facets.Count > 0)
        {
            var collectors = matches.CollectAll(searcher, () => new FacetCollector(facets));
            facetCollector = collectors[0];
            facetCollector.Add(collectors.Skip(1));
        }
        var ranked = Rank(query, matches, request.Sort, sort, after, size);
        var didYouMean = DidYouMean(plan, Visibility(request.Viewer));
        // The look-alikes that found the hits are marked too ("học sinh" for "hoc xinh"), or a hit would show no
        // reason for being there; the corrected syllables stand for them (the nearest look-alike of each).
        var highlight = usedFuzzy && didYouMean is not null ? plan.Highlight.With(QueryPlanner.Analyze(didYouMean)) : plan.Highlight;

        var hits = new List<SearchHit>(limit);
        var page = ranked.Skip(offset).Take(limit).ToList();
        foreach (var scoreDoc in page)
        {
            var doc = searcher.Doc(scoreDoc.Doc);
            var title = doc.Get(IndexSchema.Title) ?? "";
            var description = doc.Get(IndexSchema.Description) ?? "";
            var titleSnippet = request.Highlight
                ? SnippetBuilder.Highlight(title, highlight, TitleSnippetLength)
                : "";
            var descriptionSnippet = request.Highlight
                ? SnippetBuilder.Highlight(description, highlight, DescriptionSnippetLength)
                : "";
            var score = float.IsNaN(scoreDoc.Score) ? 0f : scoreDoc.Score;
            hits.Add(new SearchHit(doc.Get(IndexSchema.Id) ?? "", doc.Get(IndexSchema.Name) ?? "", title, score, titleSnippet, descriptionSnippet));
        }
        var nextCursor = limit > 0 && page.Count == limit && ranked.Length > offset + limit && page[^1] is FieldDoc last
            ? SearchCursor.Encode(last, request.Sort.ToString())
            : null;
        return new SearchResults(
            matches.Total,
            hits,
            facetCollector?.Result(Math.Max(1, request.FacetLimit)) ?? new Dictionary<string, IReadOnlyList<FacetCount>>(),
            didYouMean,
            nextCursor,
            usedFuzzy)
        {
            CursorRejected = request.Cursor is { Length: > 0 } && after is null,
        };
    }

    /// <summary>
    /// The first <paramref name="size"/> matches in the requested order. Relevance goes through
    /// <see cref="TopScoreRanker"/>; popularity needs scores as its tie-break, so Lucene scores every match; the
    /// date and name sorts need no scores at all.
    /// </summary>
    private ScoreDoc[] Rank(Query query, MatchSet matches, SearchSort requested, Sort sort, FieldDoc? after, int size)
    {
        if (matches.Total == 0)
        {
            return [];
        }
        if (requested == SearchSort.Relevance && TopScoreRanker.Top(searcher, query, matches, size, after) is { } best)
        {
            return best;
        }
        var needsScores = requested is SearchSort.Relevance or SearchSort.Popularity;
        var collector = TopFieldCollector.Create(sort, Math.Max(1, size), after, fillFields: true, trackDocScores: needsScores, trackMaxScore: false, docsScoredInOrder: false);
        searcher.Search(needsScores ? query : new ConstantScoreQuery(matches.AsFilter()), needsScores ? matches.AsFilter() : null, collector);
        return collector.GetTopDocs().ScoreDocs;
    }

    private static Sort SortFor(SearchSort sort)
    {
        var id = new SortField(IndexSchema.Id, SortFieldType.STRING);
        return sort switch
        {
            SearchSort.Newest => new Sort(new SortField(IndexSchema.Created, SortFieldType.INT64, true), id),
            SearchSort.RecentlyUpdated => new Sort(new SortField(IndexSchema.Modified, SortFieldType.INT64, true), id),
            SearchSort.Name => new Sort(new SortField(IndexSchema.Name, SortFieldType.STRING), id),
            SearchSort.Popularity => new Sort(new SortField(IndexSchema.Popularity, SortFieldType.INT64, true), SortField.FIELD_SCORE, id),
            _ => new Sort(SortField.FIELD_SCORE, id),
        };
    }

    /// <summary>
    /// Visibility (always) and facet filters (request and query box). Filters do not score. The part that depends
    /// only on who searches is cached per segment (<see cref="BitsFilter"/>).
    /// </summary>
    internal static BitsFilter? BuildFilter(SearchRequest request, ParsedQuery parsed)
    {
        var (standingKey, standing) = StandingFilter(request);
        var requestFilter = RequestFilter(request, parsed);
        if (standing is null && requestFilter is null)
        {
            return null;
        }
        return new BitsFilter(standingKey, standing ?? new MatchAllDocsQuery(), requestFilter);
    }

    /// <summary>What the viewer may see: the same for every search of the same viewer scope.</summary>
    private static (string Key, Query? Query) StandingFilter(SearchRequest request)
    {
        var all = new BooleanQuery(disableCoord: true);
        if (Visibility(request.Viewer) is { } visibility)
        {
            all.Add(visibility, Occur.MUST);
        }
        if (!request.IncludePrivate)
        {
            all.Add(new TermQuery(new Term(IndexSchema.Status, IndexSchema.Private)), Occur.MUST_NOT);
        }
        if (!request.IncludeDrafts)
        {
            all.Add(new TermQuery(new Term(IndexSchema.Status, IndexSchema.Draft)), Occur.MUST_NOT);
        }
        var viewer = request.Viewer;
        var key = string.Join('|',
            viewer.IsSystemAdmin ? "admin" : string.Join(',', viewer.OrganizationIds.Order(StringComparer.Ordinal)),
            request.IncludePrivate ? "private" : "",
            request.IncludeDrafts ? "drafts" : "");
        return (key, WithPositiveClause(all));
    }

    /// <summary>The search's own restrictions: facet values, field filters, date ranges.</summary>
    private static Query? RequestFilter(SearchRequest request, ParsedQuery parsed)
    {
        var all = new BooleanQuery(disableCoord: true);
        var byField = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (field, values) in request.Filters)
        {
            if (FacetFields.Canonical(field) is { } canonical)
            {
                byField.TryAdd(canonical, []);
                byField[canonical].AddRange(values.Where(v => !string.IsNullOrWhiteSpace(v)));
            }
        }
        foreach (var f in parsed.Filters.Where(f => !f.IsExcluded))
        {
            byField.TryAdd(f.Field, []);
            byField[f.Field].Add(f.Value);
        }
        foreach (var (field, values) in byField)
        {
            if (values.Count == 0)
            {
                continue;
            }
            var any = new BooleanQuery(disableCoord: true);
            foreach (var value in values.Distinct())
            {
                any.Add(new TermQuery(new Term(IndexSchema.FilterField(field), IndexSchema.FilterKey(field, value))), Occur.SHOULD);
            }
            all.Add(any, Occur.MUST);
        }
        foreach (var f in parsed.Filters.Where(f => f.IsExcluded))
        {
            all.Add(new TermQuery(new Term(IndexSchema.FilterField(f.Field), IndexSchema.FilterKey(f.Field, f.Value))), Occur.MUST_NOT);
        }
        foreach (var f in request.FieldFilters)
        {
            AddFieldFilter(all, f);
        }
        AddDateRange(all, IndexSchema.Created, request.Created);
        AddDateRange(all, IndexSchema.Modified, request.Modified);
        return WithPositiveClause(all);
    }

    /// <summary>Null for no clauses; a pure exclusion gets "everything" to exclude from.</summary>
    private static BooleanQuery? WithPositiveClause(BooleanQuery all)
    {
        if (all.Clauses.Count == 0)
        {
            return null;
        }
        if (all.Clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            all.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return all;
    }

    private static void AddFieldFilter(BooleanQuery all, SearchFilter filter)
    {
        var values = filter.AnyOf.Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        var terms = FilterTerms(filter.Field, values);
        if (terms is null)
        {
            // Unknown field: matches nothing, excluded or not (see SearchFilter).
            all.Add(new MatchAllDocsQuery(), Occur.MUST_NOT);
            return;
        }
        if (filter.Exclude)
        {
            foreach (var term in terms)
            {
                all.Add(new TermQuery(term), Occur.MUST_NOT);
            }
            return;
        }
        var any = new BooleanQuery(disableCoord: true);
        foreach (var term in terms)
        {
            any.Add(new TermQuery(term), Occur.SHOULD);
        }
        // No values: an empty OR-list matches nothing.
        all.Add(terms.Count == 0 ? new BooleanQuery { { new MatchAllDocsQuery(), Occur.MUST_NOT } } : any, Occur.MUST);
    }

    private static List<Term>? FilterTerms(string field, IReadOnlyList<string> values)
    {
        var name = field.Trim().ToLowerInvariant();
        if (name == SearchFilter.Name || name == SearchFilter.Id)
        {
            var indexField = name == SearchFilter.Name ? IndexSchema.Name : IndexSchema.Id;
            return values.Select(v => new Term(indexField, v.Trim())).Distinct().ToList();
        }
        return FacetFields.Canonical(field) is { } facet
            ? values.Select(v => new Term(IndexSchema.FilterField(facet), IndexSchema.FilterKey(facet, v))).Distinct().ToList()
            : null;
    }

    private static void AddDateRange(BooleanQuery all, string field, DateRange? range)
    {
        if (range is null || (range.From is null && range.To is null))
        {
            return;
        }
        all.Add(NumericRangeQuery.NewInt64Range(field, range.From?.UtcTicks, range.To?.UtcTicks, minInclusive: true, maxInclusive: true), Occur.MUST);
    }

    private static Query? Visibility(ViewerScope viewer)
    {
        if (viewer.IsSystemAdmin)
        {
            return null;
        }
        var publicOnly = new TermQuery(new Term(IndexSchema.Visibility, IndexSchema.Public));
        if (viewer.OrganizationIds.Count == 0)
        {
            return publicOnly;
        }
        var q = new BooleanQuery(disableCoord: true) { { publicOnly, Occur.SHOULD } };
        foreach (var org in viewer.OrganizationIds)
        {
            q.Add(new TermQuery(new Term(IndexSchema.OwnerOrganization, org)), Occur.SHOULD);
        }
        return q;
    }

    /// <summary>
    /// "Did you mean": replaces each syllable the index does not know (or that was decoded from Telex/VNI) by the
    /// closest indexed syllable, written with the accents it has in the catalogue. Only datasets the viewer may
    /// see lend their words: a correction must never spell out a word of a private or restricted title.
    /// </summary>
    private string? DidYouMean(QueryPlan plan, Query? visibility)
    {
        if (plan.Tokens.Count == 0 || plan.Tokens.All(t => t.Known && !t.Decoded))
        {
            return null;
        }
        var words = new List<string>(plan.Tokens.Count);
        var changed = false;
        for (var i = 0; i < plan.Tokens.Count; i++)
        {
            var token = plan.Tokens[i];
            if (token.Known && !token.Decoded)
            {
                words.Add(token.Typed);
                continue;
            }
            var previous = i > 0 ? plan.Tokens[i - 1].Folded : null;
            var next = i + 1 < plan.Tokens.Count ? plan.Tokens[i + 1].Folded : null;
            var folded = token.Known ? token.Folded : Vocabulary.ClosestFolded(searcher, visibility, token.Folded, previous, next);
            if (folded is null)
            {
                words.Add(token.Typed);
                continue;
            }
            var accented = Vocabulary.AccentedForm(searcher, visibility, folded, token.Accented);
            if (accented is null)
            {
                // Known to the index only through datasets the viewer may not see.
                words.Add(token.Typed);
                continue;
            }
            changed |= accented != token.Typed;
            words.Add(accented);
        }
        return changed ? string.Join(' ', words) : null;
    }
}

/// <summary>Look-ups in the index vocabulary for corrections.</summary>
internal static class Vocabulary
{
    private static readonly VietnameseAnalyzer Accented = new(AnalysisVariant.Accented);

    /// <summary>
    /// The indexed folded syllable closest to <paramref name="folded"/> (edit distance ≤ 2, then most frequent)
    /// that occurs in a dataset matching <paramref name="visibility"/> (null: any dataset).
    /// </summary>
    /// <remarks>
    /// Candidates come from the match field (every folded syllable of titles and bodies, once); only those at the
    /// smallest distance pay for the visibility check and the bigram look-ups, which were most of a typo query's
    /// time at 1M datasets.
    /// </remarks>
    public static string? ClosestFolded(IndexSearcher searcher, Query? visibility, string folded, string? previous = null, string? next = null)
    {
        var reader = searcher.IndexReader;
        if (folded.Length < 2 || MultiFields.GetTerms(reader, IndexSchema.MatchFolded) is not { } terms)
        {
            return null;
        }
        var maxEdits = folded.Length >= 6 ? 2 : 1;
        var nearest = new List<(string Term, int DocFreq)>();
        var nearestDistance = int.MaxValue;
        var candidates = new List<(string Term, int Distance, int DocFreq)>();
        var e = new FuzzyTermsEnum(terms, new Lucene.Net.Util.AttributeSource(), new Term(IndexSchema.MatchFolded, folded), maxEdits, 0, true);
        while (e.MoveNext())
        {
            var candidate = e.Term.Utf8ToString();
            candidates.Add((candidate, Distance(folded, candidate), e.DocFreq));
        }
        // The nearest distance at which some candidate is visible to the viewer; hidden ones do not count.
        foreach (var group in candidates.GroupBy(c => c.Distance).OrderBy(g => g.Key))
        {
            nearest.AddRange(group.Where(c => IsVisible(searcher, visibility, new Term(IndexSchema.MatchFolded, c.Term))).Select(c => (c.Term, c.DocFreq)));
            if (nearest.Count > 0)
            {
                nearestDistance = group.Key;
                break;
            }
        }
        // Neighbouring syllables decide between equally close candidates: "mam nom" → "mam non", not "nội".
        return nearest
            .Select(c => (c.Term, Weight: c.DocFreq + (1000L * (BigramFreq(reader, previous, c.Term) + BigramFreq(reader, c.Term, next)))))
            .OrderByDescending(c => c.Weight)
            .ThenBy(c => c.Term, StringComparer.Ordinal)
            .Select(c => c.Term)
            .FirstOrDefault();
    }

    /// <summary>
    /// How <paramref name="folded"/> is written with accents in a dataset title or text that contains it, among the
    /// datasets matching <paramref name="visibility"/>; null when none of them has it.
    /// </summary>
    public static string? AccentedForm(IndexSearcher searcher, Query? visibility, string folded, string preferred)
    {
        // The spelling typed (or decoded from Telex) is in the catalogue: no need to read documents to find one.
        if (VietnameseText.Fold(preferred) == folded
            && (IsVisible(searcher, visibility, new Term(IndexSchema.Title, preferred)) || IsVisible(searcher, visibility, new Term(IndexSchema.Body, preferred))))
        {
            return preferred;
        }
        var sample = FirstDocuments(searcher, visibility, new Term(IndexSchema.TitleFolded, folded), 5);
        if (sample.Count == 0)
        {
            sample = FirstDocuments(searcher, visibility, new Term(IndexSchema.BodyFolded, folded), 5);
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var docId in sample)
        {
            var doc = searcher.Doc(docId);
            foreach (var text in new[] { doc.Get(IndexSchema.Title), doc.Get(IndexSchema.Description) })
            {
                foreach (var term in Accented.Terms(text ?? ""))
                {
                    if (VietnameseText.Fold(term) == folded)
                    {
                        counts[term] = counts.GetValueOrDefault(term) + 1;
                    }
                }
            }
        }
        if (counts.ContainsKey(preferred))
        {
            return preferred;
        }
        // Prefer the spelling with the tone the user typed (Telex "dux" → ngã → "dữ").
        var typedTone = VietnameseText.SplitTone(preferred).Tone;
        return counts.OrderByDescending(kv => VietnameseText.SplitTone(kv.Key).Tone == typedTone && typedTone != Tone.None)
            .ThenByDescending(kv => kv.Value)
            .Select(kv => kv.Key)
            .FirstOrDefault();
    }

    /// <summary>Whether a dataset matching <paramref name="visibility"/> (null: any) contains <paramref name="term"/>.</summary>
    private static bool IsVisible(IndexSearcher searcher, Query? visibility, Term term) =>
        visibility is null ? searcher.IndexReader.DocFreq(term) > 0 : FirstDocuments(searcher, visibility, term, 1).Count > 0;

    /// <summary>
    /// The first few live datasets containing <paramref name="term"/> that match <paramref name="visibility"/>:
    /// any of them shows how the syllable is spelled. Without a visibility filter, reading the postings' head
    /// costs nothing next to scoring all of them; with one, a constant-score search stops at the first few.
    /// </summary>
    private static List<int> FirstDocuments(IndexSearcher searcher, Query? visibility, Term term, int count)
    {
        if (visibility is not null)
        {
            var query = new BooleanQuery(disableCoord: true)
            {
                { new TermQuery(term), Occur.MUST },
                { visibility, Occur.MUST },
            };
            var collector = new FirstDocsCollector(count);
            try
            {
                searcher.Search(new ConstantScoreQuery(query), collector);
            }
            catch (CollectionTerminatedException)
            {
                // Enough found (a searcher that does not catch it per segment ends the search here).
            }
            return collector.Docs;
        }
        var reader = searcher.IndexReader;
        var docs = new List<int>(count);
        foreach (var context in reader.Leaves)
        {
            var postings = context.AtomicReader.GetTermDocsEnum(term);
            if (postings is null)
            {
                continue;
            }
            var live = context.AtomicReader.LiveDocs;
            for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && docs.Count < count; doc = postings.NextDoc())
            {
                if (live is null || live.Get(doc))
                {
                    docs.Add(context.DocBase + doc);
                }
            }
            if (docs.Count == count)
            {
                break;
            }
        }
        return docs;
    }

    private static int BigramFreq(IndexReader reader, string? left, string? right)
    {
        if (left is null || right is null)
        {
            return 0;
        }
        var bigram = left + VietnameseAnalyzer.BigramSeparator + right;
        return reader.DocFreq(new Term(IndexSchema.TitleBigramsFolded, bigram)) + reader.DocFreq(new Term(IndexSchema.BodyBigramsFolded, bigram));
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}

/// <summary>Collects the first few matching documents and stops the search there.</summary>
internal sealed class FirstDocsCollector(int count) : ICollector
{
    private int _docBase;

    public List<int> Docs { get; } = new(count);

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc)
    {
        // The searcher moves on to the next segment after this exception: refuse there too.
        if (Docs.Count >= count)
        {
            throw new CollectionTerminatedException();
        }
        Docs.Add(_docBase + doc);
    }
}

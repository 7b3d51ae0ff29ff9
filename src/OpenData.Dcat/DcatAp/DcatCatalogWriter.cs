using System.Globalization;
using OpenData.Dcat.Model;
using OpenData.Dcat.Rdf;
using DcatNs = OpenData.Dcat.Rdf.Vocabulary.Dcat;
using RdfNs = OpenData.Dcat.Rdf.Vocabulary.Rdf;

namespace OpenData.Dcat.DcatAp;

/// <summary>One page of a paged catalogue. <paramref name="PageUrl"/> gives the address of page n (1-based).</summary>
public sealed record CatalogPaging(int Page, int PageSize, long TotalItems, Func<int, string> PageUrl)
{
    public int LastPage => TotalItems == 0 ? 1 : (int)((TotalItems + PageSize - 1) / PageSize);
}

/// <summary>
/// Writes a catalogue document with flat memory: the catalogue header once, then datasets chunk by chunk straight to
/// the streaming <see cref="IRdfWriter"/>. Only the set of shared descriptions already written (publishers, themes,
/// places, vocabulary terms: bounded by the vocabularies, not by the number of datasets) is kept.
/// </summary>
public sealed class DcatCatalogWriter(IRdfWriter output, DcatApWriter mapper)
{
    private readonly HashSet<Term> described = [];
    private readonly Iri catalog = new(mapper.Context.Iris.Catalog);

    public void Begin(CatalogPaging? paging = null, DateTimeOffset? modified = null)
    {
        output.BeginDocument(DcatApTerms.Prefixes);
        foreach (var group in mapper.Catalog(modified))
        {
            Write(group);
        }
        if (paging is not null)
        {
            output.WriteSubjectGroup(Paging(paging));
        }
    }

    /// <summary>Writes a chunk: the catalogue's dcat:dataset links for it, then each dataset's groups.</summary>
    public void WriteDatasets(IReadOnlyList<Dataset> datasets)
    {
        if (datasets.Count == 0)
        {
            return;
        }
        var links = new List<Triple>(datasets.Count);
        foreach (var d in datasets)
        {
            links.Add(new Triple(catalog, DcatNs.DatasetProp, new Iri(mapper.Context.Iris.Dataset(d.Id))));
        }
        output.WriteSubjectGroup(links);
        foreach (var d in datasets)
        {
            foreach (var group in mapper.Dataset(d))
            {
                Write(group);
            }
        }
    }

    public void End() => output.EndDocument();

    private void Write(DcatGroup group)
    {
        if (group.IsShared && !described.Add(group.Subject))
        {
            return;
        }
        output.WriteSubjectGroup(group.Triples);
    }

    /// <summary>
    /// hydra:PagedCollection as ckanext-dcat writes it (page addresses as literals), so CKAN's DCAT harvester and ours
    /// follow hydra:nextPage.
    /// </summary>
    private static List<Triple> Paging(CatalogPaging paging)
    {
        var subject = new Iri(paging.PageUrl(paging.Page));
        static Literal Integer(long value) => Literal.Typed(value.ToString(CultureInfo.InvariantCulture), Vocabulary.Xsd.Integer);
        var triples = new List<Triple>
        {
            new(subject, RdfNs.Type, DcatApTerms.PagedCollection),
            new(subject, Vocabulary.Hydra.TotalItems, Integer(paging.TotalItems)),
            new(subject, DcatApTerms.ItemsPerPage, Integer(paging.PageSize)),
            new(subject, DcatApTerms.FirstPage, Literal.Plain(paging.PageUrl(1))),
            new(subject, DcatApTerms.LastPage, Literal.Plain(paging.PageUrl(paging.LastPage))),
        };
        if (paging.Page > 1)
        {
            triples.Add(new(subject, DcatApTerms.PreviousPage, Literal.Plain(paging.PageUrl(paging.Page - 1))));
        }
        if (paging.Page < paging.LastPage)
        {
            triples.Add(new(subject, DcatApTerms.NextPage, Literal.Plain(paging.PageUrl(paging.Page + 1))));
        }
        return triples;
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using OpenData.Search.Analysis;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace OpenData.Search.Indexing;

/// <summary>One Lucene directory with its writer, its near-real-time searcher manager and the reopen thread.</summary>
internal sealed class LiveIndex : IDisposable
{
    // A write becomes searchable within MaxStale seconds without anyone asking; waiting for a generation reopens sooner.
    private const double MaxStaleSeconds = 0.5;
    private const double MinStaleSeconds = 0.02;

    private readonly ControlledRealTimeReopenThread<IndexSearcher> _reopener;

    public LiveIndex(LuceneDirectory directory, string? path, double ramBufferMb = 48)
    {
        Directory = directory;
        Path = path;
        var config = new IndexWriterConfig(VietnameseAnalyzer.Version, IndexSchema.CreateAnalyzer())
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = ramBufferMb,
        };
        Writer = new IndexWriter(directory, config);
        Tracking = new TrackingIndexWriter(Writer);
        Manager = new SearcherManager(Writer, true, new Bm25SearcherFactory());
        _reopener = new ControlledRealTimeReopenThread<IndexSearcher>(Tracking, Manager, MaxStaleSeconds, MinStaleSeconds)
        {
            IsBackground = true,
            Name = "OpenData search NRT reopen",
        };
        _reopener.Start();
    }

    public LuceneDirectory Directory { get; }
    /// <summary>Folder on disk; null in memory.</summary>
    public string? Path { get; }
    public IndexWriter Writer { get; }
    public TrackingIndexWriter Tracking { get; }
    public SearcherManager Manager { get; }

    public void WaitForGeneration(long generation) => _reopener.WaitForGeneration(generation);

    public void Commit(string analyzerVersion)
    {
        Writer.SetCommitData(new Dictionary<string, string> { [IndexSchema.AnalyzerVersionKey] = analyzerVersion });
        Writer.Commit();
    }

    public void Dispose()
    {
        _reopener.Dispose();
        Manager.Dispose();
        Writer.Dispose();
        Directory.Dispose();
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}

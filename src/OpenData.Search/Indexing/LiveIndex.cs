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

    private ControlledRealTimeReopenThread<IndexSearcher>? _reopener;
    private SearcherManager? _manager;

    /// <param name="nearRealTime">False for a bulk rebuild: no reader reopens (each would flush a tiny segment) until <see cref="StartNearRealTime"/>.</param>
    public LiveIndex(LuceneDirectory directory, string? path, double ramBufferMb = 48, bool nearRealTime = true)
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
        if (nearRealTime)
        {
            StartNearRealTime();
        }
    }

    public void StartNearRealTime()
    {
        if (_manager is not null)
        {
            return;
        }
        _manager = new SearcherManager(Writer, true, new Bm25SearcherFactory());
        _reopener = new ControlledRealTimeReopenThread<IndexSearcher>(Tracking, _manager, MaxStaleSeconds, MinStaleSeconds)
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
    public SearcherManager Manager => _manager ?? throw new InvalidOperationException("Near-real-time search not started.");

    public void WaitForGeneration(long generation)
    {
        var reopener = _reopener ?? throw new InvalidOperationException("Near-real-time search not started.");
        if (generation > Tracking.Generation)
        {
            // A generation from the index this one replaced (rebuild swap): its writes were replayed, just refresh.
            Manager.MaybeRefreshBlocking();
            return;
        }
        reopener.WaitForGeneration(generation);
    }

    public void Commit(string analyzerVersion)
    {
        Writer.SetCommitData(new Dictionary<string, string> { [IndexSchema.AnalyzerVersionKey] = analyzerVersion });
        Writer.Commit();
    }

    public void Dispose()
    {
        _reopener?.Dispose();
        _manager?.Dispose();
        Writer.Dispose();
        Directory.Dispose();
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}

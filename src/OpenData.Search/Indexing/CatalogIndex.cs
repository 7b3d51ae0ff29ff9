using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using OpenData.Search.Querying;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace OpenData.Search.Indexing;

/// <summary>
/// The dataset search index: near-real-time writes, searches with facets and snippets, suggestions, and
/// rebuild-and-swap. Thread-safe; one instance per index folder per process.
/// On disk, <c>root/current</c> names the active sub-folder; a rebuild writes a new sub-folder and only switches
/// the pointer once it is committed, so a crash mid-rebuild leaves the previous index in service.
/// </summary>
public sealed class CatalogIndex : IDisposable
{
    private const string PointerFile = "current";
    private readonly string? _root;
    private readonly ReaderWriterLockSlim _swapLock = new(LockRecursionPolicy.NoRecursion);
    private readonly System.Threading.Lock _rebuildGate = new();
    private LiveIndex _live;
    private List<(string Id, SearchDocument? Document)>? _writesDuringRebuild;
    private bool _disposed;

    private CatalogIndex(LiveIndex live, string? root, IndexStatus status, string? builtWith)
    {
        _live = live;
        _root = root;
        Status = status;
        IndexedAnalyzerVersion = builtWith;
    }

    /// <summary>What <see cref="Open"/> found. Anything but Ready means the portal should call <see cref="RebuildAsync"/>.</summary>
    public IndexStatus Status { get; private set; }

    /// <summary>The analyzer version that built the index in service (null when it was missing or unreadable).</summary>
    public string? IndexedAnalyzerVersion { get; private set; }

    /// <summary>The analyzer version of this build of the library.</summary>
    public static string AnalyzerVersion => IndexSchema.AnalyzerVersion;

    /// <summary>
    /// Opens (or creates) the index under <paramref name="rootPath"/>. Never fails on a missing, unreadable or
    /// outdated index: it reports it in <see cref="Status"/> and serves what it can (an outdated index stays searchable).
    /// Throws Lucene's LockObtainFailedException when another process has the index open for writing.
    /// </summary>
    public static CatalogIndex Open(string rootPath)
    {
        System.IO.Directory.CreateDirectory(rootPath);
        var pointer = System.IO.Path.Combine(rootPath, PointerFile);
        var current = File.Exists(pointer) ? File.ReadAllText(pointer).Trim() : null;
        if (string.IsNullOrEmpty(current) || !System.IO.Directory.Exists(System.IO.Path.Combine(rootPath, current)))
        {
            return new CatalogIndex(CreateEmpty(rootPath), rootPath, IndexStatus.Missing, null);
        }
        var path = System.IO.Path.Combine(rootPath, current);
        string? version;
        try
        {
            version = ReadAnalyzerVersion(path);
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or InvalidOperationException)
        {
            version = null;
        }
        if (version is null)
        {
            return new CatalogIndex(CreateEmpty(rootPath), rootPath, IndexStatus.Corrupt, null);
        }
        var live = new LiveIndex(FSDirectory.Open(path), path);
        var status = version == IndexSchema.AnalyzerVersion ? IndexStatus.Ready : IndexStatus.Stale;
        return new CatalogIndex(live, rootPath, status, version);
    }

    /// <summary>An index in memory (tests, evaluations). Starts empty and Ready.</summary>
    public static CatalogIndex OpenInMemory()
    {
        var live = new LiveIndex(new RAMDirectory(), null);
        live.Commit(IndexSchema.AnalyzerVersion);
        return new CatalogIndex(live, null, IndexStatus.Ready, IndexSchema.AnalyzerVersion);
    }

    /// <summary>Reads the analyzer version recorded in the latest commit; null when there is no readable commit.</summary>
    private static string? ReadAnalyzerVersion(string path)
    {
        using var dir = FSDirectory.Open(path);
        if (!DirectoryReader.IndexExists(dir))
        {
            return null;
        }
        // Opening a reader checks that every segment the commit names is present and readable.
        using var reader = DirectoryReader.Open(dir);
        return reader.IndexCommit.UserData.TryGetValue(IndexSchema.AnalyzerVersionKey, out var v) ? v : "";
    }

    private static LiveIndex CreateEmpty(string rootPath)
    {
        var live = CreateSubIndex(rootPath);
        // Recorded as no version: until a rebuild fills it, a reopened empty index reports Stale.
        live.Commit("");
        SwitchPointer(rootPath, live.Path!);
        return live;
    }

    private static LiveIndex CreateSubIndex(string rootPath, double ramBufferMb = 48, bool nearRealTime = true)
    {
        var name = $"index-{DateTime.UtcNow:yyyyMMddHHmmss}-{Guid.NewGuid():N}"[..36];
        var path = System.IO.Path.Combine(rootPath, name);
        return new LiveIndex(FSDirectory.Open(path), path, ramBufferMb, nearRealTime);
    }

    private static void SwitchPointer(string rootPath, string indexPath)
    {
        var temp = System.IO.Path.Combine(rootPath, PointerFile + ".tmp");
        File.WriteAllText(temp, System.IO.Path.GetFileName(indexPath));
        File.Move(temp, System.IO.Path.Combine(rootPath, PointerFile), overwrite: true);
    }

    /// <summary>Adds or replaces a dataset. Deleted datasets are removed. Returns a generation for <see cref="WaitUntilSearchable"/>.</summary>
    public long Upsert(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.State == DatasetState.Deleted)
        {
            return Delete(document.Id);
        }
        return Write(document.Id, document);
    }

    public long Delete(string id) => Write(id, null);

    private long Write(string id, SearchDocument? document)
    {
        var lucene = document is null ? null : IndexSchema.ToLuceneDocument(document);
        _swapLock.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            lock (_rebuildGate)
            {
                _writesDuringRebuild?.Add((id, document));
            }
            var idTerm = new Term(IndexSchema.Id, id);
            return lucene is null ? _live.Tracking.DeleteDocuments(idTerm) : _live.Tracking.UpdateDocument(idTerm, lucene);
        }
        finally
        {
            _swapLock.ExitReadLock();
        }
    }

    /// <summary>
    /// Blocks until the write that returned <paramref name="generation"/> is visible to searches
    /// (a reopen is forced; without waiting, writes become visible within half a second).
    /// </summary>
    public void WaitUntilSearchable(long generation) => WithLive(live => live.WaitForGeneration(generation));

    /// <summary>Makes writes durable (fsync), keeping the analyzer version the index was built with. Searchability does not need it.</summary>
    public void Commit() => WithLive(live => live.Commit(IndexedAnalyzerVersion ?? ""));

    /// <summary>Number of datasets in the index (all visibilities).</summary>
    public int DocumentCount => WithSearcher(s => s.IndexReader.NumDocs);

    /// <summary>
    /// Rebuilds the whole index from <paramref name="documents"/> into a new folder, then swaps it in.
    /// Searches keep using the old index meanwhile; writes made meanwhile are replayed into the new one.
    /// If this throws or is cancelled, the old index stays in service.
    /// </summary>
    public async Task RebuildAsync(
        IAsyncEnumerable<SearchDocument> documents,
        long? total = null,
        IProgress<RebuildProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        lock (_rebuildGate)
        {
            if (_writesDuringRebuild is not null)
            {
                throw new InvalidOperationException("A rebuild is already running.");
            }
            _writesDuringRebuild = [];
        }
        LiveIndex? next = null;
        try
        {
            next = _root is null ? new LiveIndex(new RAMDirectory(), null, 128, nearRealTime: false) : CreateSubIndex(_root, 128, nearRealTime: false);
            var count = await BulkLoadAsync(next.Writer, documents, total, progress, cancellationToken).ConfigureAwait(false);
            progress?.Report(new RebuildProgress(count, total));
            cancellationToken.ThrowIfCancellationRequested();
            ReplayWrites(next, drain: false);
            next.Commit(IndexSchema.AnalyzerVersion);
            Swap(next);
            next = null;
        }
        finally
        {
            lock (_rebuildGate)
            {
                _writesDuringRebuild = null;
            }
            if (next is not null)
            {
                var abandoned = next.Path;
                next.Dispose();
                TryDeleteFolder(abandoned);
            }
        }
    }

    /// <summary>
    /// Analysis dominates indexing cost, so documents are analyzed and added by one worker per core
    /// (IndexWriter is thread-safe) while the caller's stream is read on this task.
    /// </summary>
    private static async Task<long> BulkLoadAsync(
        IndexWriter writer,
        IAsyncEnumerable<SearchDocument> documents,
        long? total,
        IProgress<RebuildProgress>? progress,
        CancellationToken cancellationToken)
    {
        var channel = System.Threading.Channels.Channel.CreateBounded<SearchDocument>(
            new System.Threading.Channels.BoundedChannelOptions(1024) { SingleWriter = true });
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var workers = Enumerable.Range(0, Math.Max(1, Environment.ProcessorCount)).Select(_ => Task.Run(async () =>
        {
            try
            {
                await foreach (var document in channel.Reader.ReadAllAsync(failed.Token).ConfigureAwait(false))
                {
                    if (document.State != DatasetState.Deleted)
                    {
                        writer.AddDocument(IndexSchema.ToLuceneDocument(document));
                    }
                }
            }
            catch
            {
                await failed.CancelAsync().ConfigureAwait(false);
                throw;
            }
        }, CancellationToken.None)).ToList();
        long count = 0;
        try
        {
            await foreach (var document in documents.WithCancellation(failed.Token).ConfigureAwait(false))
            {
                await channel.Writer.WriteAsync(document, failed.Token).ConfigureAwait(false);
                count++;
                if (count % 1000 == 0)
                {
                    progress?.Report(new RebuildProgress(count, total));
                }
            }
        }
        finally
        {
            channel.Writer.TryComplete();
            // When a worker fails, reading stops with a cancellation; awaiting here surfaces the worker's real error instead.
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
        return count;
    }

    private void ReplayWrites(LiveIndex target, bool drain)
    {
        List<(string Id, SearchDocument? Document)> writes;
        lock (_rebuildGate)
        {
            writes = [.. _writesDuringRebuild ?? []];
            _writesDuringRebuild?.Clear();
            if (drain)
            {
                _writesDuringRebuild = null;
            }
        }
        foreach (var (id, document) in writes)
        {
            var term = new Term(IndexSchema.Id, id);
            if (document is null)
            {
                target.Writer.DeleteDocuments(term);
            }
            else
            {
                target.Writer.UpdateDocument(term, IndexSchema.ToLuceneDocument(document));
            }
        }
    }

    private void Swap(LiveIndex next)
    {
        LiveIndex old;
        _swapLock.EnterWriteLock();
        try
        {
            ReplayWrites(next, drain: true);
            next.Commit(IndexSchema.AnalyzerVersion);
            next.StartNearRealTime();
            if (_root is not null && next.Path is not null)
            {
                SwitchPointer(_root, next.Path);
            }
            old = _live;
            _live = next;
            Status = IndexStatus.Ready;
            IndexedAnalyzerVersion = IndexSchema.AnalyzerVersion;
        }
        finally
        {
            _swapLock.ExitWriteLock();
        }
        var oldPath = old.Path;
        old.Dispose();
        TryDeleteFolder(oldPath);
        if (_root is not null)
        {
            // Leftovers of crashed rebuilds or replaced corrupt indexes.
            foreach (var folder in System.IO.Directory.EnumerateDirectories(_root, "index-*"))
            {
                if (folder != next.Path)
                {
                    TryDeleteFolder(folder);
                }
            }
        }
    }

    private static void TryDeleteFolder(string? path)
    {
        if (path is null)
        {
            return;
        }
        try
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // Still mapped by a reader on some platforms; the next swap retries.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Searches what <see cref="SearchRequest.Viewer"/> may see. Never throws on odd query text.</summary>
    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return WithSearcher(searcher => new SearchExecutor(searcher).Execute(request));
    }

    /// <summary>Completions for the search box: dataset titles, tags and organizations whose words start with what was typed.</summary>
    public IReadOnlyList<Suggestion> Suggest(string prefix, ViewerScope viewer, int limit = 8)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return WithSearcher(searcher => new Suggester(searcher).Suggest(prefix, viewer, limit));
    }

    private T WithSearcher<T>(Func<IndexSearcher, T> action)
    {
        _swapLock.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var manager = _live.Manager;
            var searcher = manager.Acquire();
            try
            {
                return action(searcher);
            }
            finally
            {
                manager.Release(searcher);
            }
        }
        finally
        {
            _swapLock.ExitReadLock();
        }
    }

    private void WithLive(Action<LiveIndex> action)
    {
        _swapLock.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            action(_live);
        }
        finally
        {
            _swapLock.ExitReadLock();
        }
    }

    public void Dispose()
    {
        _swapLock.EnterWriteLock();
        try
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            if (_root is not null)
            {
                _live.Commit(IndexedAnalyzerVersion ?? "");
            }
            _live.Dispose();
        }
        finally
        {
            _swapLock.ExitWriteLock();
        }
    }
}

using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace OpenData.Search.Tests.Searching;

/// <summary>Simulates an index written by an earlier release by re-committing it with another analyzer version.</summary>
internal static class OlderAnalyzerVersion
{
    public static void Stamp(string root, string version)
    {
        var folder = Path.Combine(root, File.ReadAllText(Path.Combine(root, "current")).Trim());
        using var directory = FSDirectory.Open(folder);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)));
        writer.SetCommitData(new Dictionary<string, string> { ["opendata.analyzer"] = version });
        writer.Commit();
    }
}

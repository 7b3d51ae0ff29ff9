using System.Runtime.CompilerServices;

// Tests compare the fast ranking with Lucene's full scoring on the same index; the benchmark probes the engine's stages.
[assembly: InternalsVisibleTo("OpenData.Search.Tests")]
[assembly: InternalsVisibleTo("OpenData.Bench")]

using OpenData.Bench.Dcat;
using OpenData.Bench.Search;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

return args.FirstOrDefault() switch
{
    "probe" => OpenData.Bench.Search.Probe.Run(args),
    "search" => await SearchBenchmark.RunAsync(args[1..], cancel.Token),
    "datastore" => await OpenData.Bench.DataStore.DatastoreBenchmark.RunAsync(args[1..], cancel.Token),
    "dcat" => DcatBenchmark.Run(args[1..], cancel.Token),
    "api" => await OpenData.Bench.Api.ApiBenchmark.RunAsync(args[1..], cancel.Token),
    _ => Usage(),
};

static int Usage()
{
    Console.WriteLine("usage: dotnet run -c Release --project bench/OpenData.Bench -- <benchmark> [options]");
    Console.WriteLine("  search --datasets 100000 [--queries 2000] [--engine lucene|postgres|compare] [--keep] [--index DIR]");
    Console.WriteLine("  probe INDEX_ROOT [QUERIES | --topics | --repeat TEXT]   (time each search stage on an index kept with --index; --topics: per topic, slowest first; --repeat: one query 12 times)");
    Console.WriteLine("  datastore [--rows 1000000] [--queries 200] [--no-sqlite] [--keep]");
    Console.WriteLine("  dcat [--datasets 10000,100000] [--formats turtle,ntriples,rdfxml,jsonld]");
    Console.WriteLine("  api [--datasets 10000,100000] [--queries 1000] [--only search|csv]");
    return 1;
}

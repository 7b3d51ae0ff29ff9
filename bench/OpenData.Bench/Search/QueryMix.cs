using OpenData.Search.Analysis;
using OpenData.Search.Indexing;
using OpenData.Search.Typing;

namespace OpenData.Bench.Search;

/// <summary>A realistic mix of portal searches over the synthetic vocabulary.</summary>
internal static class QueryMix
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoFilters = new Dictionary<string, IReadOnlyList<string>>();

    public static List<BenchQuery> Generate(int count, int seed = 7)
    {
        var random = new Random(seed);
        var queries = new List<BenchQuery>(count);
        for (var i = 0; i < count; i++)
        {
            var topic = SyntheticCatalog.Topics[random.Next(SyntheticCatalog.Topics.Length)];
            var place = SyntheticCatalog.Places[random.Next(SyntheticCatalog.Places.Length)];
            var roll = random.Next(100);
            queries.Add(roll switch
            {
                < 25 => new BenchQuery("accented", topic, NoFilters, SearchSort.Relevance, true),
                < 45 => new BenchQuery("unaccented", VietnameseText.Fold(topic), NoFilters, SearchSort.Relevance, true),
                < 55 => new BenchQuery("accented+place", $"{topic} {place}", NoFilters, SearchSort.Relevance, true),
                < 65 => new BenchQuery("phrase", $"\"{topic}\"", NoFilters, SearchSort.Relevance, true),
                < 75 => new BenchQuery("filtered", topic, new Dictionary<string, IReadOnlyList<string>>
                {
                    ["organization"] = [SyntheticCatalog.Organizations[random.Next(SyntheticCatalog.Organizations.Length)].Value],
                }, SearchSort.Relevance, true),
                < 82 => new BenchQuery("telex", TelexEncoder.Encode(topic), NoFilters, SearchSort.Relevance, true),
                < 87 => new BenchQuery("typo", Typo(random, VietnameseText.Fold(topic)), NoFilters, SearchSort.Relevance, true),
                < 95 => new BenchQuery("browse-newest", "", new Dictionary<string, IReadOnlyList<string>>
                {
                    ["theme"] = [SyntheticCatalog.Themes[random.Next(SyntheticCatalog.Themes.Length)]],
                }, SearchSort.Newest, true),
                _ => new BenchQuery("no-facets", topic, NoFilters, SearchSort.Relevance, false),
            });
        }
        return queries;
    }

    private static string Typo(Random random, string text)
    {
        var chars = text.ToCharArray();
        var letters = Enumerable.Range(0, chars.Length).Where(i => char.IsLetter(chars[i])).ToList();
        var at = letters[random.Next(letters.Count)];
        chars[at] = (char)('a' + random.Next(26));
        return new string(chars);
    }
}

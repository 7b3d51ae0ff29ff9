using OpenData.Dcat.Model;
using OpenData.Search.Indexing;
using OpenData.Web.Catalog;
using OpenData.Web.Storage;

namespace OpenData.Web.Tests.Security;

/// <summary>
/// The access rule of MISSION §2 in CatalogAuthorization: who reads a dataset's metadata and who reads its data,
/// for every level; and its three spellings (CanRead for one dataset, VisibleTo for lists from the database, the
/// search index's visibility) agreeing on every combination of level, private flag, state and reader.
/// </summary>
public sealed class AccessRuleTests
{
    private static readonly Guid Owner = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid Other = Guid.Parse("00000000-0000-0000-0000-00000000000b");

    public enum Reader
    {
        Anonymous,
        MemberOfOwner,
        EditorOfOwner,
        MemberOfAnother,
        ConnectedConsumer,
        SystemAdmin,
    }

    private static Actor ActorFor(Reader reader, Guid datasetId) => reader switch
    {
        Reader.Anonymous => Actor.Anonymous,
        Reader.MemberOfOwner => Member(Owner, OrganizationRole.Member),
        Reader.EditorOfOwner => Member(Owner, OrganizationRole.Editor),
        Reader.MemberOfAnother => Member(Other, OrganizationRole.Admin),
        Reader.ConnectedConsumer => Member(Other, OrganizationRole.Member) with { ConnectedDatasets = new HashSet<Guid> { datasetId } },
        _ => new Actor(Guid.NewGuid(), "quan-tri", true, new Dictionary<Guid, OrganizationRole>()),
    };

    private static Actor Member(Guid organization, OrganizationRole role) =>
        new(Guid.NewGuid(), "can-bo", false, new Dictionary<Guid, OrganizationRole> { [organization] = role });

    // Columns: Anonymous, MemberOfOwner, EditorOfOwner, MemberOfAnother, ConnectedConsumer, SystemAdmin (active, not private).
    public static TheoryData<AccessLevel, bool[], bool[]> Table() => new()
    {
        { AccessLevel.Open, [true, true, true, true, true, true], [true, true, true, true, true, true] },
        { AccessLevel.DefaultSharing, [true, true, true, true, true, true], [false, true, true, false, true, true] },
        { AccessLevel.OnRequest, [true, true, true, true, true, true], [false, true, true, false, true, true] },
        { AccessLevel.Restricted, [false, true, true, false, false, true], [false, true, true, false, false, true] },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_level_gives_metadata_and_data_to_exactly_its_readers(AccessLevel level, bool[] metadata, bool[] data)
    {
        var dataset = new DatasetAccess(Guid.NewGuid(), Owner, false, DatasetState.Active, level);

        foreach (var reader in Enum.GetValues<Reader>())
        {
            var actor = ActorFor(reader, dataset.DatasetId);
            Assert.True(metadata[(int)reader] == CatalogAuthorization.CanRead(actor, dataset), $"{level}, {reader}: metadata");
            Assert.True(data[(int)reader] == CatalogAuthorization.CanReadData(actor, dataset), $"{level}, {reader}: data");
        }
    }

    [Fact]
    public void Private_and_draft_datasets_give_nothing_outside_their_organization_whatever_their_level()
    {
        foreach (var level in Enum.GetValues<AccessLevel>())
        {
            foreach (var (isPrivate, state) in new[] { (true, DatasetState.Active), (false, DatasetState.Draft), (false, DatasetState.Deleted) })
            {
                var dataset = new DatasetAccess(Guid.NewGuid(), Owner, isPrivate, state, level);
                foreach (var reader in new[] { Reader.Anonymous, Reader.MemberOfAnother, Reader.ConnectedConsumer })
                {
                    var actor = ActorFor(reader, dataset.DatasetId);
                    Assert.False(CatalogAuthorization.CanRead(actor, dataset), $"{level}, private {isPrivate}, {state}, {reader}");
                    Assert.False(CatalogAuthorization.CanReadData(actor, dataset), $"{level}, private {isPrivate}, {state}, {reader}: data");
                }
            }
        }
    }

    [Fact]
    public void The_rule_for_one_dataset_for_lists_and_for_the_search_index_agree_on_every_combination()
    {
        var combinations = (
            from level in Enum.GetValues<AccessLevel>()
            from isPrivate in new[] { false, true }
            from state in new[] { DatasetState.Active, DatasetState.Draft, DatasetState.Deleted }
            select new DatasetAccess(Guid.NewGuid(), Owner, isPrivate, state, level)).ToList();
        var rows = combinations.Select(c => new DatasetRow
        {
            Id = c.DatasetId,
            Name = c.DatasetId.ToString("N"),
            Title = "Bộ dữ liệu",
            OrganizationId = c.OrganizationId,
            State = c.State.ToString(),
            IsPrivate = c.IsPrivate,
            AccessLevel = c.Level.ToCode(),
            Document = "{}",
        }).ToList();
        using var index = CatalogIndex.OpenInMemory();
        var generation = 0L;
        // The index holds no deleted datasets: the portal removes them on upsert.
        foreach (var c in combinations.Where(c => c.State != DatasetState.Deleted))
        {
            generation = index.Upsert(new SearchDocument
            {
                Id = c.DatasetId.ToString(),
                Name = c.DatasetId.ToString("N"),
                Title = "Bộ dữ liệu dân số",
                AccessLevel = c.Level,
                IsPrivate = c.IsPrivate,
                State = c.State,
                OwnerOrganizationId = c.OrganizationId.ToString(),
                ListedPublicly = CatalogAuthorization.IsListedPublicly(c),
            });
        }
        index.WaitUntilSearchable(generation);

        foreach (var reader in Enum.GetValues<Reader>())
        {
            var actor = ActorFor(reader, Guid.Empty);
            var one = combinations.Where(c => c.State != DatasetState.Deleted && CatalogAuthorization.CanRead(actor, c)).Select(c => c.DatasetId).Order().ToList();
            var listed = rows.AsQueryable().VisibleTo(actor).Select(r => r.Id).Order().ToList();
            var found = index.Search(new SearchRequest { Limit = 1000, Viewer = CatalogAuthorization.SearchViewer(actor), IncludePrivate = true, IncludeDrafts = true })
                .Hits.Select(h => Guid.Parse(h.Id)).Order().ToList();

            Assert.NotEmpty(one);
            Assert.Equal(one, listed);
            Assert.Equal(one, found);
        }
    }
}

using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenData.Web.Catalog;
using OpenData.Web.DataStore;
using OpenData.Web.Tests.Infrastructure;

namespace OpenData.Web.Tests.DataStore;

/// <summary>Loading files and querying tables, run against SQLite and against a real PostgreSQL.</summary>
public abstract class DatastoreStoreTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    internal const string Communes =
        "Mã xã,Tên đơn vị,Loại,Dân số,Diện tích (km²),Ngày thành lập\r\n" +
        "21025,Phường Cẩm Thành,phường,8003,55.72,2020-01-01\r\n" +
        "21028,Phường Nghĩa Lộ,phường,7047,41.25,2020-01-01\r\n" +
        "21031,Xã Tịnh Kỳ,xã,5120,30.5,2019-07-01\r\n" +
        "21034,Xã Nghĩa Hà,xã,9100,12.75,2019-07-01\r\n" +
        "21037,Xã Đức Phổ,xã,6000,20,2018-03-15\r\n";

    private Task<Guid> LoadAsync(string csv = Communes, bool isPrivate = false, string? organization = null) =>
        DatastoreFixtures.UploadAndWaitAsync(portal, Encoding.UTF8.GetBytes(csv), "xa.csv", isPrivate, organization);

    private Task<DatastoreSearchResult> SearchAsync(Guid id, DatastoreQuery query, Actor? actor = null) =>
        portal.Act((s, ct) => s.Service<DatastoreActions>().SearchAsync(actor ?? Actor.System, id, query, includeTotal: true, ct));

    private static IEnumerable<string?> Column(DatastoreSearchResult result, string field)
    {
        var index = result.Fields.ToList().FindIndex(f => f.Id == field);
        return result.Rows.Select(r => r[index]?.ToString());
    }

    [Fact]
    public async Task A_loaded_file_has_typed_columns_and_its_row_count()
    {
        var id = await LoadAsync();

        var info = await portal.Act((s, ct) => s.Service<DatastoreActions>().InfoAsync(Actor.Anonymous, id, ct));

        Assert.Equal(DatastoreStatus.Loaded, info.Status);
        Assert.Equal(5, info.RowCount);
        Assert.Equal(["int", "text", "text", "int", "numeric", "date"], info.Fields.Select(f => f.Type));
        Assert.Equal(TextEncodings.Utf8, info.Encoding);
    }

    [Fact]
    public async Task Filters_select_the_matching_rows_and_count_them()
    {
        var id = await LoadAsync();

        var result = await SearchAsync(id, new DatastoreQuery { Filters = new Dictionary<string, IReadOnlyList<string?>> { ["Loại"] = ["xã"] } });

        Assert.Equal(3, result.Total);
        Assert.Equal(["Xã Tịnh Kỳ", "Xã Nghĩa Hà", "Xã Đức Phổ"], Column(result, "Tên đơn vị"));
    }

    [Fact]
    public async Task A_filter_with_several_values_matches_any_of_them()
    {
        var id = await LoadAsync();

        var result = await SearchAsync(id, new DatastoreQuery { Filters = new Dictionary<string, IReadOnlyList<string?>> { ["Mã xã"] = ["21025", "21037"] } });

        Assert.Equal(["Phường Cẩm Thành", "Xã Đức Phổ"], Column(result, "Tên đơn vị"));
    }

    [Theory]
    [InlineData("duc pho", "Xã Đức Phổ")]
    [InlineData("CẨM THÀNH", "Phường Cẩm Thành")]
    [InlineData("tinh ky", "Xã Tịnh Kỳ")]
    [InlineData("Đức Phổ", "Xã Đức Phổ")]
    [InlineData("nghĩa hà", "Xã Nghĩa Hà")]
    [InlineData("ha nghia", "Xã Nghĩa Hà")]
    public async Task Full_text_without_diacritics_finds_the_accented_text(string q, string expected)
    {
        var id = await LoadAsync();

        var result = await SearchAsync(id, new DatastoreQuery { Q = q });

        Assert.Equal([expected], Column(result, "Tên đơn vị"));
        Assert.Equal(1, result.Total);
    }

    [Theory]
    [InlineData("nghi")]
    [InlineData("thanh pho")]
    [InlineData("2102")]
    public async Task Full_text_matches_whole_words_and_needs_every_word(string q)
    {
        var id = await LoadAsync();

        var result = await SearchAsync(id, new DatastoreQuery { Q = q });

        Assert.Empty(result.Rows);
        Assert.Equal(0, result.Total);
    }

    [Fact]
    public async Task A_two_column_filter_on_a_large_table_returns_the_matching_rows_in_order_and_their_total()
    {
        // 12 000 rows: past the size from which filterable columns are indexed.
        string[] districts = ["Huyện Bình Sơn", "Huyện Sơn Tịnh", "Huyện Mộ Đức"];
        string[] kinds = ["hộ nghèo", "hộ cận nghèo", "hộ khá", "hộ trung bình"];
        var csv = new StringBuilder("Mã hộ,Chủ hộ,Huyện,Loại hộ\r\n");
        for (var i = 1; i <= 12_000; i++)
        {
            csv.Append(100_000 + i).Append(",Nguyễn Văn ").Append(i % 7 == 0 ? "Tâm" : "An").Append(',')
                .Append(districts[i % 3]).Append(',').Append(kinds[i % 4]).Append("\r\n");
        }
        var id = await LoadAsync(csv.ToString());
        var expected = Enumerable.Range(1, 12_000).Where(i => i % 3 == 1 && i % 4 == 1).Select(i => (100_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var result = await SearchAsync(id, new DatastoreQuery
        {
            Filters = new Dictionary<string, IReadOnlyList<string?>> { ["Huyện"] = ["Huyện Sơn Tịnh"], ["Loại hộ"] = ["hộ cận nghèo"] },
            Limit = 50,
            Offset = 100,
        });
        var withQ = await SearchAsync(id, new DatastoreQuery
        {
            Filters = new Dictionary<string, IReadOnlyList<string?>> { ["Huyện"] = ["Huyện Sơn Tịnh"], ["Loại hộ"] = ["hộ cận nghèo"] },
            Q = "tam",
        });

        Assert.Equal(expected.Count, result.Total);
        Assert.Equal(expected.Skip(100).Take(50), Column(result, "Mã hộ"));
        Assert.Equal(expected.Count(c => (int.Parse(c, System.Globalization.CultureInfo.InvariantCulture) - 100_000) % 7 == 0), withQ.Total);
    }

    [Fact]
    public async Task A_table_loaded_before_the_word_index_is_searchable_by_word_after_the_upgrade()
    {
        var id = await LoadAsync();
        await portal.Act(async (s, ct) =>
        {
            // Put the table back as an earlier version left it: no word index, text with punctuation between words.
            var store = s.Service<DatastoreDatabase>();
            await using var connection = await store.OpenAsync(ct);
            var key = id.ToString("N");
            var old = store.IsPostgres
                ? $"ALTER TABLE {store.Table(id)} DROP COLUMN _words"
                : $"DROP TRIGGER r_{key}_ai; DROP TRIGGER r_{key}_ad; DROP TRIGGER r_{key}_au; DROP TABLE r_{key}_fts;";
            foreach (var sql in new[] { old, $"UPDATE {store.Table(id)} SET _full_text = replace(_full_text, ' ', ',  ')" })
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                await command.ExecuteNonQueryAsync(ct);
            }
            await store.UpgradeFullTextAsync(Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, ct);
        });

        var result = await SearchAsync(id, new DatastoreQuery { Q = "tinh ky" });

        Assert.Equal(["Xã Tịnh Kỳ"], Column(result, "Tên đơn vị"));
    }

    [Fact]
    public async Task Sort_orders_by_the_named_columns()
    {
        var id = await LoadAsync();

        var result = await SearchAsync(id, new DatastoreQuery { Sort = "Loại asc, Dân số desc" });

        Assert.Equal(["Phường Cẩm Thành", "Phường Nghĩa Lộ", "Xã Nghĩa Hà", "Xã Đức Phổ", "Xã Tịnh Kỳ"], Column(result, "Tên đơn vị"));
    }

    [Fact]
    public async Task Distinct_returns_each_value_once()
    {
        var id = await LoadAsync();

        var result = await SearchAsync(id, new DatastoreQuery { Fields = ["Loại"], Distinct = true, Sort = "Loại" });

        Assert.Equal(["phường", "xã"], Column(result, "Loại"));
        Assert.Equal(2, result.Total);
    }

    [Fact]
    public async Task Fields_limit_and_offset_page_through_the_rows_with_the_full_total()
    {
        var id = await LoadAsync();

        var result = await SearchAsync(id, new DatastoreQuery { Fields = ["Tên đơn vị"], Limit = 2, Offset = 1 });

        Assert.Equal(["Tên đơn vị"], result.Fields.Select(f => f.Id));
        Assert.Equal(["Phường Nghĩa Lộ", "Xã Tịnh Kỳ"], Column(result, "Tên đơn vị"));
        Assert.Equal(5, result.Total);
    }

    [Fact]
    public async Task An_unknown_column_is_a_validation_error_not_SQL()
    {
        var id = await LoadAsync();

        await Assert.ThrowsAsync<ValidationException>(() => SearchAsync(id, new DatastoreQuery { Sort = "\"Dân số\"; DROP TABLE x" }));
    }

    [Fact]
    public async Task Anonymous_cannot_read_a_private_datasets_table()
    {
        var id = await LoadAsync(isPrivate: true);

        await Assert.ThrowsAsync<NotFoundException>(() => SearchAsync(id, new DatastoreQuery(), Actor.Anonymous));
        using var response = await portal.CreateClient().GetAsync($"/api/3/action/datastore_search?resource_id={id}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Bad_rows_are_listed_by_line_and_the_good_rows_load()
    {
        var id = await LoadAsync("a,b\n1,x\n2,y,z\n3,w\n");

        var info = await portal.Act((s, ct) => s.Service<DatastoreActions>().InfoAsync(Actor.System, id, ct));

        Assert.Equal(2, info.RowCount);
        Assert.Equal(3, Assert.Single(info.BadRows).Line);
        Assert.Equal("Dòng có 3 trường, tiêu đề có 2 cột", info.BadRows[0].Message);
    }

    [Fact]
    public async Task The_search_api_answers_in_CKANs_shape_with_lists_and_csv()
    {
        var id = await LoadAsync();
        var client = portal.CreateClient();

        using var lists = JsonDocument.Parse(await client.GetStringAsync($"/api/3/action/datastore_search?resource_id={id}&records_format=lists&limit=2&filters={Uri.EscapeDataString("{\"Loại\":\"phường\"}")}", TestContext.Current.CancellationToken));
        var csv = JsonDocument.Parse(await client.GetStringAsync($"/api/3/action/datastore_search?resource_id={id}&records_format=csv&fields=Mã xã,Loại&sort=Mã xã desc&limit=1", TestContext.Current.CancellationToken));

        var result = lists.RootElement.GetProperty("result");
        Assert.True(lists.RootElement.GetProperty("success").GetBoolean());
        Assert.Equal(2, result.GetProperty("total").GetInt64());
        Assert.Equal("_id", result.GetProperty("fields")[0].GetProperty("id").GetString());
        Assert.Equal("Phường Cẩm Thành", result.GetProperty("records")[0][2].GetString());
        Assert.Equal(8003, result.GetProperty("records")[0][4].GetInt64());
        Assert.Contains("offset=2", result.GetProperty("_links").GetProperty("next").GetString());
        Assert.Equal("21037,xã\r\n", csv.RootElement.GetProperty("result").GetProperty("records").GetString());
    }

    [Theory]
    [InlineData("", "Giá trị \"nhiều\" không hợp với cột \"Dân số\" (int)")]
    [InlineData("&lang=en", "The value \"nhiều\" does not fit column \"Dân số\" (int)")]
    public async Task A_filter_value_of_the_wrong_type_is_explained_in_the_request_language(string lang, string message)
    {
        var id = await LoadAsync();
        var filters = Uri.EscapeDataString("{\"Dân số\":\"nhiều\"}");

        using var response = await portal.CreateClient().GetAsync($"/api/3/action/datastore_search?resource_id={id}&filters={filters}{lang}", TestContext.Current.CancellationToken);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(message, body.RootElement.GetProperty("error").GetProperty("filters")[0].GetString());
    }

    [Theory]
    [InlineData("", "Cột \"Loại\" phải nằm trong fields khi dùng distinct")]
    [InlineData("&lang=en", "Column \"Loại\" must be in fields when distinct is used")]
    public async Task Sorting_distinct_rows_by_a_column_not_in_fields_is_explained_in_the_request_language(string lang, string message)
    {
        var id = await LoadAsync();

        using var response = await portal.CreateClient().GetAsync($"/api/3/action/datastore_search?resource_id={id}&fields=Mã xã&distinct=true&sort=Loại{lang}", TestContext.Current.CancellationToken);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(message, body.RootElement.GetProperty("error").GetProperty("sort")[0].GetString());
    }

    [Fact]
    public async Task The_csv_dump_has_a_BOM_and_parses_back_to_the_same_rows()
    {
        var id = await LoadAsync();

        var bytes = await portal.CreateClient().GetByteArrayAsync($"/datastore/dump/{id}?format=csv", TestContext.Current.CancellationToken);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var path = TabularReadingTests.WriteTemp(bytes);
        var records = TabularFile.Records(path, TabularFile.Sniff(path, null)).ToList();
        var original = new CsvParser(new StringReader(Communes), ',').Records().ToList();
        Assert.Equal(["_id", .. original[0].Fields], records[0].Fields);
        Assert.Equal(original.Skip(1).Select(r => r.Fields[1]), records.Skip(1).Select(r => r.Fields[2]));
        Assert.Equal("55.72", records[1].Fields[5]);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("tsv")]
    [InlineData("xlsx")]
    public async Task Other_dump_formats_carry_the_filtered_rows(string format)
    {
        var id = await LoadAsync();

        var bytes = await portal.CreateClient().GetByteArrayAsync($"/datastore/dump/{id}?format={format}&q=nghia&fields=Tên đơn vị", TestContext.Current.CancellationToken);

        string[] names = format switch
        {
            "json" => JsonDocument.Parse(bytes).RootElement.GetProperty("records").EnumerateArray().Select(r => r[0].GetString()!).ToArray(),
            "tsv" => Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray(),
            _ => XlsxReader.Records(TabularReadingTests.WriteTemp(bytes, ".xlsx")).Skip(1).Select(r => r.Fields[0]).ToArray(),
        };
        Assert.Equal(["Phường Nghĩa Lộ", "Xã Nghĩa Hà"], names);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("tsv")]
    [InlineData("json")]
    [InlineData("xlsx")]
    public async Task A_HEAD_on_the_dump_answers_like_GET_without_a_body(string format)
    {
        var id = await LoadAsync();

        var (head, get) = await portal.CreateClient().HeadAndGetAsync($"/datastore/dump/{id}?format={format}");

        Assert.Equal(HttpStatusCode.OK, get.Status);
        Assert.Equal(get with { BodyLength = 0 }, head);
    }

    [Fact]
    public async Task Datastore_create_upsert_and_delete_keep_the_table_in_step()
    {
        var id = await DatastoreFixtures.CreateLinkResourceAsync(portal);
        var actions = (IServiceProvider s) => s.Service<DatastoreActions>();
        await portal.Act((s, ct) => actions(s).CreateAsync(Actor.System, new DatastoreCreateInput
        {
            ResourceId = id,
            Fields = [new("mã", "int"), new("tên", "text")],
            PrimaryKey = ["mã"],
            Records = [new Dictionary<string, object?> { ["mã"] = 1L, ["tên"] = "Một" }, new Dictionary<string, object?> { ["mã"] = 2L, ["tên"] = "Hai" }],
        }, ct));

        await portal.Act((s, ct) => actions(s).UpsertAsync(Actor.System, id,
            [new Dictionary<string, object?> { ["mã"] = 2L, ["tên"] = "Hai mới" }, new Dictionary<string, object?> { ["mã"] = 3L, ["tên"] = "Ba" }], "upsert", ct));
        await portal.Act((s, ct) => actions(s).DeleteAsync(Actor.System, id, new Dictionary<string, IReadOnlyList<string?>> { ["mã"] = ["1"] }, ct));
        await portal.Act((s, ct) => actions(s).UpsertAsync(Actor.System, id, [new Dictionary<string, object?> { ["mã"] = 3L, ["tên"] = "Bốn" }], "update", ct));
        var result = await SearchAsync(id, new DatastoreQuery { Q = "hai moi" });
        var all = await SearchAsync(id, new DatastoreQuery());

        Assert.Equal(["Hai mới"], Column(result, "tên"));
        Assert.Equal(["2", "3"], Column(all, "mã"));
        // Totals of a q alone come from the word index: deleted and rewritten rows must have left it.
        Assert.Equal(0, (await SearchAsync(id, new DatastoreQuery { Q = "mot" })).Total);
        Assert.Equal(0, (await SearchAsync(id, new DatastoreQuery { Q = "ba" })).Total);
        Assert.Equal(1, (await SearchAsync(id, new DatastoreQuery { Q = "hai" })).Total);
        Assert.Equal(["Bốn"], Column(await SearchAsync(id, new DatastoreQuery { Q = "bon" }), "tên"));
    }

    /// <summary>An API-made table: mã (int, primary key) and tên, rows 1 "Một" and 2 "Hai".</summary>
    private async Task<Guid> CreateApiTableAsync()
    {
        var id = await DatastoreFixtures.CreateLinkResourceAsync(portal);
        await portal.Act((s, ct) => s.Service<DatastoreActions>().CreateAsync(Actor.System, new DatastoreCreateInput
        {
            ResourceId = id,
            Fields = [new("mã", "int"), new("tên", "text")],
            PrimaryKey = ["mã"],
            Records = [new Dictionary<string, object?> { ["mã"] = 1L, ["tên"] = "Một" }, new Dictionary<string, object?> { ["mã"] = 2L, ["tên"] = "Hai" }],
        }, ct));
        return id;
    }

    private Task<DatastoreInfo> InfoAsync(Guid id) => portal.Act((s, ct) => s.Service<DatastoreActions>().InfoAsync(Actor.System, id, ct));

    [Fact]
    public async Task A_datastore_create_refused_for_its_primary_key_answers_409_and_leaves_the_rows_and_the_info_as_they_were()
    {
        var id = await LoadAsync();
        var admin = "quan-tri-" + Guid.NewGuid().ToString("N")[..6];
        await portal.CreateUserAsync(admin, sysAdmin: true);
        var token = await portal.Act((s, ct) => s.Service<OpenData.Web.Accounts.AccountActions>().CreateTokenAsync(Actor.System, admin, "kiểm thử", ct));
        var client = new Api.Ckan.CkanClient(portal.CreateClient()).WithToken(token.Token);

        var reply = await client.PostAsync("datastore_create", new JsonObject
        {
            ["resource_id"] = id.ToString(),
            ["fields"] = new JsonArray(new JsonObject { ["id"] = "mới", ["type"] = "text" }),
            ["records"] = new JsonArray(new JsonObject { ["mới"] = "x" }),
            ["primary_key"] = "không-có",
        });
        var info = (await client.ResultAsync("datastore_info", $"id={id}"))!;

        Assert.Equal(HttpStatusCode.Conflict, reply.Status);
        Assert.Equal(5, (long)info["meta"]!["count"]!);
        Assert.Equal(["Mã xã", "Tên đơn vị", "Loại", "Dân số", "Diện tích (km²)", "Ngày thành lập"], info["fields"]!.AsArray().Select(f => (string)f!["id"]!));
        Assert.Equal(5, (await SearchAsync(id, new DatastoreQuery())).Total);
    }

    [Fact]
    public async Task A_create_refused_on_its_second_record_keeps_the_table_and_its_info()
    {
        var id = await CreateApiTableAsync();

        await Assert.ThrowsAsync<ValidationException>(() => portal.Act((s, ct) => s.Service<DatastoreActions>().CreateAsync(Actor.System, new DatastoreCreateInput
        {
            ResourceId = id,
            Fields = [new("số", "int")],
            Records = [new Dictionary<string, object?> { ["số"] = 1L }, new Dictionary<string, object?> { ["số"] = "hai" }],
        }, ct)));
        var info = await InfoAsync(id);

        Assert.Equal(2, info.RowCount);
        Assert.Equal(["mã", "tên"], info.Fields.Select(f => f.Id));
        Assert.Equal(["Một", "Hai"], Column(await SearchAsync(id, new DatastoreQuery()), "tên"));
    }

    public static TheoryData<string, object?> RefusedSecondRecords => new()
    {
        { "upsert", "không phải số" }, // refused before the table is touched
        { "update", 99L },             // refused by the table: no row 99 to update
    };

    [Theory]
    [MemberData(nameof(RefusedSecondRecords))]
    public async Task An_upsert_refused_on_its_second_record_changes_no_row(string method, object? secondKey)
    {
        var id = await CreateApiTableAsync();

        await Assert.ThrowsAsync<ValidationException>(() => portal.Act((s, ct) => s.Service<DatastoreActions>().UpsertAsync(Actor.System, id,
            [new Dictionary<string, object?> { ["mã"] = 1L, ["tên"] = "Một mới" }, new Dictionary<string, object?> { ["mã"] = secondKey, ["tên"] = "Ba" }], method, ct)));
        var info = await InfoAsync(id);

        Assert.Equal(2, info.RowCount);
        Assert.Equal(["Một", "Hai"], Column(await SearchAsync(id, new DatastoreQuery()), "tên"));
    }

    [Fact]
    public async Task Deleting_rows_or_the_whole_table_keeps_the_info_in_step()
    {
        var id = await CreateApiTableAsync();

        var deleted = await portal.Act((s, ct) => s.Service<DatastoreActions>().DeleteAsync(Actor.System, id, new Dictionary<string, IReadOnlyList<string?>> { ["mã"] = ["1"] }, ct));
        var afterFilter = await InfoAsync(id);
        await portal.Act((s, ct) => s.Service<DatastoreActions>().DeleteAsync(Actor.System, id, null, ct));

        Assert.Equal(1, deleted);
        Assert.Equal(1, afterFilter.RowCount);
        await Assert.ThrowsAsync<NotFoundException>(() => InfoAsync(id));
        Assert.False(await portal.Act((s, ct) => s.Service<DatastoreDatabase>().ExistsAsync(id, ct)));
    }

    [Fact]
    public async Task Settings_whose_reload_is_refused_are_not_saved()
    {
        var (dataset, id) = await DatastoreFixtures.UploadToNewDatasetAndWaitAsync(portal, Encoding.UTF8.GetBytes(Communes), "xa.csv");
        // The file is replaced by one the data store cannot read: its table stays, but it can no longer be re-loaded.
        await portal.Act((s, ct) => s.Service<ResourceActions>().UpdateAsync(Actor.System, dataset, id,
            new ResourceInput { Title = "Dữ liệu", Upload = new UploadInput(new MemoryStream("%PDF-1.4"u8.ToArray()), "xa.pdf", "application/pdf") }, ct));

        await Assert.ThrowsAsync<ValidationException>(() => portal.Act((s, ct) => s.Service<DatastoreActions>().ConfigureAsync(Actor.System, id, TextEncodings.Windows1258, [], ct)));
        var info = await InfoAsync(id);

        Assert.Null(info.ForcedEncoding);
        Assert.Equal(DatastoreStatus.Loaded, info.Status);
    }

    [Fact]
    public async Task An_editor_can_force_a_type_and_the_reload_honours_it()
    {
        var org = "so-" + Guid.NewGuid().ToString("N")[..8];
        await portal.CreateOrganizationAsync(org, "Sở Nội vụ");
        var (user, _) = await portal.CreateUserAsync("bien-tap-" + Guid.NewGuid().ToString("N")[..6], organization: org);
        var editor = await portal.ActorAsync(user);
        var id = await LoadAsync(organization: org);

        await portal.Act((s, ct) => s.Service<DatastoreActions>().ConfigureAsync(editor, id, null, [new("Mã xã", "text", "Mã đơn vị hành chính", null)], ct));
        var info = await DatastoreFixtures.WaitAsync(portal, id);

        Assert.Equal("text", info.Fields.Single(f => f.Id == "Mã xã").Type);
        Assert.Equal("Mã đơn vị hành chính", info.Fields.Single(f => f.Id == "Mã xã").Label);
        await Assert.ThrowsAsync<NotAuthorizedException>(() => portal.Act((s, ct) => s.Service<DatastoreActions>().ReloadAsync(Actor.Anonymous, id, ct)));
    }

    [Fact]
    public async Task A_link_that_cannot_be_fetched_is_a_clear_failed_status()
    {
        var id = await DatastoreFixtures.CreateLinkResourceAsync(portal, "http://127.0.0.1:9/khong-co.csv");

        var info = await DatastoreFixtures.WaitAsync(portal, id);

        Assert.Equal(DatastoreStatus.Failed, info.Status);
        Assert.Contains("liên kết", info.Message);
    }
}

public sealed class SqliteDatastoreStoreTests(EmptySqlitePortal portal) : DatastoreStoreTests<EmptySqlitePortal>(portal), IClassFixture<EmptySqlitePortal>;

public sealed class PostgresDatastoreStoreTests(EmptyPostgresPortal portal) : DatastoreStoreTests<EmptyPostgresPortal>(portal), IClassFixture<EmptyPostgresPortal>;

/// <summary>The demo catalogue's CSV files load in the background after the first start.</summary>
public sealed class DatastoreDemoTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Fact]
    public async Task A_demo_csv_loads_in_the_background_after_start()
    {
        var id = await portal.Act(async (s, ct) =>
        {
            var dataset = await s.Service<DatasetActions>().ShowAsync(Actor.Anonymous, "dan-so-theo-xa-phuong", ct);
            return dataset.Dataset.Distributions.First(d => d.FileName?.EndsWith(".csv", StringComparison.Ordinal) == true).Id;
        });

        var info = await DatastoreFixtures.WaitAsync(portal, id, TimeSpan.FromMinutes(3));

        Assert.Equal(DatastoreStatus.Loaded, info.Status);
        Assert.True(info.RowCount > 0);
    }
}

/// <summary>Every uploaded tabular file of the demo catalogue (CSV and XLSX) loads.</summary>
public sealed class DatastoreDemoFilesTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Fact]
    public async Task Every_uploaded_demo_csv_and_xlsx_file_loads_without_failing()
    {
        // Links in the demo point at agency sites; only the uploaded files are checked (no network in tests).
        var ids = await portal.Act(async (s, ct) =>
        {
            var db = s.Service<OpenData.Web.Storage.CatalogDbContext>();
            return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                db.DatastoreResources.Where(r => r.Source!.StartsWith("sha256:")).Select(r => r.ResourceId), ct);
        });

        var infos = new List<DatastoreInfo>();
        foreach (var id in ids)
        {
            infos.Add(await DatastoreFixtures.WaitAsync(portal, id, TimeSpan.FromMinutes(5)));
        }

        Assert.True(infos.Count >= 50, $"{infos.Count} uploaded tabular resources");
        Assert.All(infos, i => Assert.True(i.Status == DatastoreStatus.Loaded && i.RowCount > 0, $"{i.ResourceId}: {i.Status} {i.Message}"));
    }
}

internal static class DatastoreFixtures
{
    public static async Task<Guid> UploadAndWaitAsync(PortalFactory portal, byte[] bytes, string fileName, bool isPrivate = false, string? organization = null) =>
        (await UploadToNewDatasetAndWaitAsync(portal, bytes, fileName, isPrivate, organization)).ResourceId;

    /// <summary>Like <see cref="UploadAndWaitAsync"/>, also giving the dataset's name (for the resource page's URL).</summary>
    public static async Task<(string Dataset, Guid ResourceId)> UploadToNewDatasetAndWaitAsync(PortalFactory portal, byte[] bytes, string fileName, bool isPrivate = false, string? organization = null)
    {
        var (dataset, info) = await UploadAsync(portal, bytes, fileName, isPrivate, organization);
        Assert.True(info.Status == DatastoreStatus.Loaded, info.Message);
        return (dataset, info.ResourceId);
    }

    /// <summary>Uploads a file to a new dataset and waits until its load has loaded or failed.</summary>
    public static async Task<DatastoreInfo> UploadAndWaitForAsync(PortalFactory portal, byte[] bytes, string fileName) =>
        (await UploadAsync(portal, bytes, fileName, false, null)).Info;

    private static async Task<(string Dataset, DatastoreInfo Info)> UploadAsync(PortalFactory portal, byte[] bytes, string fileName, bool isPrivate, string? organization)
    {
        var dataset = await NewDatasetAsync(portal, isPrivate, organization);
        var resource = await portal.Act((s, ct) => s.Service<ResourceActions>().CreateAsync(Actor.System, dataset,
            new ResourceInput { Title = "Dữ liệu", Upload = new UploadInput(new MemoryStream(bytes), fileName, "text/csv") }, ct));
        return (dataset, await WaitAsync(portal, resource.Id));
    }

    public static async Task<Guid> CreateLinkResourceAsync(PortalFactory portal, string url = "http://127.0.0.1:9/khong-co.pdf")
    {
        var dataset = await NewDatasetAsync(portal, false, null);
        var resource = await portal.Act((s, ct) => s.Service<ResourceActions>().CreateAsync(Actor.System, dataset,
            new ResourceInput { Title = "Liên kết", Url = url }, ct));
        return resource.Id;
    }

    private static async Task<string> NewDatasetAsync(PortalFactory portal, bool isPrivate, string? organization)
    {
        if (organization is null)
        {
            organization = "so-" + Guid.NewGuid().ToString("N")[..8];
            await portal.CreateOrganizationAsync(organization, "Sở Kế hoạch và Đầu tư");
        }
        var name = "ds-" + Guid.NewGuid().ToString("N")[..8];
        await portal.Act((s, ct) => s.Service<DatasetActions>().CreateAsync(Actor.System, Catalogs.Dataset(name, organization, isPrivate: isPrivate), ct));
        return name;
    }

    public static async Task<DatastoreInfo> WaitAsync(PortalFactory portal, Guid resourceId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var info = await portal.Act((s, ct) => s.Service<DatastoreActions>().StatusAsync(Actor.System, resourceId, ct));
            if (info is { Status: DatastoreStatus.Loaded or DatastoreStatus.Failed })
            {
                return info;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"resource {resourceId} still {info?.Status ?? "unknown"}");
            }
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}

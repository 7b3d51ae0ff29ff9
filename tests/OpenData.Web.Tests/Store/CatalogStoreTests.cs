using Microsoft.EntityFrameworkCore;
using OpenData.Dcat.Model;
using OpenData.Web.Catalog;
using OpenData.Web.Storage;
using OpenData.Web.Tests.Infrastructure;

namespace OpenData.Web.Tests.Store;

/// <summary>The catalogue store's behaviour, run against SQLite and against a real PostgreSQL.</summary>
public abstract class CatalogStoreTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    private static readonly CancellationToken None = CancellationToken.None;

    private async Task<string> NewOrganizationAsync()
    {
        var name = "so-" + Guid.NewGuid().ToString("N")[..8];
        await portal.CreateOrganizationAsync(name, "Sở Giáo dục và Đào tạo");
        return name;
    }

    [Fact]
    public async Task A_created_dataset_reads_back_with_its_Vietnamese_text_intact()
    {
        var org = await NewOrganizationAsync();
        var name = "ds-" + Guid.NewGuid().ToString("N")[..8];
        var input = Catalogs.Dataset(name, org) with
        {
            Title = "Dân số và mật độ dân số theo xã, phường năm 2024",
            Spatial = [new Location("51", "Tỉnh Quảng Ngãi")],
            TemporalStart = "2024-01-01",
            TemporalEnd = "2024-12-31",
            ContactName = "Phòng Thống kê dân số",
            ContactEmail = "thongke@quangngai.gov.vn",
        };
        await portal.Act((s, ct) => s.Service<DatasetActions>().CreateAsync(Actor.System, input, ct));

        var view = await portal.Act((s, ct) => s.Service<DatasetActions>().ShowAsync(Actor.Anonymous, name, ct));

        Assert.Equal("Dân số và mật độ dân số theo xã, phường năm 2024", view.Dataset.Title);
        Assert.Equal(["giáo dục", "mầm non"], view.Dataset.Keywords);
        Assert.Equal("Tỉnh Quảng Ngãi", Assert.Single(view.Dataset.Spatial).Name);
        Assert.Equal(new DateOnly(2024, 12, 31), view.Dataset.Temporal?.End);
        Assert.Equal("thongke@quangngai.gov.vn", view.Dataset.ContactPoint?.Email);
        Assert.Equal(1, view.Revision);
    }

    [Fact]
    public async Task Every_change_is_kept_as_a_revision_with_who_and_what_changed()
    {
        var org = await NewOrganizationAsync();
        var name = "ds-" + Guid.NewGuid().ToString("N")[..8];
        var (editor, _) = await portal.CreateUserAsync("editor-" + Guid.NewGuid().ToString("N")[..6], organization: org);
        var actor = await portal.ActorAsync(editor);
        await portal.Act((s, ct) => s.Service<DatasetActions>().CreateAsync(actor, Catalogs.Dataset(name, org), ct));
        await portal.Act((s, ct) => s.Service<DatasetActions>().UpdateAsync(actor, name,
            Catalogs.Dataset(name, org, title: "Danh sách trường mầm non năm học 2024-2025") with { Description = "Dòng một\nDòng hai mới" },
            expectedRevision: 1, "Sửa tiêu đề", ct));

        var history = await portal.Act((s, ct) => s.Service<DatasetActions>().HistoryAsync(Actor.Anonymous, name, ct));
        var comparison = await portal.Act((s, ct) => s.Service<DatasetActions>().CompareAsync(Actor.Anonymous, name, 1, 2, ct));

        Assert.Equal([2, 1], history.Select(r => r.Number));
        Assert.All(history, r => Assert.Equal(editor, r.UserName));
        Assert.Equal("Sửa tiêu đề", history[0].Message);
        var title = Assert.Single(comparison.Changes, c => c.Field == "title");
        Assert.Equal("Danh sách trường mầm non", title.Before);
        Assert.Equal("Danh sách trường mầm non năm học 2024-2025", title.After);
        var notes = Assert.Single(comparison.Changes, c => c.Field == "notes");
        Assert.Contains(notes.Lines!, l => l.Kind == LineChangeKind.Added && l.Text == "Dòng hai mới");
    }

    [Fact]
    public async Task An_edit_based_on_an_old_revision_is_refused_and_changes_nothing()
    {
        var org = await NewOrganizationAsync();
        var name = "ds-" + Guid.NewGuid().ToString("N")[..8];
        await portal.Act((s, ct) => s.Service<DatasetActions>().CreateAsync(Actor.System, Catalogs.Dataset(name, org), ct));
        await portal.Act((s, ct) => s.Service<DatasetActions>().UpdateAsync(Actor.System, name, Catalogs.Dataset(name, org, "Bản sửa thứ nhất"), 1, null, ct));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            portal.Act((s, ct) => s.Service<DatasetActions>().UpdateAsync(Actor.System, name, Catalogs.Dataset(name, org, "Bản sửa cũ"), 1, null, ct)));

        var view = await portal.Act((s, ct) => s.Service<DatasetActions>().ShowAsync(Actor.Anonymous, name, ct));
        Assert.Equal("Bản sửa thứ nhất", view.Dataset.Title);
    }

    [Fact]
    public async Task A_deleted_dataset_disappears_and_an_admin_can_restore_it()
    {
        var org = await NewOrganizationAsync();
        var name = "ds-" + Guid.NewGuid().ToString("N")[..8];
        await portal.Act((s, ct) => s.Service<DatasetActions>().CreateAsync(Actor.System, Catalogs.Dataset(name, org), ct));

        await portal.Act((s, ct) => s.Service<DatasetActions>().DeleteAsync(Actor.System, name, ct));

        await Assert.ThrowsAsync<NotFoundException>(() => portal.Act((s, ct) => s.Service<DatasetActions>().ShowAsync(Actor.Anonymous, name, ct)));
        var listed = await portal.Act((s, ct) => s.Service<IDatasetSearch>().SearchAsync(Actor.Anonymous, new DatasetListQuery { Organizations = [org] }, ct));
        Assert.Equal(0, listed.Total);
        var trash = await portal.Act((s, ct) => s.Service<DatasetActions>().TrashAsync(Actor.System, ct));
        Assert.Contains(trash, d => d.Name == name);

        await portal.Act((s, ct) => s.Service<DatasetActions>().RestoreAsync(Actor.System, name, ct));
        var restored = await portal.Act((s, ct) => s.Service<DatasetActions>().ShowAsync(Actor.Anonymous, name, ct));
        Assert.Equal(DatasetState.Active, restored.Dataset.State);
        Assert.Equal(3, restored.Revision);
    }

    [Fact]
    public async Task Purging_removes_the_dataset_and_its_history_for_good()
    {
        var org = await NewOrganizationAsync();
        var name = "ds-" + Guid.NewGuid().ToString("N")[..8];
        var created = await portal.Act((s, ct) => s.Service<DatasetActions>().CreateAsync(Actor.System, Catalogs.Dataset(name, org), ct));

        await portal.Act((s, ct) => s.Service<DatasetActions>().PurgeAsync(Actor.System, name, ct));

        var revisions = await portal.Act((s, ct) => s.Service<CatalogDbContext>().Revisions.CountAsync(r => r.DatasetId == created.Dataset.Id, ct));
        Assert.Equal(0, revisions);
        await Assert.ThrowsAsync<NotFoundException>(() => portal.Act((s, ct) => s.Service<DatasetActions>().ShowAsync(Actor.System, name, ct)));
    }

    [Fact]
    public async Task Invalid_input_reports_every_bad_field_and_saves_nothing()
    {
        var org = await NewOrganizationAsync();
        var before = await portal.Act((s, ct) => s.Service<CatalogDbContext>().Datasets.CountAsync(ct));
        var input = Catalogs.Dataset("Tên Có Dấu", org) with
        {
            Title = " ",
            ContactEmail = "không-phải-email",
            LandingPage = "javascript:alert(1)",
            TemporalStart = "2024-13-45",
            LicenseId = "giay-phep-la",
            Themes = ["khong-co-chu-de"],
        };

        var error = await Assert.ThrowsAsync<ValidationException>(() => portal.Act((s, ct) => s.Service<DatasetActions>().CreateAsync(Actor.System, input, ct)));

        Assert.Equal(
            new[] { "contact_email", "license_id", "name", "temporal_start", "themes", "title", "url" },
            error.Errors.Keys.Order().ToArray());
        Assert.Contains("bắt buộc", error.Errors["title"][0]);
        var after = await portal.Act((s, ct) => s.Service<CatalogDbContext>().Datasets.CountAsync(ct));
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_name_already_taken_is_refused()
    {
        var org = await NewOrganizationAsync();
        var name = "ds-" + Guid.NewGuid().ToString("N")[..8];
        await portal.Act((s, ct) => s.Service<DatasetActions>().CreateAsync(Actor.System, Catalogs.Dataset(name, org), ct));

        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            portal.Act((s, ct) => s.Service<DatasetActions>().CreateAsync(Actor.System, Catalogs.Dataset(name, org), ct)));

        Assert.True(error.Errors.ContainsKey("name"));
    }

    [Fact]
    public async Task An_uploaded_file_is_stored_by_its_SHA256_with_size_and_media_type()
    {
        var org = await NewOrganizationAsync();
        var name = "ds-" + Guid.NewGuid().ToString("N")[..8];
        await portal.Act((s, ct) => s.Service<DatasetActions>().CreateAsync(Actor.System, Catalogs.Dataset(name, org), ct));
        var content = "Tên trường,Xã,Số trẻ\nTrường Mầm non Hoa Sen,Phường Cẩm Thành,210\n"u8.ToArray();

        var resource = await portal.Act((s, ct) => s.Service<ResourceActions>().CreateAsync(Actor.System, name,
            new ResourceInput { Title = "Danh sách 2024", Upload = new UploadInput(new MemoryStream(content), "truong-mam-non.csv", "text/csv") }, ct));

        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
        Assert.Equal(sha, resource.FileSha256);
        Assert.Equal(content.Length, resource.ByteSize);
        Assert.Equal("CSV", resource.Format);
        Assert.Equal("text/csv", resource.MediaType);
        Assert.Equal(new Checksum("sha256", sha), resource.Checksum);
        Assert.Equal(content, await File.ReadAllBytesAsync(Path.Combine(portal.DataDirectory, "files", sha[..2], sha[2..4], sha), TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(200)]
    public async Task An_empty_or_too_large_upload_is_refused_and_leaves_no_file(int extraBytes)
    {
        var org = await NewOrganizationAsync();
        var name = "ds-" + Guid.NewGuid().ToString("N")[..8];
        await portal.Act((s, ct) => s.Service<DatasetActions>().CreateAsync(Actor.System, Catalogs.Dataset(name, org), ct));
        var limit = await portal.Act((s, ct) => Task.FromResult(s.Service<Microsoft.Extensions.Options.IOptions<Hosting.PortalOptions>>().Value.MaxUploadBytes));
        // A stream that claims nothing about its length, so the limit is enforced while reading.
        var size = extraBytes == 0 ? 0 : Math.Min(limit + extraBytes, limit + 1);
        var filesBefore = Directory.EnumerateFiles(Path.Combine(portal.DataDirectory, "files"), "*", SearchOption.AllDirectories).Count();

        var error = await Assert.ThrowsAsync<ValidationException>(() => portal.Act((s, ct) => s.Service<ResourceActions>().CreateAsync(Actor.System, name,
            new ResourceInput { Title = "Tệp", Upload = new UploadInput(new RepeatingStream(size), "lon.csv", null) }, ct)));

        Assert.True(error.Errors.ContainsKey("upload"));
        Assert.Equal(filesBefore, Directory.EnumerateFiles(Path.Combine(portal.DataDirectory, "files"), "*", SearchOption.AllDirectories).Count());
        var view = await portal.Act((s, ct) => s.Service<DatasetActions>().ShowAsync(Actor.System, name, ct));
        Assert.Empty(view.Dataset.Distributions);
    }

    /// <summary>Yields a given number of bytes without holding them in memory.</summary>
    private sealed class RepeatingStream(long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            Array.Fill(buffer, (byte)'a', offset, n);
            _position += n;
            return n;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

public sealed class SqliteCatalogStoreTests(EmptySqlitePortal portal) : CatalogStoreTests<EmptySqlitePortal>(portal), IClassFixture<EmptySqlitePortal>;

public sealed class PostgresCatalogStoreTests(EmptyPostgresPortal portal) : CatalogStoreTests<EmptyPostgresPortal>(portal), IClassFixture<EmptyPostgresPortal>;

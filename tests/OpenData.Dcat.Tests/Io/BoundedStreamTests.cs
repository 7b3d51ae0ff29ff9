using OpenData.Dcat.Io;

namespace OpenData.Dcat.Tests.Io;

public sealed class BoundedStreamTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1000)]
    public void A_stream_within_the_limit_reads_to_its_end(int length)
    {
        using var bounded = new BoundedStream(new MemoryStream(new byte[length]), 1000);

        bounded.CopyTo(Stream.Null);

        Assert.Equal(length, bounded.BytesRead);
    }

    [Fact]
    public void The_byte_past_the_limit_throws_with_the_limit()
    {
        using var bounded = new BoundedStream(new MemoryStream(new byte[1001]), 1000);

        var e = Assert.Throws<InputTooLargeException>(() => bounded.CopyTo(Stream.Null));

        Assert.Equal(1000, e.Limit);
    }

    [Fact]
    public async Task Reading_asynchronously_throws_past_the_limit_too()
    {
        await using var bounded = new BoundedStream(new MemoryStream(new byte[5000]), 4096);

        var e = await Assert.ThrowsAsync<InputTooLargeException>(() => bounded.CopyToAsync(Stream.Null, TestContext.Current.CancellationToken));

        Assert.Equal(4096, e.Limit);
    }

    [Fact]
    public void It_never_asks_the_inner_stream_for_more_than_one_byte_past_the_limit()
    {
        var inner = new MemoryStream(new byte[10_000]);
        using var bounded = new BoundedStream(inner, 100, leaveOpen: true);

        Assert.Throws<InputTooLargeException>(() => bounded.CopyTo(Stream.Null));

        Assert.Equal(101, inner.Position);
    }
}

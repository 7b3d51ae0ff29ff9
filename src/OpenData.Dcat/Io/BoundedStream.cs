namespace OpenData.Dcat.Io;

/// <summary>
/// Input that went past a limit a reader of untrusted data set (a file's inflated size, a remote document's
/// length): thrown instead of reading on, so the caller fails with its own message rather than run out of memory.
/// An <see cref="IOException"/>, as a read that fails is, so code that already handles failed reads still catches it.
/// </summary>
public sealed class InputTooLargeException(long limit, string? message = null)
    : IOException(message ?? $"The input is larger than {limit} bytes")
{
    /// <summary>The number of bytes that was allowed.</summary>
    public long Limit { get; } = limit;
}

/// <summary>
/// A read-only view of a stream that throws <see cref="InputTooLargeException"/> as soon as more than
/// <c>maxBytes</c> have come out of it. For anything that parses what others send: an XLSX part as it inflates,
/// a harvested catalogue, a page the link checker fetches. Counts what the caller receives, so wrapped around a
/// decompressing stream it bounds the inflated size, whatever the archive declares.
/// </summary>
public sealed class BoundedStream : Stream
{
    private readonly Stream _inner;
    private readonly bool _leaveOpen;

    public BoundedStream(Stream inner, long maxBytes, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        if (!inner.CanRead)
        {
            throw new ArgumentException("The stream must be readable", nameof(inner));
        }
        _inner = inner;
        _leaveOpen = leaveOpen;
        MaxBytes = maxBytes;
    }

    public long MaxBytes { get; }

    /// <summary>The bytes read so far.</summary>
    public long BytesRead { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer) => Count(_inner.Read(buffer[..Window(buffer.Length)]));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await _inner.ReadAsync(buffer[..Window(buffer.Length)], cancellationToken).ConfigureAwait(false));

    public override int ReadByte()
    {
        Span<byte> one = stackalloc byte[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    /// <summary>
    /// How much to ask the inner stream for: never more than one byte past the limit, so the byte that crosses it
    /// is noticed without reading a whole buffer beyond.
    /// </summary>
    private int Window(int requested)
    {
        var allowed = MaxBytes - BytesRead + 1;
        return allowed < requested ? (int)Math.Max(allowed, 0) : requested;
    }

    private int Count(int read)
    {
        BytesRead += read;
        if (BytesRead > MaxBytes)
        {
            throw new InputTooLargeException(MaxBytes);
        }
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_leaveOpen)
        {
            _inner.Dispose();
        }
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        if (!_leaveOpen)
        {
            await _inner.DisposeAsync().ConfigureAwait(false);
        }
        await base.DisposeAsync().ConfigureAwait(false);
    }
}

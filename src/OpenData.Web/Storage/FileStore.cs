using System.Security.Cryptography;
using OpenData.Web.Hosting;

namespace OpenData.Web.Storage;

public sealed record StoredFile(string Sha256, long Size);

public sealed class UploadRejectedException(string reasonKey, long? limit = null) : Exception(reasonKey)
{
    /// <summary>A resource key (Upload.Empty, Upload.TooLarge) that the caller localizes.</summary>
    public string ReasonKey { get; } = reasonKey;

    public long? Limit { get; } = limit;
}

/// <summary>
/// Uploaded files under the data folder, content-addressed by SHA-256 (files/ab/cd/abcd...).
/// A file is streamed to a temporary file while it is hashed and measured, then moved into place in one
/// rename, so a refused or interrupted upload leaves nothing behind and a stored file is never partial.
/// </summary>
public sealed class FileStore(PortalPaths paths)
{
    public async Task<StoredFile> SaveAsync(Stream content, long maxBytes, CancellationToken ct)
    {
        Directory.CreateDirectory(paths.UploadTemp);
        var temp = Path.Combine(paths.UploadTemp, Guid.NewGuid().ToString("N") + ".part");
        try
        {
            long size = 0;
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    size += read;
                    if (size > maxBytes)
                    {
                        throw new UploadRejectedException("Upload.TooLarge", maxBytes);
                    }
                    hash.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), ct);
                }
                await output.FlushAsync(ct);
                output.Flush(flushToDisk: true);
            }
            if (size == 0)
            {
                throw new UploadRejectedException("Upload.Empty");
            }
            var sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            var target = PathOf(sha);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (File.Exists(target))
            {
                File.Delete(temp);
            }
            else
            {
                File.Move(temp, target);
            }
            return new StoredFile(sha, size);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    public string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("not a SHA-256 hex digest", nameof(sha256));
        }
        return Path.Combine(paths.Files, sha256[..2], sha256[2..4], sha256);
    }

    public Stream? OpenRead(string sha256)
    {
        var path = PathOf(sha256);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
    }
}

using Xunit;

namespace OpenData.TestSupport;

/// <summary>
/// The third-party fixtures (W3C RDF test suites, DCAT-AP shapes, administrative units) live in
/// <c>../shared/fixtures</c> beside the repository root and are never copied into the project.
/// Locally a missing folder skips the tests that need it; in CI (CI=true) it fails them.
/// </summary>
public static class SharedFixtures
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The repository root: the folder that holds OpenData.sln.</summary>
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "OpenData.sln")))
            {
                dir = dir.Parent;
            }
            return dir?.FullName ?? throw new InvalidOperationException("OpenData.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Path of a file or folder under shared/fixtures, or a skip (locally) / failure (CI) when absent.</summary>
    public static string Path(params string[] parts)
    {
        var root = Root.Value;
        if (root is null)
        {
            const string message = "../shared/fixtures is not beside the repository root";
            if (InCi)
            {
                throw new InvalidOperationException(message + " (required in CI)");
            }
            Assert.Skip(message);
        }
        return System.IO.Path.Combine([root, .. parts]);
    }

    /// <summary>Path for use in theory data: null when the fixtures are absent (the theory then gets no rows).</summary>
    public static string? TryPath(params string[] parts)
    {
        var root = Root.Value;
        return root is null ? null : System.IO.Path.Combine([root, .. parts]);
    }

    private static string? FindRoot()
    {
        try
        {
            var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, "..", "shared", "fixtures"));
            return Directory.Exists(candidate) ? candidate : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}

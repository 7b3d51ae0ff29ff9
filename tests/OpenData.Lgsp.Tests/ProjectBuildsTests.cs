namespace OpenData.Lgsp.Tests;

public sealed class ProjectBuildsTests
{
    [Fact]
    public void Assembly_loads() => Assert.NotNull(typeof(ProjectBuildsTests).Assembly);
}

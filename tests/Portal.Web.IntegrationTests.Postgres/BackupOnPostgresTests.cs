using Portal.Web.Infrastructure.Cli;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests;

/// <summary>The backup verbs copy the SQLite data folder (ADR 0007); on PostgreSQL they refuse and point at pg_dump.</summary>
public sealed class BackupOnPostgresTests
{
    [Theory]
    [InlineData("backup")]
    [InlineData("restore")]
    public async Task Verb_RefusesWithOneLine_OnPostgreSql(string verb)
    {
        using var factory = new PortalFactory();
        var archive = Path.Combine(Path.GetTempPath(), $"portal-{Guid.NewGuid():N}.zip");
        var error = new StringWriter();

        var exit = await Verbs.RunVerbAsync(factory.Services, [verb, archive], TextWriter.Null, error, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("pg_dump", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(archive));
    }
}

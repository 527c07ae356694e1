using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Audit;
using Portal.Web.Infrastructure.Cli;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Audit;

public sealed class AuditLogTests
{
    /// <summary>Tampering behind the portal's back, in SQL both providers accept (quoted names).</summary>
    private static async Task ExecuteAsync(PortalFactory factory, string sql)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    private static async Task<AuditLog> LogWithEntriesAsync(PortalFactory factory, int count)
    {
        var log = factory.Services.GetRequiredService<AuditLog>();
        for (var i = 0; i < count; i++)
        {
            await log.AppendAsync(AuditActions.ReportOpened, Guid.NewGuid(), $"report-{i}");
        }

        return log;
    }

    [Fact]
    public async Task Verify_ReportsIntact_WhenUntouched()
    {
        using var factory = new PortalFactory();
        var log = await LogWithEntriesAsync(factory, 5);
        var output = new StringWriter();

        var exit = await Verbs.RunVerbAsync(factory.Services, ["audit", "verify"], output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.StartsWith("OK: 5 entries", output.ToString(), StringComparison.Ordinal);
        Assert.Null((await log.VerifyAsync()).BrokenAt);
    }

    [Fact]
    public async Task Verify_NamesTamperedEntry_WhenARowIsEdited()
    {
        using var factory = new PortalFactory();
        await LogWithEntriesAsync(factory, 5);
        await ExecuteAsync(factory, "UPDATE \"AuditEntries\" SET \"Subject\" = 'someone-else' WHERE \"Id\" = 3;");
        var output = new StringWriter();

        var exit = await Verbs.RunVerbAsync(factory.Services, ["audit", "verify"], output, TextWriter.Null, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("breaks at entry 3", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_NamesGap_WhenARowIsDeleted()
    {
        using var factory = new PortalFactory();
        var log = await LogWithEntriesAsync(factory, 5);
        await ExecuteAsync(factory, "DELETE FROM \"AuditEntries\" WHERE \"Id\" = 2;");

        Assert.Equal(3, (await log.VerifyAsync()).BrokenAt);
    }

    [Fact]
    public async Task Append_KeepsOneChain_WhenWritersRace()
    {
        using var factory = new PortalFactory();
        var log = factory.Services.GetRequiredService<AuditLog>();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => log.AppendAsync(AuditActions.SignIn, Guid.NewGuid(), $"s{i}")));

        var (count, broken) = await log.VerifyAsync();
        Assert.Null(broken);
        Assert.True(count >= 20);
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Equal(count, await db.AuditEntries.CountAsync());
    }
}

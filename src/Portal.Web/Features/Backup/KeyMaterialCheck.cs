using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Infrastructure;

namespace Portal.Web.Features.Backup;

/// <summary>
/// Refuses to start a portal whose database needs key files that are not in keys/, typically after a restore
/// from an archive without keys. Left alone, the portal would create fresh ones on first use: a new receipt salt
/// silently locks every reporter out of their mailbox, and a new staff-tag key lets recused people past the page
/// check. Runs after <see cref="DatabaseStartup"/> (registered later), so the schema is in place.
/// </summary>
internal sealed class KeyMaterialCheck(IDbContextFactory<PortalDbContext> contexts, DataDirectory data) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var keys = Path.Combine(data.Path, "keys");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!File.Exists(Path.Combine(keys, "receipt.key")) && await db.Reports.AnyAsync(cancellationToken))
        {
            throw Missing(keys, "receipt.key", "without it no reporter's receipt opens their mailbox again");
        }

        if (!File.Exists(Path.Combine(keys, "staff-tag.key")) && await db.CaseRecusals.AnyAsync(cancellationToken))
        {
            throw Missing(keys, "staff-tag.key", "without it recused people would no longer be recognised");
        }
    }

    private static StartupException Missing(string keys, string file, string consequence) => new(
        $"'{Path.Combine(keys, file)}' is missing but the database needs it ({consequence}). " +
        "Copy it from your key backup into that folder (mode 0600) and start again; see docs/operations.md, Backup and restore.");

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

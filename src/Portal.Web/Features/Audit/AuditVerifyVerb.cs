using Portal.Web.Infrastructure.Cli;

namespace Portal.Web.Features.Audit;

internal sealed class AuditVerifyVerb(AuditLog log) : IVerb
{
    public string Name => "audit";

    public string Usage => "audit verify";

    public string Summary => "Check the audit log's hash chain; exit 1 and name the first broken entry if it was altered.";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        if (args is not ["verify"])
        {
            await output.WriteLineAsync($"usage: {Usage}");
            return 2;
        }

        var (checkedCount, brokenAt) = await log.VerifyAsync(cancellationToken);
        if (brokenAt is { } id)
        {
            await output.WriteLineAsync($"BROKEN: the chain is intact for {checkedCount} entries and breaks at entry {id} (altered, removed or inserted).");
            return 1;
        }

        await output.WriteLineAsync($"OK: {checkedCount} entries, chain intact.");
        return 0;
    }
}

public static class AuditExtensions
{
    public static IServiceCollection AddPortalAudit(this IServiceCollection services)
    {
        services.AddSingleton<AuditLog>();
        services.AddTransient<IVerb, AuditVerifyVerb>();
        return services;
    }
}

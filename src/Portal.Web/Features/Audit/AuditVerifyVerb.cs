using System.Globalization;
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

        var verification = await log.VerifyAsync(cancellationToken);
        if (verification.Break is { } broken)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"BROKEN: the chain is intact for {verification.Checked} entries and breaks at entry {broken.Id} ({broken.At.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC, {broken.Action}): altered, or an entry before it was removed or inserted."));
            return 1;
        }

        await output.WriteLineAsync($"OK: {verification.Checked} entries, chain intact.");
        return 0;
    }
}

public static class AuditExtensions
{
    public static IServiceCollection AddPortalAudit(this IServiceCollection services)
    {
        services.AddSingleton<AuditLog>();
        services.AddSingleton<AuditBrowser>();
        services.AddTransient<IVerb, AuditVerifyVerb>();
        return services;
    }
}

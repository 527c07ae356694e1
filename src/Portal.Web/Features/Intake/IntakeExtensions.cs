using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Data;

namespace Portal.Web.Features.Intake;

public static class IntakeExtensions
{
    public const string SendPolicy = "intake-send";
    public const string LookupPolicy = "receipt-lookup";

    public static IServiceCollection AddPortalIntake(this IServiceCollection services)
    {
        services.AddOptions<IntakeOptions>().BindConfiguration(IntakeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ReceiptKeys>();
        services.AddSingleton<AttachmentStore>();
        services.AddSingleton<IntakeRouting>();
        services.AddSingleton<IntakeSubmission>();
        services.AddScoped<DraftValidation>();
        services.AddSingleton<SubmissionOnce>();
        services.AddSingleton<FollowUp.MailboxSessions>();
        services.AddSingleton<FollowUp.Mailbox>();
        services.AddHostedService<AttachmentCleanup>();
        services.AddOptions<Admission.AdmissionOptions>().BindConfiguration(Admission.AdmissionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Admission.AdmissionTickets>();
        services.AddSingleton<Admission.AdmissionControl>();
        services.AddRateLimiter(o =>
        {
            // Limits are per endpoint, not per address: behind Tor every reporter shares one address.
            o.AddConcurrencyLimiter(SendPolicy, l => { l.PermitLimit = 16; l.QueueLimit = 64; });
            // Look-ups are rationed by admission (ADR 0011); this only bounds how many wait out their minimum answer time.
            o.AddConcurrencyLimiter(LookupPolicy, l => { l.PermitLimit = 32; l.QueueLimit = 32; });
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, token) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                return new ValueTask(context.HttpContext.Response.WriteAsync(
                    "Hệ thống đang nhận quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.\n" +
                    "The portal is receiving too many requests. Please try again in a few minutes.\n", token));
            };
        });
        return services;
    }

    public static WebApplication MapPortalIntake(this WebApplication app)
    {
        app.MapPost("/report/send", SendReportEndpoint.HandleAsync).AllowAnonymous().RequireRateLimiting(SendPolicy).ExcludeFromDescription();
        FollowUp.FollowUpEndpoints.MapFollowUp(app);
        return app;
    }
}

/// <summary>At start, removes encrypted files that an interrupted upload or a crash left without a database row.</summary>
internal sealed class AttachmentCleanup(
    IDbContextFactory<PortalDbContext> contexts, AttachmentStore store, IOptions<DatabaseOptions> database, TimeProvider clock,
    ILogger<AttachmentCleanup> logger) : IHostedLifecycleService
{
    /// <summary>On PostgreSQL the attachments folder is shared by every node, and a node starting must not delete an
    /// upload another node is writing: only files nobody has touched for this long count as left behind.</summary>
    internal static readonly TimeSpan SharedFolderGrace = TimeSpan.FromHours(24);

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var referenced = (await db.ReportAttachments.Select(a => a.StoredName).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var removed = store.RemoveOrphans(referenced,
            database.Value.IsPostgreSql ? clock.GetUtcNow().UtcDateTime - SharedFolderGrace : null);
        if (removed > 0)
        {
            logger.LogInformation("Removed {Count} unfinished or unreferenced attachment file(s)", removed);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

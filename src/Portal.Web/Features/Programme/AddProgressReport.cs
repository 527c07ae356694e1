using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Features.Audit;
using Portal.Web.Infrastructure;

namespace Portal.Web.Features.Programme;

/// <summary>A link or an uploaded file offered as evidence with a progress report.</summary>
public sealed record EvidenceInput(string Label, string? Url = null, Stream? Content = null, string? ContentType = null);

/// <summary>
/// Adds a dated progress report with its evidence to a programme task. Files are written first and removed
/// again if the report cannot be saved, so a refusal leaves neither a row nor a stray file.
/// </summary>
public sealed class AddProgressReport(
    IDbContextFactory<PortalDbContext> contexts, AuditLog audit, TimeProvider clock, DataDirectory data, IStringLocalizer<SharedResource> l)
{
    public const long MaxFileBytes = 20 * 1024 * 1024;

    public string EvidenceFolder => Path.Combine(data.Path, "programme-evidence");

    public async Task<CommandResult> HandleAsync(
        ProgrammeActor actor, Guid taskId, DateOnly reportedOn, string text, IReadOnlyList<EvidenceInput> evidence, CancellationToken cancellationToken = default)
    {
        if (!actor.CanEdit)
        {
            return CommandResult.Fail(l["Programme.NotAllowed"]);
        }

        text = text.Trim();
        var errors = new List<string>();
        if (text.Length is 0 or > 4000)
        {
            errors.Add(l["Programme.ProgressTextInvalid"]);
        }

        if (reportedOn > DepartmentDate.Today(clock))
        {
            errors.Add(l["Programme.ProgressInFuture"]);
        }

        foreach (var item in evidence)
        {
            if (item.Label.Trim().Length is 0 or > 300)
            {
                errors.Add(l["Programme.EvidenceLabelInvalid"]);
            }

            if (item.Content is null && !(Uri.TryCreate(item.Url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            {
                errors.Add(l["Programme.EvidenceUrlInvalid"]);
            }
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var task = await db.ProgrammeTasks.FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        if (task is null)
        {
            errors.Add(l["Programme.TaskMissing"]);
        }

        if (errors.Count > 0)
        {
            return new CommandResult(false, errors.Distinct().ToList());
        }

        var report = new ProgressReport
        {
            TaskId = taskId, ReportedOn = reportedOn, Text = text, AuthorUserId = actor.UserId, CreatedAt = clock.GetUtcNow(),
        };
        var written = new List<string>();
        try
        {
            foreach (var item in evidence)
            {
                var row = new ProgressEvidence { ReportId = report.Id, Label = item.Label.Trim(), Url = item.Content is null ? item.Url : null };
                if (item.Content is { } content)
                {
                    Directory.CreateDirectory(EvidenceFolder);
                    row.StoredName = row.Id.ToString("N");
                    row.ContentType = string.IsNullOrWhiteSpace(item.ContentType) ? "application/octet-stream" : item.ContentType;
                    var path = Path.Combine(EvidenceFolder, row.StoredName);
                    written.Add(path);
                    row.SizeBytes = await CopyLimitedAsync(content, path, cancellationToken);
                    if (row.SizeBytes is null)
                    {
                        DeleteAll(written);
                        return CommandResult.Fail(l["Programme.EvidenceTooLarge", MaxFileBytes / 1024 / 1024]);
                    }
                }

                report.Evidence.Add(row);
            }

            db.ProgressReports.Add(report);
            if (task!.Status == ProgrammeTaskStatus.NotStarted)
            {
                // A report of progress means work has begun; saying so spares the owner a second edit.
                task.Status = ProgrammeTaskStatus.InProgress;
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            DeleteAll(written);
            throw;
        }

        await audit.AppendAsync(AuditActions.ProgrammeProgressAdded, actor.UserId, $"{task.Year}/{task.Code}",
            $"on={reportedOn:yyyy-MM-dd}; evidence={report.Evidence.Count}", cancellationToken);
        return CommandResult.Ok;
    }

    public string? PathOf(ProgressEvidence evidence) => evidence.StoredName is { } name ? Path.Combine(EvidenceFolder, name) : null;

    private static async Task<long?> CopyLimitedAsync(Stream content, string path, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > MaxFileBytes)
            {
                return null;
            }

            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return total;
    }

    private static void DeleteAll(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            File.Delete(path);
        }
    }
}

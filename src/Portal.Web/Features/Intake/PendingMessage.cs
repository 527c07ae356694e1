using Microsoft.EntityFrameworkCore;
using Portal.Crypto;
using Portal.Web.Data;

namespace Portal.Web.Features.Intake;

/// <summary>A message to or from the reporter, with files encrypted as they stream in; stored in one transaction or not at all.</summary>
public sealed class PendingMessage : IAsyncDisposable
{
    private readonly IDbContextFactory<PortalDbContext> contexts;
    private readonly AttachmentStore store;
    private readonly TimeProvider clock;
    private readonly IntakeOptions options;
    private readonly SecretKey contentKey;
    private readonly MessageAuthor author;
    private readonly Guid? authorUserId;
    private readonly List<ReportAttachment> files = [];
    private long totalBytes;
    private bool committed;

    public PendingMessage(IDbContextFactory<PortalDbContext> contexts, AttachmentStore store, TimeProvider clock, IntakeOptions options,
        Guid reportId, SecretKey contentKey, MessageAuthor author, Guid? authorUserId)
    {
        this.contexts = contexts;
        this.store = store;
        this.clock = clock;
        this.options = options;
        this.contentKey = contentKey;
        this.author = author;
        this.authorUserId = authorUserId;
        ReportId = reportId;
    }

    public Guid ReportId { get; }

    public Guid Id { get; } = Guid.NewGuid();

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);

    public async Task<FileProblem> AddFileAsync(string? fileName, Stream content, CancellationToken cancellationToken)
    {
        if (files.Count >= options.MaxFiles)
        {
            return FileProblem.TooManyFiles;
        }

        var attachmentId = Guid.NewGuid();
        var (problem, written) = await AttachmentWriter.WriteAsync(store, ReportId, attachmentId, contentKey, content,
            options.MaxFileBytes, options.MaxReportBytes - totalBytes, cancellationToken);
        if (problem != FileProblem.None)
        {
            return problem;
        }

        totalBytes += written.PlaintextLength;
        files.Add(new ReportAttachment
        {
            Id = attachmentId, ReportId = ReportId, Position = files.Count, MessageId = Id, StoredName = written.StoredName, CiphertextLength = written.CiphertextLength,
            EncryptedName = ContentCipher.EncryptString(contentKey, FileNames.Clean(fileName), ReportCipher.Ad(ReportId, "file-name", attachmentId)),
            EncryptedContentType = ContentCipher.EncryptString(contentKey, "application/octet-stream", ReportCipher.Ad(ReportId, "file-type", attachmentId)),
            FileKey = written.WrappedKey, AddedOn = Today,
        });
        return FileProblem.None;
    }

    /// <summary>Stores the text (may be empty when only files are added) and the files together.</summary>
    public async Task CommitAsync(string text, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            store.Commit(file.StoredName, Today);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sequence = (await db.ReportMessages.Where(m => m.ReportId == ReportId).MaxAsync(m => (long?)m.Sequence, cancellationToken) ?? 0) + 1;
        db.ReportMessages.Add(new ReportMessage
        {
            Id = Id, ReportId = ReportId, Author = author, AuthorUserId = authorUserId, SentOn = Today, Sequence = sequence,
            Body = ContentCipher.EncryptString(contentKey, text, ReportCipher.Ad(ReportId, "message", Id)),
        });
        db.ReportAttachments.AddRange(files);
        await db.SaveChangesAsync(cancellationToken);
        committed = true;
    }

    public ValueTask DisposeAsync()
    {
        if (!committed)
        {
            foreach (var file in files)
            {
                store.Discard(file.StoredName);
            }
        }

        contentKey.Dispose();
        return ValueTask.CompletedTask;
    }
}

using Microsoft.EntityFrameworkCore;
using Portal.Crypto;
using Portal.Web.Data;

namespace Portal.Web.Features.Intake;

/// <summary>A message to or from the reporter, with files encrypted as they stream in; stored in one transaction or not at all.</summary>
public sealed class PendingMessage : IAsyncDisposable
{
    private readonly IDbContextFactory<PortalDbContext> contexts;
    private readonly TimeProvider clock;
    private readonly SecretKey contentKey;
    private readonly MessageAuthor author;
    private readonly Guid? authorUserId;
    private readonly EvidenceBatch files;
    private readonly SecretKey? existingOriginals;
    private readonly byte[]? vaultPublicKey;
    private SecretKey? newOriginals;
    private bool committed;

    /// <param name="existingOriginals">The report's originals key when it has one (owned by this message from now on).</param>
    /// <param name="vaultPublicKey">Where a newly created originals key is sealed, besides the reporter.</param>
    public PendingMessage(IDbContextFactory<PortalDbContext> contexts, AttachmentStore store, TimeProvider clock, IntakeOptions options,
        Guid reportId, SecretKey contentKey, MessageAuthor author, Guid? authorUserId, SecretKey? existingOriginals = null, byte[]? vaultPublicKey = null)
    {
        this.existingOriginals = existingOriginals;
        this.vaultPublicKey = vaultPublicKey;
        this.contexts = contexts;
        this.clock = clock;
        this.contentKey = contentKey;
        this.author = author;
        this.authorUserId = authorUserId;
        ReportId = reportId;
        files = new EvidenceBatch(store, options, reportId, Id, contentKey, () => existingOriginals ?? (newOriginals ??= SecretKey.Generate()), Today);
    }

    public Guid ReportId { get; }

    public Guid Id { get; } = Guid.NewGuid();

    private DateOnly Today => DepartmentDate.Today(clock);

    public IReadOnlyList<FileNotice> Files => files.Notices;

    public Task<FileProblem> AddFileAsync(string? fileName, Stream content, CancellationToken cancellationToken) =>
        files.AddAsync(fileName, null, content, cancellationToken);

    /// <summary>Stores the text (may be empty when only files are added) and the files together.</summary>
    public async Task CommitAsync(string text, CancellationToken cancellationToken)
    {
        files.Commit();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sequence = (await db.ReportMessages.Where(m => m.ReportId == ReportId).MaxAsync(m => (long?)m.Sequence, cancellationToken) ?? 0) + 1;
        db.ReportMessages.Add(new ReportMessage
        {
            Id = Id, ReportId = ReportId, Author = author, AuthorUserId = authorUserId, SentOn = Today, Sequence = sequence,
            Body = ContentCipher.EncryptString(contentKey, text, ReportCipher.Ad(ReportId, "message", Id)),
        });
        db.ReportAttachments.AddRange(files.Rows);
        if (newOriginals is not null)
        {
            ReportCipher.SealOriginalsKey(await db.Reports.FirstAsync(r => r.Id == ReportId, cancellationToken), newOriginals, vaultPublicKey);
        }

        await db.SaveChangesAsync(cancellationToken);
        committed = true;
    }

    public ValueTask DisposeAsync()
    {
        if (!committed)
        {
            files.Discard();
        }

        contentKey.Dispose();
        existingOriginals?.Dispose();
        newOriginals?.Dispose();
        return ValueTask.CompletedTask;
    }
}

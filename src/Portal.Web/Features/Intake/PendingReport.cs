using Portal.Crypto;

namespace Portal.Web.Features.Intake;

public enum FileProblem
{
    None,
    Empty,
    TooLarge,
    ReportTooLarge,
    TooManyFiles,
}

/// <summary>
/// A report being received: files are encrypted to ".part" files as they stream in; <see cref="CommitAsync"/>
/// writes everything in one transaction. Disposed without commit, it leaves nothing behind.
/// </summary>
public sealed class PendingReport : IAsyncDisposable
{
    private readonly IntakeSubmission owner;
    private readonly ReportDraft draft;
    private readonly ReceiptSecrets secrets;
    private readonly SecretKey contentKey = SecretKey.Generate();
    private readonly Guid receivingUnitId;
    private readonly byte[] inboxPublicKey;
    private readonly byte[]? vaultPublicKey;
    private readonly EvidenceBatch files;
    private readonly Cases.ConflictMatch match;
    private readonly ReportOrigin origin;
    private readonly Guid? recordedBy;
    private bool committed;

    internal PendingReport(IntakeSubmission owner, ReportDraft draft, Receipt receipt, ReceiptSecrets secrets,
        Guid receivingUnitId, byte[] inboxPublicKey, byte[]? vaultPublicKey, Cases.ConflictMatch match, ReportOrigin origin, Guid? recordedBy)
    {
        this.match = match;
        this.origin = origin;
        this.recordedBy = recordedBy;
        this.owner = owner;
        this.draft = draft;
        this.secrets = secrets;
        this.receivingUnitId = receivingUnitId;
        this.inboxPublicKey = inboxPublicKey;
        this.vaultPublicKey = vaultPublicKey;
        Receipt = receipt;
        files = new EvidenceBatch(owner.Store, owner.Options, Id, null, contentKey, () => originalsKey ??= SecretKey.Generate(), owner.Today);
    }

    public Guid Id { get; } = Guid.NewGuid();

    public Receipt Receipt { get; }

    public IReadOnlyList<FileNotice> Files => files.Notices;

    private SecretKey? originalsKey;

    /// <summary>
    /// Encrypts one uploaded file while it streams in, then keeps a metadata-free copy for handlers and the
    /// original as evidence. On a problem the partial files are removed and the report can go on.
    /// </summary>
    public Task<FileProblem> AddFileAsync(string? fileName, string? contentType, Stream content, CancellationToken cancellationToken) =>
        files.AddAsync(fileName, contentType, content, cancellationToken);

    public async Task<string> CommitAsync(CancellationToken cancellationToken)
    {
        var reporter = secrets.KeyPair.ExportPublicKey();
        var report = new Report
        {
            Id = Id, CaseCode = "", Channel = draft.Channel, Track = draft.Track, Stage = Cases.CaseStage.New, Origin = origin, Level = match.Level,
            ReceivingUnitId = receivingUnitId, ReceivedOn = owner.Today, LookupHash = secrets.LookupHash,
            ContentKeyForInbox = Sealing.SealKey(contentKey, inboxPublicKey, ReportCipher.Ad(Id, "content-key-inbox")),
            ContentKeyForReporter = Sealing.SealKey(contentKey, reporter, ReportCipher.Ad(Id, "content-key-reporter")),
            ReporterPublicKey = reporter,
            Body = ReportCipher.EncryptJson(contentKey, draft.Content, ReportCipher.Ad(Id, "body")),
            ProtectionRequested = draft.ProtectionRequested,
            Protection = draft.ProtectionRequested ? Cases.ProtectionState.Requested : Cases.ProtectionState.None,
        };
        if (draft.Identity is not null)
        {
            using var identityKey = SecretKey.Generate();
            report.Identity = ReportCipher.EncryptJson(identityKey, draft.Identity, ReportCipher.Ad(Id, "identity"));
            report.IdentityKeyForReporter = Sealing.SealKey(identityKey, reporter, ReportCipher.Ad(Id, "identity-key-reporter"));
            report.IdentityKeyForVault = vaultPublicKey is null ? null
                : Sealing.SealKey(identityKey, vaultPublicKey, ReportCipher.Ad(Id, "identity-key-vault"));
        }

        if (originalsKey is not null)
        {
            ReportCipher.SealOriginalsKey(report, originalsKey, vaultPublicKey);
        }

        files.Commit();
        var code = await owner.SaveAsync(report, files.Rows, contentKey, match, recordedBy, cancellationToken);
        committed = true;
        return code;
    }

    public ValueTask DisposeAsync()
    {
        if (!committed)
        {
            files.Discard();
        }

        contentKey.Dispose();
        originalsKey?.Dispose();
        secrets.Dispose();
        return ValueTask.CompletedTask;
    }
}

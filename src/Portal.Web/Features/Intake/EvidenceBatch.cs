using Portal.Crypto;

namespace Portal.Web.Features.Intake;

/// <summary>
/// The files of one report or one message: limits across the batch, cleaning, what the reporter is told,
/// and the all-or-nothing ending (committed together with the rows, or removed from disk).
/// </summary>
internal sealed class EvidenceBatch(
    AttachmentStore store, IntakeOptions options, Guid reportId, Guid? messageId, SecretKey contentKey, Func<SecretKey> originalsKey, DateOnly today)
{
    private readonly List<ReportAttachment> rows = [];
    private readonly List<FileNotice> notices = [];
    private long totalBytes;

    public IReadOnlyList<ReportAttachment> Rows => rows;

    public IReadOnlyList<FileNotice> Notices => notices;

    public async Task<FileProblem> AddAsync(string? fileName, string? contentType, Stream content, CancellationToken cancellationToken)
    {
        if (notices.Count >= options.MaxFiles)
        {
            return FileProblem.TooManyFiles;
        }

        var writer = new EvidenceWriter(store, reportId, messageId, contentKey, originalsKey, today, options.MaxFileBytes);
        var (problem, added, notice, bytes) = await writer.AddAsync(fileName, contentType, content, options.MaxReportBytes - totalBytes, notices.Count, cancellationToken);
        if (problem == FileProblem.None)
        {
            totalBytes += bytes;
            rows.AddRange(added);
            notices.Add(notice!);
        }

        return problem;
    }

    /// <summary>Renames the finished files into place, just before their rows are saved.</summary>
    public void Commit()
    {
        foreach (var row in rows)
        {
            store.Commit(row.StoredName, today);
        }
    }

    public void Discard()
    {
        foreach (var row in rows)
        {
            store.Discard(row.StoredName);
        }
    }
}

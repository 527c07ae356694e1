namespace Portal.Web.Features.Intake.Metadata;

/// <summary>Outcome of <see cref="IMetadataScrubber.ScrubAsync"/>: what was removed, or why nothing could be.</summary>
public sealed class ScrubResult
{
    private ScrubResult(string format, ScrubFailureReason reason, IReadOnlyList<RemovedMetadata> removed, string? failureDetail)
    {
        Format = format;
        FailureReason = reason;
        Removed = removed;
        FailureDetail = failureDetail;
    }

    /// <summary>Whether the output holds the cleaned file.</summary>
    public bool Succeeded => FailureReason == ScrubFailureReason.None;

    /// <summary>The format recognised by magic bytes ("JPEG", "PNG", "PDF", "Office Open XML"), or empty when none was.</summary>
    public string Format { get; }

    /// <summary><see cref="ScrubFailureReason.None"/> on success.</summary>
    public ScrubFailureReason FailureReason { get; }

    /// <summary>One entry per kind of metadata removed, in the order first met. Empty when nothing was found
    /// or the scrub failed.</summary>
    public IReadOnlyList<RemovedMetadata> Removed { get; }

    /// <summary>Technical English explanation of a failure for logs (never file content); null on success.</summary>
    public string? FailureDetail { get; }

    public static ScrubResult Success(string format, IReadOnlyList<RemovedMetadata> removed) =>
        new(format, ScrubFailureReason.None, removed, null);

    public static ScrubResult Failure(string format, ScrubFailureReason reason, string detail)
    {
        if (reason == ScrubFailureReason.None)
            throw new ArgumentOutOfRangeException(nameof(reason), "A failure needs a reason.");
        return new(format, reason, [], detail);
    }
}

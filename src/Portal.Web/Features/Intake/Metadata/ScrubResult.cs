namespace Portal.Web.Features.Intake.Metadata;

/// <summary>Outcome of <see cref="IMetadataScrubber.ScrubAsync"/>: what was removed, or why nothing could be.</summary>
public sealed class ScrubResult
{
    private ScrubResult(
        string format, ScrubFailureReason reason, IReadOnlyList<RemovedMetadata> removed, IReadOnlyList<string> warnings, string? failureDetail)
    {
        Format = format;
        FailureReason = reason;
        Removed = removed;
        Warnings = warnings;
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

    /// <summary>Parts of a cleaned file that may still hold metadata because they could not be cleaned
    /// (for example an embedded object in a format we do not handle), so the reporter is not told more than
    /// is true. Empty when everything was cleaned or the scrub failed.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Technical English explanation of a failure for logs (never file content); null on success.</summary>
    public string? FailureDetail { get; }

    public static ScrubResult Success(string format, IReadOnlyList<RemovedMetadata> removed, IReadOnlyList<string>? warnings = null) =>
        new(format, ScrubFailureReason.None, removed, warnings ?? [], null);

    public static ScrubResult Failure(string format, ScrubFailureReason reason, string detail)
    {
        if (reason == ScrubFailureReason.None)
            throw new ArgumentOutOfRangeException(nameof(reason), "A failure needs a reason.");
        return new(format, reason, [], [], detail);
    }
}

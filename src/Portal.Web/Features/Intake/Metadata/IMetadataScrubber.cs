namespace Portal.Web.Features.Intake.Metadata;

/// <summary>Removes metadata that could identify a reporter from one file format.</summary>
/// <remarks>
/// Implementations work on streams and memory only: nothing is ever written to disk, because the input
/// is the reporter's plaintext evidence. They never throw for malformed, truncated or hostile input;
/// they return a failed <see cref="ScrubResult"/> instead. Cancellation still throws
/// <see cref="OperationCanceledException"/>, and I/O errors of the caller's streams are not swallowed.
/// </remarks>
public interface IMetadataScrubber
{
    /// <summary>Whether this scrubber recognises the file by its first bytes.</summary>
    /// <param name="contentType">The type the client claimed. It is never trusted for the decision: a
    /// browser or a hostile client can send anything. It is part of the signature so implementations
    /// can log a mismatch.</param>
    /// <param name="header">The first bytes of the file (up to <see cref="MetadataScrubbers.HeaderLength"/>).</param>
    bool CanHandle(string contentType, ReadOnlySpan<byte> header);

    /// <summary>Copies <paramref name="input"/> to <paramref name="output"/> without identifying metadata.</summary>
    /// <param name="input">The uploaded file, read from its current position. It need not be seekable.</param>
    /// <param name="output">Receives the cleaned file. On failure its content is unspecified and must be discarded.</param>
    /// <param name="maxBytes">Largest input accepted; a longer input fails with <see cref="ScrubFailureReason.TooLarge"/>.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task<ScrubResult> ScrubAsync(Stream input, Stream output, long maxBytes, CancellationToken cancellationToken);
}

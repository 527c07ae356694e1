namespace Portal.Web.Features.Intake.Metadata.Common;

/// <summary>Stops a scrub deep inside a parser; <see cref="ScrubGuard"/> turns it into a failed result.</summary>
/// <remarks>Parsers are recursive and asynchronous; threading a failure value through every call would
/// bury the format logic. The exception never leaves the scrubber.</remarks>
internal sealed class ScrubAbortedException : Exception
{
    public ScrubAbortedException()
        : this(ScrubFailureReason.Corrupt, "The file could not be read.")
    {
    }

    public ScrubAbortedException(string message)
        : this(ScrubFailureReason.Corrupt, message)
    {
    }

    public ScrubAbortedException(string message, Exception innerException)
        : base(message, innerException) => Reason = ScrubFailureReason.Corrupt;

    public ScrubAbortedException(ScrubFailureReason reason, string message)
        : base(message) => Reason = reason;

    public ScrubFailureReason Reason { get; }

    public static ScrubAbortedException Truncated(string detail) => new(ScrubFailureReason.Truncated, detail);

    public static ScrubAbortedException Corrupt(string detail) => new(ScrubFailureReason.Corrupt, detail);

    public static ScrubAbortedException TooLarge(string detail) => new(ScrubFailureReason.TooLarge, detail);

    public static ScrubAbortedException Unsupported(string detail) => new(ScrubFailureReason.Unsupported, detail);
}

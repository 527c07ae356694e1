namespace Portal.Web.Features.Intake.Metadata;

/// <summary>Why a file could not be cleaned, so the reporter can be told in plain words.</summary>
public enum ScrubFailureReason
{
    /// <summary>The file was cleaned.</summary>
    None = 0,

    /// <summary>The file ends before its structure says it should (an interrupted upload, a cut file).</summary>
    Truncated,

    /// <summary>The file's structure is damaged, inconsistent or deliberately unsafe (for example a ZIP entry
    /// named <c>../x</c>), so it cannot be cleaned reliably.</summary>
    Corrupt,

    /// <summary>The file, or what it expands to, exceeds a size or count limit (this includes ZIP bombs).</summary>
    TooLarge,

    /// <summary>The format, or a feature of it (such as an encrypted PDF), is not one we can clean.</summary>
    Unsupported,
}

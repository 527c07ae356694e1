using Portal.Web.Features.Intake.Metadata.Common;

namespace Portal.Web.Features.Intake.Metadata.Pdf;

/// <summary>Counts bytes decompressed from cross-reference and object streams: a small PDF can hold a
/// stream that inflates to gigabytes.</summary>
internal sealed class PdfDecodeBudget(long limit)
{
    private long _used;

    public long Remaining => limit - _used;

    public void Consume(long bytes)
    {
        _used += bytes;
        if (_used > limit)
            throw ScrubAbortedException.TooLarge($"The PDF's compressed structures expand to more than {limit} bytes.");
    }
}

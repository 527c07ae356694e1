using System.Xml;

namespace Portal.Web.Features.Intake.Metadata.Common;

/// <summary>Runs one scrub and converts every way hostile input can break it into a failed result.</summary>
internal static class ScrubGuard
{
    public static async Task<ScrubResult> RunAsync(
        string format, Func<RemovedMetadataCollector, Task> scrub, CancellationToken cancellationToken)
    {
        var removed = new RemovedMetadataCollector();
        try
        {
            await scrub(removed);
            return ScrubResult.Success(format, removed.ToList(), removed.Warnings);
        }
        catch (ScrubAbortedException ex)
        {
            return ScrubResult.Failure(format, ex.Reason, ex.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (EndOfStreamException)
        {
            return ScrubResult.Failure(format, ScrubFailureReason.Truncated, "The file ends unexpectedly.");
        }
        catch (NotSupportedException ex)
        {
            // ZIP entries that are encrypted or use a compression method the framework does not read.
            return ScrubResult.Failure(format, ScrubFailureReason.Unsupported, $"The file uses a feature that cannot be read ({ex.GetType().Name}).");
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or FormatException)
        {
            // Decompressors and XML readers report damaged input this way.
            return ScrubResult.Failure(format, ScrubFailureReason.Corrupt, $"Damaged content ({ex.GetType().Name}).");
        }
        catch (Exception ex) when (ex is not IOException and not OutOfMemoryException and not OperationCanceledException)
        {
            // Safety net: the contract is that malformed input never throws. A parser bug on a strange file
            // must become "could not be cleaned", not a failed upload. I/O errors of the caller's own streams
            // are not input problems and still propagate.
            return ScrubResult.Failure(format, ScrubFailureReason.Corrupt, $"Internal error while reading the file ({ex.GetType().Name}).");
        }
    }
}

using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Portal.Web.Features.Intake.Metadata.Common;

namespace Portal.Web.Features.Intake.Metadata.Pdf;

/// <summary>Writes a new PDF holding only the objects the document uses, starting from its catalog.</summary>
/// <remarks>
/// A full rewrite rather than an incremental update: an update appended to the file would hide the old
/// /Info and XMP, but leave their bytes in the file for anyone to read, and earlier revisions (with their
/// own author names and deleted text) with them. Walking from the catalog keeps exactly what the current
/// document shows. Objects are renumbered, object streams are unpacked into plain objects, and the
/// cross-reference table is rebuilt. Content streams, fonts and pictures are copied byte for byte, except
/// JPEG pictures, which go through <see cref="JpegScrubber"/>.
/// </remarks>
internal sealed class PdfRewriter(PdfLimits limits, RemovedMetadataCollector removed)
{
    public async Task RewriteAsync(PlaintextBuffer file, Stream output, CancellationToken cancellationToken)
    {
        var data = file.Memory;
        var version = ReadVersion(data.Span) ?? throw ScrubAbortedException.Unsupported("Not a PDF file.");
        var budget = new PdfDecodeBudget(limits.MaxDecodedBytes);

        PdfCrossReference xref;
        var rebuilt = false;
        try
        {
            xref = PdfCrossReference.Read(data, limits, budget);
        }
        catch (ScrubAbortedException ex) when (ex.Reason == ScrubFailureReason.Corrupt)
        {
            xref = PdfReconstruction.Build(data, limits, budget);
            rebuilt = true;
        }

        using var cleaned = new MemoryStream();
        var report = new RemovedMetadataCollector();
        try
        {
            await WriteAsync(data, xref, version, cleaned, report, budget, cancellationToken);
        }
        catch (PdfWrongOffsetException) when (!rebuilt)
        {
            cleaned.SetLength(0);
            report = new RemovedMetadataCollector();
            xref = PdfReconstruction.Build(data, limits, budget);
            await WriteAsync(data, xref, version, cleaned, report, budget, cancellationToken);
        }
        catch (PdfWrongOffsetException)
        {
            throw ScrubAbortedException.Corrupt("The PDF's objects cannot be located.");
        }

        removed.Merge(report);
        cleaned.Position = 0;
        await cleaned.CopyToAsync(output, cancellationToken);
        CryptographicOperations.ZeroMemory(cleaned.GetBuffer());
    }

    private async Task WriteAsync(
        ReadOnlyMemory<byte> data, PdfCrossReference xref, string version, MemoryStream cleaned,
        RemovedMetadataCollector report, PdfDecodeBudget budget, CancellationToken cancellationToken)
    {
        var reader = new PdfDocumentReader(data, xref, limits, budget);
        var trailer = xref.Trailer;
        if (trailer.Get("Encrypt") is not (null or PdfNull))
            throw ScrubAbortedException.Unsupported("The PDF is encrypted or password-protected.");
        if (trailer.Get("Root") is not PdfReference root || !reader.Exists(root.Number))
            throw ScrubAbortedException.Corrupt("The PDF has no document catalog.");

        var information = trailer.Get("Info") as PdfReference;
        DescribeInformation(reader, trailer, report);
        if (trailer.Get("ID") is PdfArray)
            report.Add(MetadataKind.DocumentIdentifier, "file identifier (replaced by a random one)");
        if (xref.Sections > (IsLinearized(data.Span) ? 2 : 1))
            report.Add(MetadataKind.EditingHistory, "earlier saved versions of the document (incremental updates)");

        var numbers = new Dictionary<int, int>();
        var queue = new Queue<int>();
        PdfObject Map(PdfReference reference)
        {
            if (!reader.Exists(reference.Number))
                return PdfNull.Instance;
            if (!numbers.TryGetValue(reference.Number, out var number))
            {
                number = numbers.Count + 1;
                if (number > limits.MaxObjects)
                    throw ScrubAbortedException.TooLarge($"The PDF has more than {limits.MaxObjects} objects.");
                numbers[reference.Number] = number;
                queue.Enqueue(reference.Number);
            }

            return new PdfReference(number, 0);
        }

        var writer = new PdfWriter(cleaned, Map);
        writer.WriteAscii($"%PDF-{version}\n");
        // A comment of high bytes tells transfer tools the file is binary.
        writer.WriteBytes([(byte)'%', 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']);

        var sanitiser = new PdfSanitiser(report, limits.MaxNestingDepth);
        var offsets = new List<long>();
        Map(root);
        while (queue.TryDequeue(out var original))
        {
            cancellationToken.ThrowIfCancellationRequested();
            // /Info is normally reached only from the trailer; if anything else points at it, it is emptied.
            var value = original == information?.Number ? new PdfDictionary() : Load(reader, original, original == root.Number, report);
            sanitiser.Clean(value, isCatalog: original == root.Number);
            if (value is PdfStream stream)
                await CleanPictureAsync(stream, report, cancellationToken);
            offsets.Add(writer.Position);
            writer.WriteIndirect(offsets.Count, value);
        }

        WriteCrossReference(writer, offsets);
    }

    /// <summary>Loads one object. A damaged object other than the catalog is replaced by null, as viewers
    /// skip it, rather than leaving the whole file uncleaned; the reporter is warned.</summary>
    private static PdfObject Load(PdfDocumentReader reader, int number, bool isCatalog, RemovedMetadataCollector report)
    {
        try
        {
            return reader.Load(number) ?? PdfNull.Instance;
        }
        catch (ScrubAbortedException ex) when (!isCatalog && ex.Reason is ScrubFailureReason.Corrupt or ScrubFailureReason.Truncated)
        {
            report.Warn("Damaged parts of the PDF could not be read and were left out of the cleaned copy.");
            return PdfNull.Instance;
        }
    }

    /// <summary>The information dictionary is left out whatever it holds; reading it only serves the report.</summary>
    private static void DescribeInformation(PdfDocumentReader reader, PdfDictionary trailer, RemovedMetadataCollector report)
    {
        if (trailer.Get("Info") is null)
            return;
        try
        {
            PdfInformation.Describe(reader.Resolve(trailer.Get("Info")), report);
        }
        catch (ScrubAbortedException ex) when (ex.Reason is ScrubFailureReason.Corrupt or ScrubFailureReason.Truncated)
        {
            report.Add(MetadataKind.Other, "unreadable document information");
        }
    }

    private static void WriteCrossReference(PdfWriter writer, List<long> offsets)
    {
        var start = writer.Position;
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f\r\n");
        foreach (var offset in offsets)
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n\r\n");
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var instance = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        table.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {offsets.Count + 1} /Root 1 0 R /ID [<{id}> <{instance}>]>>\n");
        table.Append(CultureInfo.InvariantCulture, $"startxref\n{start}\n%%EOF\n");
        writer.WriteAscii(table.ToString());
    }

    /// <summary>JPEG pictures (DCTDecode) carry their camera's EXIF inside the PDF; they are cleaned like
    /// uploaded photos. Other picture formats are copied as they are.</summary>
    private static async Task CleanPictureAsync(PdfStream stream, RemovedMetadataCollector report, CancellationToken cancellationToken)
    {
        var filter = stream.Dictionary.Get("Filter") switch
        {
            PdfName name => name.Value,
            PdfArray { Items: [PdfName only] } => only.Value,
            PdfArray { Items.Count: > 1 } filters when filters.Items.Any(f => f is PdfName { Value: "DCTDecode" or "DCT" }) => "layered DCT",
            _ => null,
        };

        if (filter == "JPXDecode")
            report.Warn("JPEG 2000 pictures in the PDF were kept as they are and may hold their own metadata.");
        if (filter == "layered DCT")
            report.Warn("Some compressed JPEG pictures in the PDF were kept as they are and may hold their own metadata.");
        if (filter is not ("DCTDecode" or "DCT") || !MemoryMarshal.TryGetArray(stream.Data, out var segment))
            return;

        using var picture = new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false);
        using var output = new MemoryStream();
        var result = await new JpegScrubber().ScrubAsync(picture, output, segment.Count, cancellationToken);
        if (result.Succeeded)
        {
            report.AddNested("JPEG picture in the PDF", result);
            stream.Data = output.ToArray();
        }
        else
        {
            report.Warn("A JPEG picture in the PDF could not be cleaned and was kept as it is.");
        }
    }

    private static string? ReadVersion(ReadOnlySpan<byte> data)
    {
        if (data.Length < 8 || !data.StartsWith("%PDF-"u8) || !char.IsAsciiDigit((char)data[5]) || data[6] != '.' || !char.IsAsciiDigit((char)data[7]))
            return null;
        return Encoding.ASCII.GetString(data.Slice(5, 3));
    }

    /// <summary>A linearized ("fast web view") file has a first-page cross-reference section of its own,
    /// which is not an earlier revision.</summary>
    private static bool IsLinearized(ReadOnlySpan<byte> data) => data[..Math.Min(data.Length, 1024)].IndexOf("/Linearized"u8) >= 0;
}

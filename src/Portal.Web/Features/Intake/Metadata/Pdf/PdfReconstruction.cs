using Portal.Web.Features.Intake.Metadata.Common;

namespace Portal.Web.Features.Intake.Metadata.Pdf;

/// <summary>Rebuilds the cross-reference information by scanning the file for "n g obj" headers, as
/// viewers do when a PDF's tables are damaged or its offsets are wrong. Later definitions win, as later
/// incremental updates do.</summary>
internal static class PdfReconstruction
{
    public static PdfCrossReference Build(ReadOnlyMemory<byte> file, PdfLimits limits, PdfDecodeBudget budget)
    {
        var span = file.Span;
        var entries = new Dictionary<int, PdfXrefEntry>();
        var objectStreams = new List<int>();
        PdfDictionary? trailer = null;

        for (var at = span.IndexOf("obj"u8); at >= 0; at = NextObj(span, at + 3))
        {
            if (TryHeaderStart(span, at) is not { } start)
                continue;
            var parser = new PdfParser(file, start, limits.MaxNestingDepth);
            try
            {
                var (number, _) = parser.ReadObjectHeader();
                entries[number] = new PdfXrefEntry(PdfEntryKind.InFile, start, 0, 0);
                if (entries.Count > limits.MaxObjects)
                    throw ScrubAbortedException.TooLarge($"The PDF has more than {limits.MaxObjects} objects.");
                var body = parser.ReadObject(0);
                if (body is PdfDictionary dictionary && dictionary.GetName("Type") is "XRef" && dictionary.Get("Root") is not null)
                    trailer = dictionary;
                else if (body is PdfDictionary { } objStm && objStm.GetName("Type") == "ObjStm")
                    objectStreams.Add(number);
            }
            catch (ScrubAbortedException ex) when (ex.Reason != ScrubFailureReason.TooLarge)
            {
                // A damaged object is skipped; it only matters if the document uses it.
            }
        }

        trailer = LastTrailer(file, limits) ?? trailer ?? throw ScrubAbortedException.Corrupt("The PDF is damaged beyond repair: no trailer found.");
        var reader = new PdfDocumentReader(file, new PdfCrossReference(entries, trailer, 1), limits, budget);
        foreach (var streamNumber in objectStreams)
        {
            foreach (var (number, index) in reader.ListObjectStream(streamNumber))
                entries.TryAdd(number, new PdfXrefEntry(PdfEntryKind.InObjectStream, 0, streamNumber, index));
        }

        if (trailer.Get("Root") is not PdfReference)
            throw ScrubAbortedException.Corrupt("The PDF is damaged beyond repair: no document catalog.");
        return new PdfCrossReference(entries, trailer, 1);
    }

    private static int NextObj(ReadOnlySpan<byte> span, int from)
    {
        var next = span[from..].IndexOf("obj"u8);
        return next < 0 ? -1 : from + next;
    }

    /// <summary>Walks back from "obj" over "number whitespace generation whitespace" to the header's start.</summary>
    private static int? TryHeaderStart(ReadOnlySpan<byte> span, int objAt)
    {
        if (objAt + 3 < span.Length && PdfParser.IsRegular(span[objAt + 3]))
            return null;
        var i = objAt - 1;
        if (!SkipBack(span, ref i, PdfParser.IsWhitespace) || !SkipBack(span, ref i, IsDigit) ||
            !SkipBack(span, ref i, PdfParser.IsWhitespace) || !SkipBack(span, ref i, IsDigit))
        {
            return null;
        }

        return i >= 0 && PdfParser.IsRegular(span[i]) ? null : i + 1;
    }

    private static bool SkipBack(ReadOnlySpan<byte> span, ref int i, Func<byte, bool> accept)
    {
        var start = i;
        while (i >= 0 && accept(span[i]))
            i--;
        return i < start;
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private static PdfDictionary? LastTrailer(ReadOnlyMemory<byte> file, PdfLimits limits)
    {
        var span = file.Span;
        for (var at = span.LastIndexOf("trailer"u8); at >= 0; at = at == 0 ? -1 : span[..at].LastIndexOf("trailer"u8))
        {
            try
            {
                var parser = new PdfParser(file, at + "trailer".Length, limits.MaxNestingDepth);
                if (parser.ReadObject(0) is PdfDictionary dictionary && dictionary.Get("Root") is PdfReference)
                    return dictionary;
            }
            catch (ScrubAbortedException ex) when (ex.Reason != ScrubFailureReason.TooLarge)
            {
                // Keep looking further back.
            }
        }

        return null;
    }
}

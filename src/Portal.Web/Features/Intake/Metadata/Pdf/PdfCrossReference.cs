using Portal.Web.Features.Intake.Metadata.Common;

namespace Portal.Web.Features.Intake.Metadata.Pdf;

internal enum PdfEntryKind
{
    Free,
    InFile,
    InObjectStream,
}

/// <summary>Where an object lives: at a file offset, or at an index inside an object stream.</summary>
internal readonly record struct PdfXrefEntry(PdfEntryKind Kind, long Offset, int StreamNumber, int Index);

/// <summary>The merged cross-reference information of a PDF: the newest entry for each object number
/// across all incremental updates, and the newest trailer.</summary>
internal sealed class PdfCrossReference
{
    private const int MaxSections = 1000;

    public PdfCrossReference(Dictionary<int, PdfXrefEntry> entries, PdfDictionary trailer, int sections)
    {
        Entries = entries;
        Trailer = trailer;
        Sections = sections;
    }

    public Dictionary<int, PdfXrefEntry> Entries { get; }

    public PdfDictionary Trailer { get; }

    /// <summary>How many cross-reference sections the file had (one per saved revision, plus one in linearized files).</summary>
    public int Sections { get; }

    /// <summary>Follows startxref and every /Prev link. Throws <see cref="ScrubAbortedException"/> when the
    /// chain is broken, so the caller can fall back to <see cref="PdfReconstruction"/>.</summary>
    public static PdfCrossReference Read(ReadOnlyMemory<byte> file, PdfLimits limits, PdfDecodeBudget budget)
    {
        var entries = new Dictionary<int, PdfXrefEntry>();
        PdfDictionary? newestTrailer = null;
        var visited = new HashSet<long>();
        long? next = FindStartXref(file);
        var sections = 0;

        while (next is { } offset)
        {
            if (!visited.Add(offset) || offset < 0 || offset >= file.Length || ++sections > MaxSections)
                throw ScrubAbortedException.Corrupt("The PDF's cross-reference chain is broken.");

            var parser = new PdfParser(file, (int)offset, limits.MaxNestingDepth);
            PdfDictionary trailer;
            if (parser.TryReadKeyword("xref"))
            {
                var table = new Dictionary<int, PdfXrefEntry>();
                trailer = ReadTable(parser, table, limits);
                // Hybrid files list compressed objects in a stream named by /XRefStm; those entries win
                // over the table's placeholders.
                if (trailer.Get("XRefStm") is PdfNumber { AsInteger: { } streamOffset } && visited.Add(streamOffset))
                    ReadStreamSection(file, streamOffset, entries, limits, budget);
                Merge(entries, table);
            }
            else
            {
                trailer = ReadStreamSection(file, offset, entries, limits, budget);
            }

            newestTrailer ??= trailer;
            next = trailer.Get("Prev") is PdfNumber { AsInteger: { } previous } ? previous : null;
        }

        if (newestTrailer is null)
            throw ScrubAbortedException.Corrupt("The PDF has no cross-reference section.");
        return new PdfCrossReference(entries, newestTrailer, sections);
    }

    private static long? FindStartXref(ReadOnlyMemory<byte> file)
    {
        var tail = file.Span[Math.Max(0, file.Length - 2048)..];
        var at = tail.LastIndexOf("startxref"u8);
        if (at < 0)
            throw ScrubAbortedException.Truncated("The PDF has no startxref: it is cut short.");
        var position = file.Length - tail.Length + at + "startxref".Length;
        var parser = new PdfParser(file, position, 1);
        return parser.ReadInteger();
    }

    private static void Merge(Dictionary<int, PdfXrefEntry> into, Dictionary<int, PdfXrefEntry> section)
    {
        foreach (var (number, entry) in section)
            into.TryAdd(number, entry);
    }

    private static PdfDictionary ReadTable(PdfParser parser, Dictionary<int, PdfXrefEntry> table, PdfLimits limits)
    {
        while (!parser.TryReadKeyword("trailer"))
        {
            var first = parser.ReadInteger();
            var count = parser.ReadInteger();
            if (first < 0 || count < 0 || first + count > limits.MaxObjects * 4L)
                throw ScrubAbortedException.Corrupt("The PDF's cross-reference table is out of range.");
            for (var i = 0; i < count; i++)
            {
                var offset = parser.ReadInteger();
                parser.ReadInteger();
                var type = parser.ReadToken();
                var number = (int)(first + i);
                if (type == "n" && number > 0)
                    table.TryAdd(number, new PdfXrefEntry(PdfEntryKind.InFile, offset, 0, 0));
                else if (type == "f" || type == "n")
                    table.TryAdd(number, new PdfXrefEntry(PdfEntryKind.Free, 0, 0, 0));
                else
                    throw ScrubAbortedException.Corrupt("The PDF's cross-reference table is damaged.");
            }
        }

        return parser.ReadObject(0) as PdfDictionary
            ?? throw ScrubAbortedException.Corrupt("The PDF's trailer is not a dictionary.");
    }

    private static PdfDictionary ReadStreamSection(
        ReadOnlyMemory<byte> file, long offset, Dictionary<int, PdfXrefEntry> entries, PdfLimits limits, PdfDecodeBudget budget)
    {
        if (offset < 0 || offset >= file.Length)
            throw ScrubAbortedException.Corrupt("The PDF's cross-reference stream offset is out of range.");
        var parser = new PdfParser(file, (int)offset, limits.MaxNestingDepth);
        parser.ReadObjectHeader();
        if (parser.ReadIndirectBody(_ => null) is not PdfStream { Dictionary: var dictionary } stream || dictionary.GetName("Type") != "XRef")
            throw ScrubAbortedException.Corrupt("The PDF's cross-reference stream is missing.");

        var widths = dictionary.Get("W") is PdfArray { Items.Count: 3 } w
            ? w.Items.Select(i => i is PdfNumber { AsInteger: { } v and >= 0 and <= 8 } ? (int)v : -1).ToArray()
            : null;
        if (widths is null || widths.Contains(-1))
            throw ScrubAbortedException.Corrupt("The PDF's cross-reference stream has invalid field widths.");
        var entryLength = widths.Sum();
        if (entryLength == 0)
            throw ScrubAbortedException.Corrupt("The PDF's cross-reference stream has invalid field widths.");

        var size = dictionary.Get("Size") is PdfNumber { AsInteger: { } s } ? s : 0;
        var index = dictionary.Get("Index") is PdfArray indexArray
            ? indexArray.Items.Select(i => i is PdfNumber { AsInteger: { } v } ? v : -1).ToArray()
            : [0, size];
        if (index.Length % 2 != 0 || index.Any(v => v < 0))
            throw ScrubAbortedException.Corrupt("The PDF's cross-reference stream has an invalid index.");

        var data = PdfStreamDecoder.Decode(stream, budget);
        var position = 0;
        for (var pair = 0; pair < index.Length; pair += 2)
        {
            var first = index[pair];
            var count = index[pair + 1];
            if (first + count > limits.MaxObjects * 4L)
                throw ScrubAbortedException.Corrupt("The PDF's cross-reference stream is out of range.");
            for (var i = 0; i < count && position + entryLength <= data.Length; i++, position += entryLength)
            {
                var row = data.AsSpan(position, entryLength);
                var type = widths[0] == 0 ? 1 : Field(row[..widths[0]]);
                var second = Field(row.Slice(widths[0], widths[1]));
                var third = Field(row.Slice(widths[0] + widths[1], widths[2]));
                var number = (int)(first + i);
                var entry = type switch
                {
                    0 => new PdfXrefEntry(PdfEntryKind.Free, 0, 0, 0),
                    1 => new PdfXrefEntry(PdfEntryKind.InFile, second, 0, 0),
                    2 => new PdfXrefEntry(PdfEntryKind.InObjectStream, 0, (int)Math.Min(second, int.MaxValue), (int)Math.Min(third, int.MaxValue)),
                    _ => (PdfXrefEntry?)null,
                };
                if (entry is { } found && number > 0)
                    entries.TryAdd(number, found);
            }
        }

        return dictionary;
    }

    private static long Field(ReadOnlySpan<byte> bytes)
    {
        long value = 0;
        foreach (var b in bytes)
            value = (value << 8) | b;
        return value;
    }
}

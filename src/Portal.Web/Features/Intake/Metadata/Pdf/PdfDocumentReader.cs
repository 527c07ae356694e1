using Portal.Web.Features.Intake.Metadata.Common;

namespace Portal.Web.Features.Intake.Metadata.Pdf;

/// <summary>Loads objects by number through the cross-reference information, including objects stored
/// inside object streams.</summary>
internal sealed class PdfDocumentReader(ReadOnlyMemory<byte> file, PdfCrossReference xref, PdfLimits limits, PdfDecodeBudget budget)
{
    private const int MaxReferenceHops = 32;

    private readonly Dictionary<int, (byte[] Data, int First, (int Number, int Offset)[] Objects)> _objectStreams = [];

    public PdfCrossReference CrossReference => xref;

    /// <summary>Whether the number names an object that exists (a reference to anything else means null).</summary>
    public bool Exists(int number) => xref.Entries.TryGetValue(number, out var entry) && entry.Kind != PdfEntryKind.Free;

    /// <summary>The object, or null when it does not exist. Throws <see cref="PdfWrongOffsetException"/>
    /// when the table points at something else, which means the tables must be rebuilt.</summary>
    public PdfObject? Load(int number)
    {
        if (!xref.Entries.TryGetValue(number, out var entry))
            return null;
        switch (entry.Kind)
        {
            case PdfEntryKind.InFile:
                if (entry.Offset < 0 || entry.Offset >= file.Length)
                    throw new PdfWrongOffsetException();
                var parser = new PdfParser(file, (int)entry.Offset, limits.MaxNestingDepth);
                (int Number, int Generation) header;
                try
                {
                    header = parser.ReadObjectHeader();
                }
                catch (ScrubAbortedException)
                {
                    throw new PdfWrongOffsetException();
                }

                if (header.Number != number)
                    throw new PdfWrongOffsetException();
                return parser.ReadIndirectBody(ResolveLength);
            case PdfEntryKind.InObjectStream:
                return LoadFromObjectStream(number, entry);
            default:
                return null;
        }
    }

    /// <summary>Follows references until a direct object (or null).</summary>
    public PdfObject Resolve(PdfObject? value)
    {
        for (var hops = 0; value is PdfReference reference; hops++)
        {
            if (hops > MaxReferenceHops)
                return PdfNull.Instance;
            value = Load(reference.Number);
        }

        return value ?? PdfNull.Instance;
    }

    public IEnumerable<(int Number, int Index)> ListObjectStream(int streamNumber)
    {
        var (_, _, objects) = ObjectStream(streamNumber);
        return objects.Select((o, i) => (o.Number, i));
    }

    private long? ResolveLength(PdfReference reference)
    {
        // A length stored in an object stream would need that stream decoded first; reading it lazily is fine.
        try
        {
            return Resolve(reference) is PdfNumber number ? number.AsInteger : null;
        }
        catch (ScrubAbortedException)
        {
            return null;
        }
    }

    private PdfObject? LoadFromObjectStream(int number, PdfXrefEntry entry)
    {
        var (data, first, objects) = ObjectStream(entry.StreamNumber);
        var index = entry.Index;
        if (index < 0 || index >= objects.Length || objects[index].Number != number)
        {
            index = Array.FindIndex(objects, o => o.Number == number);
            if (index < 0)
                return null;
        }

        var start = first + objects[index].Offset;
        if (start < 0 || start >= data.Length)
            throw ScrubAbortedException.Corrupt("An object stream points outside itself.");
        return new PdfParser(data, start, limits.MaxNestingDepth).ReadObject(0);
    }

    private (byte[] Data, int First, (int Number, int Offset)[] Objects) ObjectStream(int streamNumber)
    {
        if (_objectStreams.TryGetValue(streamNumber, out var cached))
            return cached;
        if (!xref.Entries.TryGetValue(streamNumber, out var entry) || entry.Kind != PdfEntryKind.InFile ||
            Load(streamNumber) is not PdfStream stream || stream.Dictionary.GetName("Type") != "ObjStm")
        {
            throw ScrubAbortedException.Corrupt("A PDF object stream is missing or invalid.");
        }

        var count = stream.Dictionary.Get("N") is PdfNumber { AsInteger: { } n } ? n : -1;
        var first = stream.Dictionary.Get("First") is PdfNumber { AsInteger: { } f } ? f : -1;
        if (count is < 0 or > 1_000_000 || first < 0)
            throw ScrubAbortedException.Corrupt("A PDF object stream has an invalid header.");

        var data = PdfStreamDecoder.Decode(stream, budget);
        if (first > data.Length)
            throw ScrubAbortedException.Corrupt("A PDF object stream has an invalid header.");
        var parser = new PdfParser(data, 0, 1);
        var objects = new (int Number, int Offset)[count];
        for (var i = 0; i < count; i++)
        {
            var objectNumber = parser.ReadInteger();
            var offset = parser.ReadInteger();
            if (objectNumber is < 1 or > int.MaxValue || offset < 0 || offset > data.Length)
                throw ScrubAbortedException.Corrupt("A PDF object stream has an invalid header.");
            objects[i] = ((int)objectNumber, (int)offset);
        }

        var loaded = (data, (int)first, objects);
        _objectStreams[streamNumber] = loaded;
        return loaded;
    }
}

/// <summary>The cross-reference table points at the wrong place: the file must be scanned instead.</summary>
internal sealed class PdfWrongOffsetException : Exception
{
    public PdfWrongOffsetException()
        : base("The PDF's cross-reference table points at the wrong place.")
    {
    }

    public PdfWrongOffsetException(string message)
        : base(message)
    {
    }

    public PdfWrongOffsetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

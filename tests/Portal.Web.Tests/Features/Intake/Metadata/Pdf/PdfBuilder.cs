using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Portal.Web.Tests.Features.Intake.Metadata.Pdf;

/// <summary>Writes small PDFs by hand, with correct offsets, so tests control every byte: classic
/// cross-reference tables, incremental updates, and PDF 1.5 object and cross-reference streams.</summary>
internal sealed class PdfBuilder
{
    private readonly MemoryStream _file = new();
    private readonly SortedDictionary<int, long> _offsets = [];
    private long _lastXref = -1;

    public PdfBuilder(string version = "1.7")
    {
        Ascii($"%PDF-{version}\n");
        _file.Write([(byte)'%', 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']);
    }

    public PdfBuilder Object(int number, string body)
    {
        _offsets[number] = _file.Position;
        Ascii($"{number} 0 obj\n{body}\nendobj\n");
        return this;
    }

    public PdfBuilder Stream(int number, string dictionary, byte[] data)
    {
        _offsets[number] = _file.Position;
        Ascii($"{number} 0 obj\n<<{dictionary} /Length {data.Length}>>\nstream\n");
        _file.Write(data);
        Ascii("\nendstream\nendobj\n");
        return this;
    }

    /// <summary>Ends a revision with a classic table listing the objects written since the last one.</summary>
    public PdfBuilder Xref(string trailer)
    {
        var start = _file.Position;
        var text = new StringBuilder("xref\n0 1\n0000000000 65535 f\r\n");
        foreach (var (number, offset) in _offsets)
            text.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:D10} 00000 n\r\n");
        var previous = _lastXref >= 0 ? $" /Prev {_lastXref}" : "";
        text.Append(CultureInfo.InvariantCulture, $"trailer\n<<{trailer}{previous}>>\nstartxref\n{start}\n%%EOF\n");
        Ascii(text.ToString());
        _lastXref = start;
        _offsets.Clear();
        return this;
    }

    /// <summary>Packs objects into a Flate-compressed object stream (PDF 1.5).</summary>
    public PdfBuilder ObjectStream(int number, IReadOnlyList<(int Number, string Body)> objects, out IReadOnlyList<int> packed)
    {
        var header = new StringBuilder();
        var bodies = new StringBuilder();
        foreach (var (objectNumber, body) in objects)
        {
            header.Append(CultureInfo.InvariantCulture, $"{objectNumber} {Encoding.Latin1.GetByteCount(bodies.ToString())} ");
            bodies.Append(body).Append('\n');
        }

        var first = Encoding.Latin1.GetByteCount(header.ToString());
        var data = Deflate(Encoding.Latin1.GetBytes(header + bodies.ToString()));
        packed = objects.Select(o => o.Number).ToList();
        return Stream(number, $"/Type /ObjStm /N {objects.Count} /First {first} /Filter /FlateDecode", data);
    }

    /// <summary>Ends the file with a cross-reference stream (W [1 4 2], PNG "Up" predictor) listing objects
    /// written at offsets and objects packed in <paramref name="objectStream"/>.</summary>
    public PdfBuilder XrefStream(int number, string trailer, int objectStream, IReadOnlyList<int> packed)
    {
        var start = _file.Position;
        var rows = new SortedDictionary<int, byte[]> { [0] = Row(0, 0, 65535) };
        foreach (var (objectNumber, offset) in _offsets)
            rows[objectNumber] = Row(1, offset, 0);
        for (var i = 0; i < packed.Count; i++)
            rows[packed[i]] = Row(2, objectStream, i);
        rows[number] = Row(1, start, 0);
        var size = rows.Keys.Max() + 1;
        for (var n = 0; n < size; n++)
            rows.TryAdd(n, Row(0, 0, 0));

        var predicted = new List<byte>();
        var previous = new byte[7];
        foreach (var row in rows.Values)
        {
            predicted.Add(2);
            for (var i = 0; i < 7; i++)
                predicted.Add((byte)(row[i] - previous[i]));
            previous = row;
        }

        var data = Deflate([.. predicted]);
        Ascii($"{number} 0 obj\n<</Type /XRef /Size {size} /W [1 4 2] /Filter /FlateDecode /DecodeParms <</Predictor 12 /Columns 7>>{trailer} /Length {data.Length}>>\nstream\n");
        _file.Write(data);
        Ascii($"\nendstream\nendobj\nstartxref\n{start}\n%%EOF\n");
        return this;
    }

    public byte[] ToArray() => _file.ToArray();

    public static byte[] Deflate(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(data);
        return buffer.ToArray();
    }

    private static byte[] Row(int type, long second, int third) =>
        [(byte)type, (byte)(second >> 24), (byte)(second >> 16), (byte)(second >> 8), (byte)second, (byte)(third >> 8), (byte)third];

    private void Ascii(string text) => _file.Write(Encoding.Latin1.GetBytes(text));
}

using System.Text;

namespace Portal.Web.Features.Intake.Metadata.Pdf;

/// <summary>A PDF object as parsed (ISO 32000-1, 7.3). Numbers keep their original text so a rewrite
/// never changes a value by reformatting it.</summary>
internal abstract class PdfObject;

internal sealed class PdfNull : PdfObject
{
    public static PdfNull Instance { get; } = new();
}

internal sealed class PdfBoolean(bool value) : PdfObject
{
    public bool Value { get; } = value;
}

internal sealed class PdfNumber(string text) : PdfObject
{
    public string Text { get; } = text;

    public long? AsInteger => long.TryParse(Text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    public static PdfNumber Of(long value) => new(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

internal sealed class PdfString(byte[] bytes) : PdfObject
{
    public byte[] Bytes { get; } = bytes;
}

/// <summary>A name, decoded from its #xx escapes; each byte is kept as one Latin-1 character.</summary>
internal sealed class PdfName(string value) : PdfObject
{
    public string Value { get; } = value;

    public override string ToString() => "/" + Value;

    public static string FromBytes(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes);
}

internal sealed class PdfArray(List<PdfObject> items) : PdfObject
{
    public List<PdfObject> Items { get; } = items;
}

internal sealed class PdfDictionary(OrderedDictionary<string, PdfObject> entries) : PdfObject
{
    public PdfDictionary()
        : this(new OrderedDictionary<string, PdfObject>(StringComparer.Ordinal))
    {
    }

    public OrderedDictionary<string, PdfObject> Entries { get; } = entries;

    public PdfObject? Get(string key) => Entries.TryGetValue(key, out var value) ? value : null;

    public string? GetName(string key) => Get(key) is PdfName name ? name.Value : null;

    public bool Remove(string key) => Entries.Remove(key);
}

internal sealed class PdfReference(int number, int generation) : PdfObject
{
    public int Number { get; } = number;

    public int Generation { get; } = generation;
}

/// <summary>A stream: its dictionary and its raw (still encoded) data.</summary>
internal sealed class PdfStream(PdfDictionary dictionary, ReadOnlyMemory<byte> data) : PdfObject
{
    public PdfDictionary Dictionary { get; } = dictionary;

    public ReadOnlyMemory<byte> Data { get; set; } = data;
}

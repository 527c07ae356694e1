using System.Globalization;
using System.Text;

namespace Portal.Web.Features.Intake.Metadata.Pdf;

/// <summary>Serialises objects back to PDF syntax. References are passed through a mapping so the
/// rewriter can renumber objects and drop references to objects that no longer exist.</summary>
internal sealed class PdfWriter(Stream output, Func<PdfReference, PdfObject> mapReference)
{
    public long Position => output.Position;

    public void WriteAscii(string text) => output.Write(Encoding.ASCII.GetBytes(text));

    public void WriteBytes(ReadOnlySpan<byte> bytes) => output.Write(bytes);

    public void WriteIndirect(int number, PdfObject value)
    {
        WriteAscii(number.ToString(CultureInfo.InvariantCulture) + " 0 obj\n");
        Write(value);
        WriteAscii("\nendobj\n");
    }

    public void Write(PdfObject value)
    {
        switch (value)
        {
            case PdfNull:
                WriteAscii("null");
                break;
            case PdfBoolean boolean:
                WriteAscii(boolean.Value ? "true" : "false");
                break;
            case PdfNumber number:
                WriteAscii(number.Text);
                break;
            case PdfString text:
                WriteString(text.Bytes);
                break;
            case PdfName name:
                WriteName(name.Value);
                break;
            case PdfReference reference:
                var mapped = mapReference(reference);
                if (mapped is PdfReference target)
                    WriteAscii(string.Create(CultureInfo.InvariantCulture, $"{target.Number} {target.Generation} R"));
                else
                    Write(mapped);
                break;
            case PdfArray array:
                WriteAscii("[");
                for (var i = 0; i < array.Items.Count; i++)
                {
                    if (i > 0)
                        WriteAscii(" ");
                    Write(array.Items[i]);
                }

                WriteAscii("]");
                break;
            case PdfDictionary dictionary:
                WriteDictionary(dictionary);
                break;
            case PdfStream stream:
                // The length is always written direct and true: the original may have been a reference
                // (to an object no longer written) or simply wrong.
                stream.Dictionary.Entries["Length"] = PdfNumber.Of(stream.Data.Length);
                WriteDictionary(stream.Dictionary);
                WriteAscii("\nstream\n");
                output.Write(stream.Data.Span);
                WriteAscii("\nendstream");
                break;
            default:
                throw new InvalidOperationException($"Unknown PDF object {value.GetType().Name}.");
        }
    }

    private void WriteDictionary(PdfDictionary dictionary)
    {
        WriteAscii("<<");
        foreach (var (key, item) in dictionary.Entries)
        {
            WriteName(key);
            WriteAscii(" ");
            Write(item);
            WriteAscii("\n");
        }

        WriteAscii(">>");
    }

    private void WriteName(string name)
    {
        var builder = new StringBuilder("/");
        foreach (var c in name)
        {
            var b = (byte)c;
            if (b is < 0x21 or > 0x7E or (byte)'#' || PdfParser.IsDelimiter(b))
                builder.Append('#').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            else
                builder.Append(c);
        }

        WriteAscii(builder.ToString());
    }

    /// <summary>Literal string with only the bytes that must be escaped escaped; binary bytes stay raw.</summary>
    private void WriteString(byte[] bytes)
    {
        var escaped = new List<byte>(bytes.Length + 2) { (byte)'(' };
        foreach (var b in bytes)
        {
            switch (b)
            {
                case (byte)'(' or (byte)')' or (byte)'\\':
                    escaped.Add((byte)'\\');
                    escaped.Add(b);
                    break;
                case 13:
                    escaped.Add((byte)'\\');
                    escaped.Add((byte)'r');
                    break;
                default:
                    escaped.Add(b);
                    break;
            }
        }

        escaped.Add((byte)')');
        output.Write(escaped.ToArray());
    }
}

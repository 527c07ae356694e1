using System.Globalization;
using System.Text;
using Portal.Web.Features.Intake.Metadata.Common;

namespace Portal.Web.Features.Intake.Metadata.Pdf;

/// <summary>Reads PDF objects from bytes held in memory (ISO 32000-1, 7.2-7.3). Every malformation is a
/// <see cref="ScrubAbortedException"/>; nesting is bounded so a hostile file cannot exhaust the stack.</summary>
internal sealed class PdfParser(ReadOnlyMemory<byte> data, int position, int maxDepth)
{
    private readonly ReadOnlyMemory<byte> _data = data;

    public int Position { get; set; } = position;

    private ReadOnlySpan<byte> Span => _data.Span;

    public bool AtEnd
    {
        get
        {
            SkipWhitespace();
            return Position >= _data.Length;
        }
    }

    public static bool IsWhitespace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public static bool IsRegular(byte b) => !IsWhitespace(b) && !IsDelimiter(b);

    public void SkipWhitespace()
    {
        var span = Span;
        while (Position < span.Length)
        {
            var b = span[Position];
            if (IsWhitespace(b))
            {
                Position++;
            }
            else if (b == '%')
            {
                while (Position < span.Length && span[Position] is not (10 or 13))
                    Position++;
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Reads a run of regular characters (a number or a keyword) without interpreting it.</summary>
    public string ReadToken()
    {
        SkipWhitespace();
        var start = Position;
        var span = Span;
        while (Position < span.Length && IsRegular(span[Position]))
            Position++;
        return Encoding.Latin1.GetString(span[start..Position]);
    }

    /// <summary>Consumes <paramref name="keyword"/> if it comes next; otherwise leaves the position unchanged.</summary>
    public bool TryReadKeyword(string keyword)
    {
        var saved = Position;
        if (ReadToken() == keyword)
            return true;
        Position = saved;
        return false;
    }

    public long ReadInteger()
    {
        var token = ReadToken();
        if (!long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            throw Corrupt("an integer");
        return value;
    }

    /// <summary>Reads "number generation obj" and returns the object number and generation.</summary>
    public (int Number, int Generation) ReadObjectHeader()
    {
        var number = ReadInteger();
        var generation = ReadInteger();
        if (!TryReadKeyword("obj") || number is < 0 or > int.MaxValue || generation is < 0 or > ushort.MaxValue)
            throw Corrupt("an object header");
        return ((int)number, (int)generation);
    }

    /// <summary>Reads the body of an indirect object, including stream data, and the optional "endobj".</summary>
    /// <param name="resolveLength">Resolves a stream's /Length when it is an indirect reference.</param>
    public PdfObject ReadIndirectBody(Func<PdfReference, long?> resolveLength)
    {
        var value = ReadObject(0);
        if (value is PdfDictionary dictionary && TryReadKeyword("stream"))
            value = new PdfStream(dictionary, ReadStreamData(dictionary, resolveLength));
        TryReadKeyword("endobj");
        return value;
    }

    public PdfObject ReadObject(int depth)
    {
        if (depth > maxDepth)
            throw ScrubAbortedException.Corrupt($"PDF objects are nested deeper than {maxDepth} levels.");
        SkipWhitespace();
        if (Position >= _data.Length)
            throw ScrubAbortedException.Truncated("The PDF ends inside an object.");

        var span = Span;
        switch (span[Position])
        {
            case (byte)'/':
                Position++;
                return new PdfName(ReadName());
            case (byte)'(':
                Position++;
                return new PdfString(ReadLiteralString());
            case (byte)'<' when Position + 1 < span.Length && span[Position + 1] == '<':
                Position += 2;
                return ReadDictionary(depth);
            case (byte)'<':
                Position++;
                return new PdfString(ReadHexString());
            case (byte)'[':
                Position++;
                return ReadArray(depth);
        }

        var start = Position;
        var token = ReadToken();
        switch (token)
        {
            case "":
                throw Corrupt("an object");
            case "true":
                return new PdfBoolean(true);
            case "false":
                return new PdfBoolean(false);
            case "null":
                return PdfNull.Instance;
        }

        if (!IsNumber(token))
        {
            Position = start;
            throw Corrupt("an object");
        }

        return (PdfObject?)TryReadReference(token) ?? new PdfNumber(token);
    }

    private PdfReference? TryReadReference(string first)
    {
        if (!int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return null;
        var saved = Position;
        var second = ReadToken();
        if (int.TryParse(second, NumberStyles.None, CultureInfo.InvariantCulture, out var generation) && TryReadKeyword("R"))
            return new PdfReference(number, generation);
        Position = saved;
        return null;
    }

    private static bool IsNumber(string token)
    {
        var digits = 0;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (char.IsAsciiDigit(c))
                digits++;
            else if (!(c == '.' || ((c == '-' || c == '+') && i == 0)))
                return false;
        }

        return digits > 0;
    }

    private PdfDictionary ReadDictionary(int depth)
    {
        var dictionary = new PdfDictionary();
        while (true)
        {
            SkipWhitespace();
            if (Position + 1 < _data.Length && Span[Position] == '>' && Span[Position + 1] == '>')
            {
                Position += 2;
                return dictionary;
            }

            if (Position >= _data.Length)
                throw ScrubAbortedException.Truncated("The PDF ends inside a dictionary.");
            if (ReadObject(depth + 1) is not PdfName key)
                throw Corrupt("a dictionary key");
            dictionary.Entries[key.Value] = ReadObject(depth + 1);
        }
    }

    private PdfArray ReadArray(int depth)
    {
        var items = new List<PdfObject>();
        while (true)
        {
            SkipWhitespace();
            if (Position >= _data.Length)
                throw ScrubAbortedException.Truncated("The PDF ends inside an array.");
            if (Span[Position] == ']')
            {
                Position++;
                return new PdfArray(items);
            }

            items.Add(ReadObject(depth + 1));
        }
    }

    private string ReadName()
    {
        var span = Span;
        var bytes = new List<byte>();
        while (Position < span.Length && IsRegular(span[Position]))
        {
            var b = span[Position++];
            if (b == '#' && Position + 1 < span.Length &&
                byte.TryParse(Encoding.ASCII.GetString(span.Slice(Position, 2)), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var decoded))
            {
                bytes.Add(decoded);
                Position += 2;
            }
            else
            {
                bytes.Add(b);
            }
        }

        return PdfName.FromBytes(bytes.ToArray());
    }

    private byte[] ReadLiteralString()
    {
        var span = Span;
        var bytes = new List<byte>();
        var nesting = 1;
        while (Position < span.Length)
        {
            var b = span[Position++];
            switch (b)
            {
                case (byte)'(':
                    nesting++;
                    bytes.Add(b);
                    break;
                case (byte)')':
                    if (--nesting == 0)
                        return [.. bytes];
                    bytes.Add(b);
                    break;
                case (byte)'\\':
                    ReadEscape(span, bytes);
                    break;
                case 13:
                    // An unescaped end of line, whatever its form, stands for a single line feed.
                    if (Position < span.Length && span[Position] == 10)
                        Position++;
                    bytes.Add(10);
                    break;
                default:
                    bytes.Add(b);
                    break;
            }
        }

        throw ScrubAbortedException.Truncated("The PDF ends inside a string.");
    }

    private void ReadEscape(ReadOnlySpan<byte> span, List<byte> bytes)
    {
        if (Position >= span.Length)
            return;
        var c = span[Position++];
        switch (c)
        {
            case (byte)'n': bytes.Add(10); break;
            case (byte)'r': bytes.Add(13); break;
            case (byte)'t': bytes.Add(9); break;
            case (byte)'b': bytes.Add(8); break;
            case (byte)'f': bytes.Add(12); break;
            case 13:
                if (Position < span.Length && span[Position] == 10)
                    Position++;
                break;
            case 10:
                break;
            case >= (byte)'0' and <= (byte)'7':
                var value = c - '0';
                for (var i = 0; i < 2 && Position < span.Length && span[Position] is >= (byte)'0' and <= (byte)'7'; i++)
                    value = (value * 8) + (span[Position++] - '0');
                bytes.Add((byte)value);
                break;
            default:
                bytes.Add(c);
                break;
        }
    }

    private byte[] ReadHexString()
    {
        var span = Span;
        var bytes = new List<byte>();
        var high = -1;
        while (Position < span.Length)
        {
            var b = span[Position++];
            if (b == '>')
            {
                if (high >= 0)
                    bytes.Add((byte)(high << 4));
                return [.. bytes];
            }

            if (IsWhitespace(b))
                continue;
            var digit = HexValue(b);
            if (digit < 0)
                throw Corrupt("a hexadecimal string");
            if (high < 0)
            {
                high = digit;
            }
            else
            {
                bytes.Add((byte)((high << 4) | digit));
                high = -1;
            }
        }

        throw ScrubAbortedException.Truncated("The PDF ends inside a string.");
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    /// <summary>Finds the stream's data: /Length when it is right, otherwise up to "endstream" (many
    /// writers get /Length wrong, and viewers cope).</summary>
    private ReadOnlyMemory<byte> ReadStreamData(PdfDictionary dictionary, Func<PdfReference, long?> resolveLength)
    {
        var span = Span;
        // "stream" is followed by CRLF or LF; a lone CR is tolerated.
        if (Position < span.Length && span[Position] == 13)
            Position++;
        if (Position < span.Length && span[Position] == 10)
            Position++;
        var start = Position;

        long? length = dictionary.Get("Length") switch
        {
            PdfNumber number => number.AsInteger,
            PdfReference reference => resolveLength(reference),
            _ => null,
        };

        if (length is >= 0 && start + length.Value <= span.Length && EndstreamFollows(start + (int)length.Value))
        {
            Position = start + (int)length.Value;
            TryReadKeyword("endstream");
            return _data.Slice(start, (int)length.Value);
        }

        var end = span[start..].IndexOf("endstream"u8);
        if (end < 0)
            throw ScrubAbortedException.Truncated("The PDF ends inside a stream.");
        var dataEnd = start + end;
        if (dataEnd > start && span[dataEnd - 1] == 10)
            dataEnd--;
        if (dataEnd > start && span[dataEnd - 1] == 13)
            dataEnd--;
        Position = start + end + "endstream".Length;
        return _data[start..dataEnd];
    }

    private bool EndstreamFollows(int at)
    {
        var saved = Position;
        Position = at;
        var found = TryReadKeyword("endstream");
        Position = saved;
        return found;
    }

    private ScrubAbortedException Corrupt(string expected) =>
        ScrubAbortedException.Corrupt($"Expected {expected} at offset {Position} of the PDF.");
}

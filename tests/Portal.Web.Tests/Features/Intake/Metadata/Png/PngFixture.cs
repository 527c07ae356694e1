using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Portal.Web.Features.Intake.Metadata.Png;
using Portal.Web.Tests.Features.Intake.Metadata.Common;

namespace Portal.Web.Tests.Features.Intake.Metadata.Png;

/// <summary>Builds PNG files in code, each chunk paired with what the cleaned file must contain in its place.</summary>
internal sealed class PngFixture
{
    public const string Author = "Nguyen Van To Giac";
    public const string VietnameseAuthor = "Nguyễn Văn Tố Giác";
    public const string Software = "Snipping Tool 11.2308";
    public const string CommentText = "Ảnh chụp màn hình máy tính phòng tài vụ";
    public const string ProfileName = "DELL U2720Q calibrated phong tai vu";
    public const string PreviewText = "private preview of the unredacted screen";
    public const string TrailerText = "trailing GPS 21.0285N";

    private readonly List<(byte[] Input, byte[] Expected)> _parts = [];

    public byte[] Input => [.. _parts.SelectMany(p => p.Input)];

    public byte[] Expected => [.. _parts.SelectMany(p => p.Expected)];

    public int EndOfImage { get; private set; }

    public static byte[] Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public PngFixture Keep(byte[] bytes) => Add(bytes, bytes);

    public PngFixture Drop(byte[] bytes) => Add(bytes, []);

    public PngFixture Add(byte[] input, byte[] expected)
    {
        _parts.Add((input, expected));
        return this;
    }

    public PngFixture End()
    {
        Keep(Chunk("IEND", []));
        EndOfImage = Input.Length;
        return this;
    }

    /// <summary>A real 1x1 red picture with the metadata screenshot tools, editors and ImageMagick write.</summary>
    public static PngFixture Screenshot() =>
        new PngFixture()
            .Keep(Signature)
            .Keep(Header())
            .Keep(Chunk("gAMA", [0, 0, 0xB1, 0x8F]))
            .Drop(Chunk("iCCP", [.. Encoding.ASCII.GetBytes(ProfileName), 0, 0, .. Deflate("icc profile bytes")]))
            .Drop(Chunk("tEXt", [.. "Author\0"u8, .. Encoding.Latin1.GetBytes(Author)]))
            .Drop(Chunk("tEXt", [.. "Software\0"u8, .. Encoding.Latin1.GetBytes(Software)]))
            .Drop(Chunk("zTXt", [.. "Comment\0"u8, 0, .. Deflate(CommentText)]))
            .Drop(Chunk("iTXt", [.. "XML:com.adobe.xmp\0"u8, 0, 0, 0, 0, .. Encoding.UTF8.GetBytes(Xmp)]))
            .Drop(Chunk("eXIf", TiffBuilder.Build(
                ifd0: [TiffEntry.Ascii(0x013B, VietnameseAuthor)],
                gps: [TiffEntry.Ascii(0x0001, "N"), TiffEntry.Rationals(0x0002, 21, 1, 1, 1, 2568, 100)])))
            .Drop(Chunk("tIME", [0x07, 0xEA, 3, 14, 9, 26, 53]))
            .Drop(Chunk("prVW", Encoding.ASCII.GetBytes(PreviewText)))
            .Keep(Chunk("IDAT", Deflate([0, 0xFF, 0x00, 0x00])))
            .End()
            .Drop(Encoding.ASCII.GetBytes(TrailerText));

    public const string Xmp =
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">" +
        "<rdf:Description xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" " +
        "exif:GPSLongitude=\"105,51.252E\" xmp:CreatorTool=\"" + Software + "\"/></rdf:RDF></x:xmpmeta>";

    /// <summary>IHDR for a 1x1, 8-bit RGB picture.</summary>
    public static byte[] Header() => Chunk("IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);

    public static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32.Compute(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    public static byte[] Deflate(string text) => Deflate(Encoding.UTF8.GetBytes(text));

    public static byte[] Deflate(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(data);
        return buffer.ToArray();
    }
}

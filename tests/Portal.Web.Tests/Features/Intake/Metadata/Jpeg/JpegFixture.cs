using System.Buffers.Binary;
using System.Text;
using Portal.Web.Tests.Features.Intake.Metadata.Common;

namespace Portal.Web.Tests.Features.Intake.Metadata.Jpeg;

/// <summary>Builds JPEG files in code: each part carries what the cleaned file must contain in its place,
/// so the expected output is exact, byte for byte.</summary>
internal sealed class JpegFixture
{
    public const string Author = "Nguyễn Văn Tố Giác";
    public const string BodySerial = "SN-4711-0042-XYZ";
    public const string LensSerial = "LENS-99887766";
    public const string CameraModel = "Canon EOS 5D Mark IV";
    public const string Software = "Adobe Photoshop 25.1 (Windows)";
    public const string ScannerProfile = "EPSON Perfection V600 phong ke toan";
    public const string CommentText = "Chụp tại phòng kế toán Sở Y tế";
    public const string TrailerText = "MotionPhoto_Data GPS 21.0285N 105.8542E";

    private readonly List<(byte[] Input, byte[] Expected)> _parts = [];

    public byte[] Input => [.. _parts.SelectMany(p => p.Input)];

    public byte[] Expected => [.. _parts.SelectMany(p => p.Expected)];

    /// <summary>Offset where the input's end-of-image marker ends: any shorter input is truncated.</summary>
    public int EndOfImage { get; private set; }

    public JpegFixture Keep(byte[] bytes) => Add(bytes, bytes);

    public JpegFixture Drop(byte[] bytes) => Add(bytes, []);

    public JpegFixture Add(byte[] input, byte[] expected)
    {
        _parts.Add((input, expected));
        return this;
    }

    public JpegFixture EndImage()
    {
        Keep([0xFF, 0xD9]);
        EndOfImage = Input.Length;
        return this;
    }

    /// <summary>A real, decodable 16x8 grey baseline JPEG (two 8x8 blocks with a restart marker between
    /// them) wrapped in every kind of metadata a phone, scanner or editor writes.</summary>
    public static JpegFixture PhoneCameraPhoto(ushort orientation = 6) =>
        new JpegFixture()
            .Keep([0xFF, 0xD8])
            .Add(Segment(0xE0, [.. "JFIF\0"u8, 1, 2, 0, 0, 1, 0, 1, 1, 1, 0x11, 0x22, 0x33]),
                 Segment(0xE0, [.. "JFIF\0"u8, 1, 2, 0, 0, 1, 0, 1, 0, 0]))
            .Add(Segment(0xE1, [.. "Exif\0\0"u8, .. PhoneExif(orientation)]), orientation > 1 ? OrientationSegment(orientation) : [])
            .Drop(Segment(0xE1, [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. Encoding.UTF8.GetBytes(Xmp)]))
            .Drop(Segment(0xE2, [.. "ICC_PROFILE\0"u8, 1, 1, .. Encoding.ASCII.GetBytes(ScannerProfile)]))
            .Drop(Segment(0xED, PhotoshopIptc()))
            .Keep(Segment(0xEE, [.. "Adobe"u8, 0, 100, 0, 0, 0, 0, 1]))
            .Drop(Segment(0xFE, Encoding.UTF8.GetBytes(CommentText)))
            .Keep(ImageHeaders())
            .Keep([0x3F, 0xFF, 0xD0, 0x3F])
            .EndImage()
            .Drop(Encoding.ASCII.GetBytes(TrailerText));

    /// <summary>Quantisation table, 16x8 one-component frame, one-code Huffman tables, restart interval
    /// of one block, and the scan header. With one-bit codes each block is "DC 0, end of block".</summary>
    public static byte[] ImageHeaders() =>
    [
        .. Segment(0xDB, [0, .. Enumerable.Repeat((byte)1, 64)]),
        .. Segment(0xC0, [8, 0, 8, 0, 16, 1, 1, 0x11, 0]),
        .. Segment(0xC4, [0x00, 1, .. new byte[15], 0x00]),
        .. Segment(0xC4, [0x10, 1, .. new byte[15], 0x00]),
        .. Segment(0xDD, [0, 1]),
        .. Segment(0xDA, [1, 1, 0x00, 0, 63, 0]),
    ];

    public static byte[] Segment(byte marker, byte[] payload)
    {
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = marker;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return segment;
    }

    public static byte[] OrientationSegment(ushort orientation) =>
        Segment(0xE1, [.. "Exif\0\0"u8, .. "MM"u8, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte)orientation, 0, 0, 0, 0, 0, 0]);

    public static byte[] PhoneExif(ushort orientation) => TiffBuilder.Build(
        ifd0:
        [
            TiffEntry.Ascii(0x010F, "Canon"),
            TiffEntry.Ascii(0x0110, CameraModel),
            TiffEntry.Short(0x0112, orientation),
            TiffEntry.Ascii(0x0131, Software),
            TiffEntry.Ascii(0x0132, "2026:03:14 09:26:53"),
            TiffEntry.Ascii(0x013B, Author),
        ],
        exif:
        [
            TiffEntry.Ascii(0x9003, "2026:03:14 09:26:53"),
            TiffEntry.Rationals(0x829A, 1, 125),
            TiffEntry.Ascii(0xA431, BodySerial),
            TiffEntry.Ascii(0xA435, LensSerial),
            TiffEntry.Bytes(0x927C, Encoding.ASCII.GetBytes("Canon maker note " + BodySerial)),
        ],
        gps:
        [
            new TiffEntry(0x0000, 1, 4, [2, 3, 0, 0]),
            TiffEntry.Ascii(0x0001, "N"),
            TiffEntry.Rationals(0x0002, 21, 1, 1, 1, 2568, 100),
            TiffEntry.Ascii(0x0003, "E"),
            TiffEntry.Rationals(0x0004, 105, 1, 51, 1, 1512, 100),
        ],
        thumbnail: [0xFF, 0xD8, .. Encoding.ASCII.GetBytes("thumbnail of the uncropped original"), 0xFF, 0xD9]);

    public const string Xmp =
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">" +
        "<rdf:Description xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" " +
        "xmlns:tiff=\"http://ns.adobe.com/tiff/1.0/\" exif:GPSLatitude=\"21,1.2568N\" tiff:Model=\"" + CameraModel + "\">" +
        "<dc:creator><rdf:Seq><rdf:li>" + Author + "</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>";

    private static byte[] PhotoshopIptc()
    {
        // IPTC record 2, dataset 80 (By-line) holding the author's name.
        var name = Encoding.UTF8.GetBytes(Author);
        byte[] iptc = [0x1C, 2, 80, 0, (byte)name.Length, .. name];
        var size = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(size, (uint)iptc.Length);
        byte[] resource = [.. "8BIM"u8, 0x04, 0x04, 0, 0, .. size, .. iptc];
        if (iptc.Length % 2 == 1)
            resource = [.. resource, 0];
        return [.. "Photoshop 3.0\0"u8, .. resource];
    }
}

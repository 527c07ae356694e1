using System.Text;
using Portal.Web.Tests.Features.Intake.Metadata.Jpeg;

namespace Portal.Web.Tests.Features.Intake.Metadata.Pdf;

/// <summary>PDFs as office software and scanners write them: an /Info dictionary, XMP, a JPEG with EXIF,
/// an annotation with its author, private application data, and an incremental update.</summary>
internal static class PdfFixture
{
    public const string Author = "Nguyen Van To Giac";
    public const string LaterAuthor = "Tran Thi Bien Tap";
    public const string Creator = "Microsoft Word for Microsoft 365";
    public const string Producer = "Scanner SoYTe PDF Engine 4.2";
    public const string Title = "Bao cao cua To Giac";
    public const string Company = "So Y te - Phong Tai vu";
    public const string PrivateOwner = "Owner Nguyen Private";
    public const string VisibleText = "Hoa don khong 2025";
    public const string AnnotationText = "Kiem tra lai so lieu";
    public const string OriginalId = "0123456789ABCDEF0123456789ABCDEF";

    public static string Content => "BT /F1 12 Tf 20 150 Td (" + VisibleText + ") Tj ET q 64 0 0 32 20 20 cm /Im1 Do Q";

    public static string Xmp =>
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">" +
        "<rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" " +
        "exif:GPSLatitude=\"21,1.2568N\"><dc:creator><rdf:Seq><rdf:li>" + Author + "</rdf:li></rdf:Seq></dc:creator>" +
        "</rdf:Description></rdf:RDF></x:xmpmeta>";

    private static string Catalog => "<< /Type /Catalog /Pages 2 0 R /Metadata 5 0 R /PieceInfo << /Word << /Private 7 0 R /LastModified (D:20260314090000) >> >> /Lang (vi-VN) >>";

    private const string Pages = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";

    private const string Page =
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Annots [9 0 R] /LastModified (D:20260314090000)" +
        " /Resources << /Font << /F1 6 0 R >> /XObject << /Im1 8 0 R >> >> >>";

    private const string Font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    private static string Annotation =>
        "<< /Type /Annot /Subtype /Text /Rect [10 10 30 30] /Contents (" + AnnotationText + ") /T (" + Author + ")" +
        " /M (D:20260314090000+07'00') /CreationDate (D:20260314090000+07'00') >>";

    private static string Information(string author) =>
        $"<< /Author ({author}) /Creator ({Creator}) /Producer ({Producer}) /CreationDate (D:20260314090000+07'00')" +
        $" /ModDate (D:20260315100000+07'00') /Title ({Title}) /Company ({Company}) /Trapped /False >>";

    private static string Trailer => $" /Size 11 /Root 1 0 R /Info 10 0 R /ID [<{OriginalId}> <{OriginalId}>]";

    /// <summary>PDF 1.7 with a classic table, then an incremental update that changed the author. The
    /// first revision's bytes still hold the original author.</summary>
    public static byte[] OfficeDocument() =>
        new PdfBuilder()
            .Object(1, Catalog)
            .Object(2, Pages)
            .Object(3, Page)
            .Stream(4, "", Encoding.Latin1.GetBytes(Content))
            .Stream(5, " /Type /Metadata /Subtype /XML", Encoding.UTF8.GetBytes(Xmp))
            .Object(6, Font)
            .Object(7, $"<< /Owner ({PrivateOwner}) >>")
            .Stream(8, " /Type /XObject /Subtype /Image /Width 16 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode", JpegFixture.PhoneCameraPhoto().Input)
            .Object(9, Annotation)
            .Object(10, Information(Author))
            .Xref(Trailer)
            .Object(10, Information(LaterAuthor))
            .Xref(Trailer)
            .ToArray();

    /// <summary>PDF 1.5 with the small objects packed in an object stream and a predicted cross-reference stream.</summary>
    public static byte[] CompressedDocument() =>
        new PdfBuilder("1.5")
            .ObjectStream(11, [(1, Catalog), (2, Pages), (3, Page), (6, Font), (7, $"<< /Owner ({PrivateOwner}) >>"), (9, Annotation), (10, Information(Author))], out var packed)
            .Stream(4, " /Filter /FlateDecode", PdfBuilder.Deflate(Encoding.Latin1.GetBytes(Content)))
            .Stream(5, " /Type /Metadata /Subtype /XML", Encoding.UTF8.GetBytes(Xmp))
            .Stream(8, " /Type /XObject /Subtype /Image /Width 16 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode", JpegFixture.PhoneCameraPhoto().Input)
            .XrefStream(12, " /Root 1 0 R /Info 10 0 R", 11, packed)
            .ToArray();
}

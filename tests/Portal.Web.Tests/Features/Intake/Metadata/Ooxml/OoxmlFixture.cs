using System.IO.Compression;
using System.Text;
using Portal.Web.Tests.Features.Intake.Metadata.Jpeg;

namespace Portal.Web.Tests.Features.Intake.Metadata.Ooxml;

/// <summary>Builds Office packages in memory with System.IO.Compression, the way Word writes them, with
/// every kind of identifying metadata in its usual place.</summary>
internal static class OoxmlFixture
{
    public const string Author = "Nguyễn Văn Tố Giác";
    public const string Editor = "Trần Thị Biên Tập";
    public const string Account = "nguyenvana@soyte.gov.vn";
    public const string UserFolder = @"C:\Users\nguyenvana";
    public const string Company = "Sở Y tế - Phòng Tài vụ";
    public const string Title = "Báo cáo của Tố Giác";
    public const string EmployeeNumber = "NV-2024-0815";
    public const string VisibleText = "Hóa đơn khống năm 2025";
    public const string CommentText = "Kiểm tra lại số liệu này";
    public const string SessionId = "00A1B2C3";
    public const string DocumentGuid = "{5E3A1F00-1234-4BCD-9ABC-0123456789AB}";

    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

    public static byte[] Docx() => Build(DocxParts());

    public static Dictionary<string, byte[]> DocxParts() => new()
    {
        ["[Content_Types].xml"] = Xml(
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            "<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>" +
            "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>" +
            "<Override PartName=\"/word/comments.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>" +
            "<Override PartName=\"/word/people.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml\"/>" +
            "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>" +
            "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>" +
            "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>" +
            "<Override PartName=\"/docProps/custom.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.custom-properties+xml\"/>" +
            "</Types>"),
        ["_rels/.rels"] = Xml(
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>" +
            "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>" +
            "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>" +
            "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties\" Target=\"docProps/custom.xml\"/>" +
            "<Relationship Id=\"rId5\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail\" Target=\"docProps/thumbnail.jpeg\"/>" +
            "</Relationships>"),
        ["word/_rels/document.xml.rels"] = Xml(
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments\" Target=\"comments.xml\"/>" +
            "<Relationship Id=\"rId2\" Type=\"http://schemas.microsoft.com/office/2011/relationships/people\" Target=\"people.xml\"/>" +
            "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>" +
            "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/image1.jpeg\"/>" +
            "<Relationship Id=\"rId5\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"file:///" + UserFolder.Replace('\\', '/') + "/Desktop/bang-chi.xlsx\" TargetMode=\"External\"/>" +
            "<Relationship Id=\"rId6\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"https://soyte.hanoi.gov.vn/thong-bao\" TargetMode=\"External\"/>" +
            "</Relationships>"),
        ["word/_rels/settings.xml.rels"] = Xml(
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\" Target=\"file:///" + UserFolder.Replace('\\', '/') + "/AppData/Roaming/Microsoft/Templates/Normal.dotm\" TargetMode=\"External\"/>" +
            "</Relationships>"),
        ["word/document.xml"] = Xml(
            "<w:document xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\" " +
            "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" mc:Ignorable=\"w14\">" +
            "<w:body>" +
            "<w:p w:rsidR=\"" + SessionId + "\" w:rsidRDefault=\"" + SessionId + "\" w14:paraId=\"1A2B3C4D\">" +
            "<w:commentRangeStart w:id=\"0\"/><w:r w:rsidRPr=\"" + SessionId + "\"><w:t xml:space=\"preserve\">" + VisibleText + " </w:t></w:r>" +
            "<w:ins w:id=\"1\" w:author=\"" + Author + "\" w:date=\"2026-03-14T09:00:00Z\"><w:r><w:t>thêm</w:t></w:r></w:ins>" +
            "<w:del w:id=\"2\" w:author=\"" + Editor + "\" w:date=\"2026-03-15T10:00:00Z\"><w:r><w:delText>xóa</w:delText></w:r></w:del>" +
            "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>" +
            "<w:hyperlink r:id=\"rId5\"><w:r><w:t>bảng chi</w:t></w:r></w:hyperlink>" +
            "<w:hyperlink r:id=\"rId6\"><w:r><w:t>thông báo</w:t></w:r></w:hyperlink>" +
            "</w:p>" +
            "<w:sectPr w:rsidR=\"" + SessionId + "\"><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr>" +
            "</w:body></w:document>"),
        ["word/comments.xml"] = Xml(
            "<w:comments xmlns:w=\"" + W + "\">" +
            "<w:comment w:id=\"0\" w:author=\"" + Author + "\" w:date=\"2026-03-14T09:05:00Z\" w:initials=\"NVTG\">" +
            "<w:p><w:r><w:t>" + CommentText + "</w:t></w:r></w:p></w:comment></w:comments>"),
        ["word/people.xml"] = Xml(
            "<w15:people xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\">" +
            "<w15:person w15:author=\"" + Author + "\"><w15:presenceInfo w15:providerId=\"AD\" w15:userId=\"S::" + Account + "::0000\"/></w15:person>" +
            "</w15:people>"),
        ["word/settings.xml"] = Xml(
            "<w:settings xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\" " +
            "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" " +
            "xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\" mc:Ignorable=\"w14 w15\">" +
            "<w:zoom w:percent=\"100\"/><w:attachedTemplate r:id=\"rId1\"/><w:defaultTabStop w:val=\"720\"/>" +
            "<w:rsids><w:rsidRoot w:val=\"" + SessionId + "\"/><w:rsid w:val=\"" + SessionId + "\"/></w:rsids>" +
            "<w:docVars><w:docVar w:name=\"MaNhanVien\" w:val=\"" + EmployeeNumber + "\"/></w:docVars>" +
            "<w14:docId w14:val=\"7F3A2B1C\"/><w15:docId w15:val=\"" + DocumentGuid + "\"/>" +
            "</w:settings>"),
        ["word/media/image1.jpeg"] = JpegFixture.PhoneCameraPhoto().Input,
        ["docProps/core.xml"] = Xml(
            "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" " +
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" " +
            "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" +
            "<dc:title>" + Title + "</dc:title><dc:creator>" + Author + "</dc:creator>" +
            "<cp:lastModifiedBy>" + Editor + "</cp:lastModifiedBy><cp:revision>7</cp:revision>" +
            "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-03-14T08:00:00Z</dcterms:created>" +
            "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2026-03-15T10:00:00Z</dcterms:modified>" +
            "</cp:coreProperties>"),
        ["docProps/app.xml"] = Xml(
            "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" " +
            "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">" +
            "<Template>Normal.dotm</Template><TotalTime>123</TotalTime><Pages>1</Pages><Words>12</Words>" +
            "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>" +
            "<TitlesOfParts><vt:vector size=\"1\" baseType=\"lpstr\"><vt:lpstr>" + Title + "</vt:lpstr></vt:vector></TitlesOfParts>" +
            "<Company>" + Company + "</Company><Manager>" + Editor + "</Manager><AppVersion>16.0000</AppVersion>" +
            "</Properties>"),
        ["docProps/custom.xml"] = Xml(
            "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" " +
            "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">" +
            "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"MaNhanVien\"><vt:lpwstr>" + EmployeeNumber + "</vt:lpwstr></property>" +
            "</Properties>"),
        ["docProps/thumbnail.jpeg"] = [0xFF, 0xD8, 0xFF, 0xD9, .. Encoding.UTF8.GetBytes(Title)],
    };

    public static byte[] Xml(string body) => Encoding.UTF8.GetBytes(Declaration + body);

    /// <summary>Zips parts in order, with real timestamps and a comment as ordinary ZIP tools leave them.</summary>
    public static byte[] Build(IEnumerable<KeyValuePair<string, byte[]>> parts, string? comment = "Sent from " + UserFolder)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in parts)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.Fastest);
                entry.LastWriteTime = new DateTimeOffset(2026, 3, 15, 10, 0, 0, TimeSpan.FromHours(7));
                using var stream = entry.Open();
                stream.Write(content);
            }

            if (comment is not null)
                archive.Comment = comment;
        }

        return buffer.ToArray();
    }

    /// <summary>All entries, decompressed, so assertions see text that compression hides.</summary>
    public static Dictionary<string, byte[]> Unzip(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var parts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            parts[entry.FullName] = copy.ToArray();
        }

        return parts;
    }

    public static string Text(Dictionary<string, byte[]> parts, string name) => Encoding.UTF8.GetString(parts[name]);
}

using System.Text;
using Portal.Web.Features.Intake.Metadata;
using Portal.Web.Features.Intake.Metadata.Common;
using Portal.Web.Features.Intake.Metadata.Ooxml;

namespace Portal.Web.Tests.Features.Intake.Metadata.Ooxml;

public class IdentityFilterTests
{
    private const string X = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string P = "http://schemas.openxmlformats.org/presentationml/2006/main";

    private static (string Xml, RemovedMetadataCollector Removed) Rewrite(string xml, AuthorPseudonyms? pseudonyms = null)
    {
        var removed = new RemovedMetadataCollector();
        using var output = new MemoryStream();
        XmlPartRewriter.Rewrite(new MemoryStream(Encoding.UTF8.GetBytes(xml)), output, new IdentityFilter(pseudonyms ?? new AuthorPseudonyms(), removed));
        return (Encoding.UTF8.GetString(output.ToArray()), removed);
    }

    [Fact]
    public void Rewrite_ReplacesExcelCommentAuthorsAndTheirNameInCommentText_WhenWorkbookHasLegacyComments()
    {
        var (xml, removed) = Rewrite(
            $"<comments xmlns=\"{X}\"><authors><author>Nguyễn Văn A</author><author>Trần B</author></authors>" +
            "<commentList><comment ref=\"A1\" authorId=\"0\"><text><r><rPr><b/></rPr><t>Nguyễn Văn A:</t></r>" +
            "<r><t xml:space=\"preserve\">\nSố liệu sai</t></r></text></comment></commentList></comments>");

        Assert.Contains("<author>Author 1</author><author>Author 2</author>", xml, StringComparison.Ordinal);
        Assert.Contains("<t>Author 1:</t>", xml, StringComparison.Ordinal);
        Assert.Contains("\nSố liệu sai", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("Nguyễn", xml, StringComparison.Ordinal);
        Assert.Contains(removed.ToList(), r => r.Kind == MetadataKind.EmbeddedNames);
    }

    [Fact]
    public void Rewrite_RemovesPathDocumentIdAndSharingUser_WhenWorkbookPartHasThem()
    {
        var (xml, _) = Rewrite(
            $"<workbook xmlns=\"{X}\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
            "xmlns:x15ac=\"http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac\" " +
            "xmlns:xr=\"http://schemas.microsoft.com/office/spreadsheetml/2014/revision\" mc:Ignorable=\"x15ac xr\">" +
            "<fileSharing userName=\"Nguyễn Văn A\" readOnlyRecommended=\"1\"/>" +
            "<mc:AlternateContent><mc:Choice Requires=\"x15\"><x15ac:absPath url=\"C:\\Users\\nguyenvana\\Documents\\\"/></mc:Choice></mc:AlternateContent>" +
            "<xr:revisionPtr revIDLastSave=\"0\" documentId=\"13_ncr:1_{ABC}\"/><sheets><sheet name=\"Chi tiêu\" sheetId=\"1\"/></sheets></workbook>");

        Assert.DoesNotContain("nguyenvana", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("revisionPtr", xml, StringComparison.Ordinal);
        Assert.Contains("userName=\"Author 1\"", xml, StringComparison.Ordinal);
        Assert.Contains("<sheet name=\"Chi tiêu\" sheetId=\"1\" />", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewrite_ReplacesThreadedCommentPeople_WhenWorkbookHasModernComments()
    {
        const string Tc = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments";
        var (persons, _) = Rewrite(
            $"<personList xmlns=\"{Tc}\"><person displayName=\"Nguyễn Văn A\" id=\"{{1}}\" userId=\"nguyenvana@soyte.gov.vn\" providerId=\"AD\"/></personList>");
        var (comments, _) = Rewrite(
            $"<ThreadedComments xmlns=\"{Tc}\"><threadedComment ref=\"A1\" dT=\"2026-03-14T09:00:00.00\" personId=\"{{1}}\" id=\"{{2}}\"><text>Sai</text></threadedComment></ThreadedComments>");

        Assert.EndsWith($"<personList xmlns=\"{Tc}\"><person displayName=\"Author 1\" id=\"{{1}}\" /></personList>", persons, StringComparison.Ordinal);
        Assert.DoesNotContain("dT=", comments, StringComparison.Ordinal);
        Assert.Contains("<text>Sai</text>", comments, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewrite_ReplacesPowerPointCommentAuthorsAndInitials_WhenPresentationHasComments()
    {
        var pseudonyms = new AuthorPseudonyms();
        var (authors, _) = Rewrite(
            $"<p:cmAuthorLst xmlns:p=\"{P}\"><p:cmAuthor id=\"1\" name=\"Nguyễn Văn A\" initials=\"NVA\" lastIdx=\"1\" clrIdx=\"0\"/></p:cmAuthorLst>", pseudonyms);
        var (comments, _) = Rewrite(
            $"<p:cmLst xmlns:p=\"{P}\"><p:cm authorId=\"1\" dt=\"2026-03-14T09:00:00.000\" idx=\"1\"><p:pos x=\"10\" y=\"10\"/><p:text>Sai</p:text></p:cm></p:cmLst>", pseudonyms);

        Assert.Contains("name=\"Author 1\" initials=\"A1\"", authors, StringComparison.Ordinal);
        Assert.DoesNotContain("dt=", comments, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewrite_KeepsNamespacesWhitespaceAndEscapes_WhenNothingIsRemoved()
    {
        const string Original =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><!-- c --><w:body>" +
            "<w:p><w:r><w:t xml:space=\"preserve\">  a &amp; b &lt; c  </w:t></w:r></w:p><w:p></w:p></w:body></w:document>";

        var (xml, removed) = Rewrite(Original);

        Assert.Equal(Original.Replace("encoding=\"UTF-8\"", "encoding=\"utf-8\"", StringComparison.Ordinal), xml);
        Assert.True(removed.IsEmpty);
    }
}

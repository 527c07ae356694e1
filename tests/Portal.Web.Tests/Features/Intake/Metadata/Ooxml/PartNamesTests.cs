using Portal.Web.Features.Intake.Metadata.Ooxml;

namespace Portal.Web.Tests.Features.Intake.Metadata.Ooxml;

public class PartNamesTests
{
    [Theory]
    [InlineData("word/document.xml", true)]
    [InlineData("[Content_Types].xml", true)]
    [InlineData("word/media/", true)]
    [InlineData("../evil.xml", false)]
    [InlineData("word/./document.xml", false)]
    [InlineData("word//document.xml", false)]
    [InlineData("/abs.xml", false)]
    [InlineData("C:/evil.xml", false)]
    [InlineData(@"word\document.xml", false)]
    [InlineData("word/doc\u0001.xml", false)]
    [InlineData("", false)]
    public void IsSafeEntryName_RefusesTraversalAbsoluteAndControlNames_WhenChecked(string name, bool expected)
    {
        Assert.Equal(expected, PartNames.IsSafeEntryName(name));
    }

    [Theory]
    [InlineData("/word/document.xml", "media/image1.png", "/word/media/image1.png")]
    [InlineData("/word/document.xml", "../customXml/item1.xml", "/customXml/item1.xml")]
    [InlineData("/word/document.xml", "/docProps/custom.xml", "/docProps/custom.xml")]
    [InlineData("/", "docProps/core.xml", "/docProps/core.xml")]
    [InlineData("/word/document.xml", "media/image%201.png", "/word/media/image 1.png")]
    [InlineData("/word/document.xml", "../../escape.xml", null)]
    [InlineData("/word/document.xml", "#bookmark", null)]
    public void ResolveTarget_GivesThePartName_WhenTargetIsRelative(string source, string target, string? expected)
    {
        Assert.Equal(expected, PartNames.ResolveTarget(source, target));
    }

    [Theory]
    [InlineData("/_rels/.rels", "/")]
    [InlineData("/word/_rels/document.xml.rels", "/word/document.xml")]
    [InlineData("/word/document.xml", null)]
    public void SourceOfRelationships_FindsTheOwningPart_WhenGivenARelsPart(string rels, string? expected)
    {
        Assert.Equal(expected, PartNames.SourceOfRelationships(rels));
    }

    [Theory]
    [InlineData("/", "/_rels/.rels")]
    [InlineData("/customXml/item1.xml", "/customXml/_rels/item1.xml.rels")]
    public void RelationshipsOf_NamesTheRelsPart_WhenGivenAPart(string part, string expected)
    {
        Assert.Equal(expected, PartNames.RelationshipsOf(part));
    }
}

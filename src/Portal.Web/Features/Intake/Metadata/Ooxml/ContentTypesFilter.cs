using System.Xml;

namespace Portal.Web.Features.Intake.Metadata.Ooxml;

/// <summary>Drops [Content_Types].xml overrides for removed parts: an override naming a missing part
/// makes some readers call the file damaged.</summary>
internal sealed class ContentTypesFilter(ISet<string> removedParts) : XmlPartFilter
{
    public override bool DropElement(XmlReader element) =>
        element.NamespaceURI == OoxmlNamespaces.ContentTypes &&
        element.LocalName == "Override" &&
        PartNames.ResolveTarget("/", element.GetAttribute("PartName") ?? "") is { } part &&
        removedParts.Contains(part);
}

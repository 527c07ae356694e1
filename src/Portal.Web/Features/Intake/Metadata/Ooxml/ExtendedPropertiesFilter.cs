using System.Xml;
using Portal.Web.Features.Intake.Metadata.Common;

namespace Portal.Web.Features.Intake.Metadata.Ooxml;

/// <summary>Cleans docProps/app.xml ("extended properties"). Statistics (pages, words) stay; names,
/// software, template, editing time and the list of part titles go. Every element is optional, so a
/// reader never misses one.</summary>
/// <remarks>TitlesOfParts repeats the document title in Word files, which core.xml no longer has; Office
/// rebuilds the list on the next save.</remarks>
internal sealed class ExtendedPropertiesFilter(RemovedMetadataCollector removed) : XmlPartFilter
{
    private static readonly Dictionary<string, (MetadataKind Kind, string Detail)> Dropped = new(StringComparer.Ordinal)
    {
        ["Company"] = (MetadataKind.Author, "company name"),
        ["Manager"] = (MetadataKind.Author, "manager name"),
        ["Application"] = (MetadataKind.Software, "application name"),
        ["AppVersion"] = (MetadataKind.Software, "application version"),
        ["Template"] = (MetadataKind.DocumentProperties, "template name"),
        ["TotalTime"] = (MetadataKind.EditingHistory, "total editing time"),
        ["HyperlinkBase"] = (MetadataKind.FilePath, "hyperlink base path"),
        ["HeadingPairs"] = (MetadataKind.DocumentProperties, "list of part titles"),
        ["TitlesOfParts"] = (MetadataKind.DocumentProperties, "list of part titles"),
        ["DigSig"] = (MetadataKind.Other, "digital signature details"),
    };

    public override bool DropElement(XmlReader element)
    {
        if (!OoxmlNamespaces.ExtendedProperties.Contains(element.NamespaceURI) || !Dropped.TryGetValue(element.LocalName, out var what))
            return false;
        if (HasText(element))
            removed.Add(what.Kind, what.Detail);
        return true;
    }
}

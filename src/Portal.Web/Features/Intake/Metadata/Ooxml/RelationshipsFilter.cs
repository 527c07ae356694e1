using System.Xml;
using Portal.Web.Features.Intake.Metadata.Common;

namespace Portal.Web.Features.Intake.Metadata.Ooxml;

/// <summary>Cleans a .rels part: drops relationships to removed parts and to attached templates, and
/// shortens external targets that reveal file locations.</summary>
internal sealed class RelationshipsFilter(string sourcePart, ISet<string> removedParts, RemovedMetadataCollector removed) : XmlPartFilter
{
    // Set for each Relationship element before its attributes are rewritten.
    private bool _isExternal;

    public override bool DropElement(XmlReader element)
    {
        _isExternal = false;
        if (element.NamespaceURI != OoxmlNamespaces.Relationships || element.LocalName != "Relationship")
            return false;

        var type = element.GetAttribute("Type") ?? "";
        if (RelationshipTypes.IsAttachedTemplate(type))
        {
            removed.Add(MetadataKind.FilePath, "Word template path");
            return true;
        }

        _isExternal = string.Equals(element.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase);
        if (_isExternal)
            return false;
        var resolved = PartNames.ResolveTarget(sourcePart, element.GetAttribute("Target") ?? "");
        return resolved is not null && removedParts.Contains(resolved);
    }

    public override string? RewriteAttribute(XmlReader attribute, XmlName element)
    {
        if (!_isExternal || attribute.LocalName != "Target" || attribute.NamespaceURI.Length != 0 ||
            !ExternalTargets.RevealsLocation(attribute.Value))
        {
            return attribute.Value;
        }

        removed.Add(MetadataKind.FilePath, "links to files on a computer, network share or personal OneDrive (reduced to the file name)");
        return ExternalTargets.FileNameOnly(attribute.Value);
    }
}

using System.IO.Compression;
using System.Xml;
using Portal.Web.Features.Intake.Metadata.Common;

namespace Portal.Web.Features.Intake.Metadata.Ooxml;

/// <summary>First pass over a package: reads every relationship and decides which whole parts go
/// (custom properties, the preview thumbnail, Word's people list, SharePoint property stores) and which
/// parts hold the core and extended properties.</summary>
internal sealed class PackageInventory
{
    private PackageInventory(HashSet<string> removedParts, string corePart, string extendedPart)
    {
        RemovedParts = removedParts;
        CorePropertiesPart = corePart;
        ExtendedPropertiesPart = extendedPart;
    }

    public ISet<string> RemovedParts { get; }

    public string CorePropertiesPart { get; }

    public string ExtendedPropertiesPart { get; }

    public static PackageInventory Build(IReadOnlyList<ZipArchiveEntry> entries, UncompressedBudget budget, RemovedMetadataCollector removed)
    {
        var relationships = new List<PackageRelationship>();
        var removedParts = new HashSet<string>(PartNames.Comparer);
        foreach (var entry in entries)
        {
            var part = PartNames.FromEntryName(entry.FullName);
            if (part.EndsWith(".rels", StringComparison.OrdinalIgnoreCase) && PartNames.SourceOfRelationships(part) is { } source)
                relationships.AddRange(ReadRelationships(entry, source, budget));
            else if (IsSharePointPropertyStore(entry, part, budget))
                Remove(removedParts, part, MetadataKind.CustomProperties, "SharePoint document properties (can include people's names)", removed);
        }

        string? core = null;
        string? extended = null;
        foreach (var relationship in relationships.Where(r => !r.IsExternal))
        {
            var type = relationship.Type;
            var packageLevel = relationship.Source == "/";
            if (packageLevel && RelationshipTypes.IsCoreProperties(type))
                core ??= relationship.Target;
            else if (packageLevel && RelationshipTypes.IsExtendedProperties(type))
                extended ??= relationship.Target;
            else if (RelationshipTypes.IsCustomProperties(type))
                Remove(removedParts, relationship.Target, MetadataKind.CustomProperties, "custom document properties", removed);
            else if (RelationshipTypes.IsThumbnail(type))
                Remove(removedParts, relationship.Target, MetadataKind.Thumbnail, "document preview picture", removed);
            else if (RelationshipTypes.IsPeople(type))
                Remove(removedParts, relationship.Target, MetadataKind.EmbeddedNames, "Word comment authors' accounts (people.xml)", removed);
        }

        // Parts that exist without a relationship pointing at them are removed by their usual names too.
        foreach (var entry in entries)
        {
            var part = PartNames.FromEntryName(entry.FullName);
            if (PartNames.Comparer.Equals(part, "/docProps/custom.xml"))
                Remove(removedParts, part, MetadataKind.CustomProperties, "custom document properties", removed);
            else if (part.StartsWith("/docProps/thumbnail.", StringComparison.OrdinalIgnoreCase))
                Remove(removedParts, part, MetadataKind.Thumbnail, "document preview picture", removed);
        }

        Cascade(removedParts, relationships);
        return new PackageInventory(removedParts, core ?? "/docProps/core.xml", extended ?? "/docProps/app.xml");
    }

    private static void Remove(HashSet<string> removedParts, string part, MetadataKind kind, string detail, RemovedMetadataCollector removed)
    {
        if (removedParts.Add(part))
            removed.Add(kind, detail);
    }

    /// <summary>A removed part's own relationships go with it, and so do parts only it pointed at (a
    /// SharePoint store's itemProps part). Parts still used elsewhere stay.</summary>
    private static void Cascade(HashSet<string> removedParts, List<PackageRelationship> relationships)
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var part in removedParts.Where(p => !p.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                changed |= removedParts.Add(PartNames.RelationshipsOf(part));
                foreach (var target in relationships.Where(r => !r.IsExternal && PartNames.Comparer.Equals(r.Source, part)).Select(r => r.Target))
                {
                    var usedElsewhere = relationships.Any(r =>
                        !r.IsExternal && !removedParts.Contains(r.Source) && PartNames.Comparer.Equals(r.Target, target));
                    if (!usedElsewhere)
                        changed |= removedParts.Add(target);
                }
            }
        }
        while (changed);
    }

    private static List<PackageRelationship> ReadRelationships(ZipArchiveEntry entry, string source, UncompressedBudget budget)
    {
        var found = new List<PackageRelationship>();
        using var stream = budget.Watch(entry.Open());
        using var reader = XmlReader.Create(stream, XmlPartRewriter.ReaderSettings);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship" || reader.NamespaceURI != OoxmlNamespaces.Relationships)
                continue;
            var type = reader.GetAttribute("Type") ?? "";
            var target = reader.GetAttribute("Target") ?? "";
            if (string.Equals(reader.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase))
                found.Add(new PackageRelationship(source, type, target, IsExternal: true));
            else if (PartNames.ResolveTarget(source, target) is { } resolved)
                found.Add(new PackageRelationship(source, type, resolved, IsExternal: false));
        }

        return found;
    }

    /// <summary>SharePoint copies its library columns (author, editor, approvers) into a custom XML store
    /// whose root is &lt;p:properties&gt;. Content controls bound to it keep their displayed text.</summary>
    private static bool IsSharePointPropertyStore(ZipArchiveEntry entry, string part, UncompressedBudget budget)
    {
        if (!part.StartsWith("/customXml/item", StringComparison.OrdinalIgnoreCase) ||
            part.StartsWith("/customXml/itemProps", StringComparison.OrdinalIgnoreCase) ||
            !part.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        using var stream = budget.Watch(entry.Open());
        using var reader = XmlReader.Create(stream, XmlPartRewriter.ReaderSettings);
        return reader.MoveToContent() == XmlNodeType.Element &&
               reader.LocalName == "properties" &&
               reader.NamespaceURI == OoxmlNamespaces.SharePointProperties;
    }
}

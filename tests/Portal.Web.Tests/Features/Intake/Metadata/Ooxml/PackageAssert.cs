using System.Xml.Linq;

namespace Portal.Web.Tests.Features.Intake.Metadata.Ooxml;

/// <summary>Checks the structural rules an Office application relies on to open a package: well-formed
/// parts, a content type for every part, no override or relationship pointing at a missing part, and
/// every r:id used in a part defined in that part's relationships.</summary>
internal static class PackageAssert
{
    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static void IsConsistent(Dictionary<string, byte[]> parts)
    {
        var documents = parts.Where(p => p.Key.EndsWith(".xml", StringComparison.Ordinal) || p.Key.EndsWith(".rels", StringComparison.Ordinal))
            .ToDictionary(p => p.Key, p => XDocument.Load(new MemoryStream(p.Value)));

        var types = documents["[Content_Types].xml"].Root!;
        var defaults = types.Elements(ContentTypes + "Default").Select(e => (string)e.Attribute("Extension")!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var overrides = types.Elements(ContentTypes + "Override").Select(e => ((string)e.Attribute("PartName")!).TrimStart('/')).ToList();
        foreach (var part in overrides)
            Assert.True(parts.ContainsKey(part), $"[Content_Types].xml overrides missing part {part}.");
        foreach (var name in parts.Keys.Where(n => n != "[Content_Types].xml"))
            Assert.True(overrides.Contains(name) || defaults.Contains(Path.GetExtension(name).TrimStart('.')), $"{name} has no content type.");

        foreach (var (name, document) in documents.Where(d => d.Key.EndsWith(".rels", StringComparison.Ordinal)))
        {
            var folder = name[..name.IndexOf("_rels/", StringComparison.Ordinal)];
            var sourceName = name[(folder.Length + "_rels/".Length)..^".rels".Length];
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var relationship in document.Root!.Elements(Relationships + "Relationship"))
            {
                ids.Add((string)relationship.Attribute("Id")!);
                if ((string?)relationship.Attribute("TargetMode") == "External")
                    continue;
                var target = (string)relationship.Attribute("Target")!;
                var resolved = target.StartsWith('/') ? target.TrimStart('/') : Normalise(folder + target);
                Assert.True(parts.ContainsKey(resolved), $"{name} points at missing part {resolved}.");
            }

            var source = folder + sourceName;
            if (documents.TryGetValue(source, out var sourceDocument))
            {
                foreach (var used in sourceDocument.Descendants().Attributes().Where(a => a.Name.Namespace == OfficeRelationships))
                    Assert.True(ids.Contains(used.Value), $"{source} uses {used.Name.LocalName}=\"{used.Value}\", which {name} does not define.");
            }
        }
    }

    private static string Normalise(string path)
    {
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
                segments.RemoveAt(segments.Count - 1);
            else if (segment.Length > 0 && segment != ".")
                segments.Add(segment);
        }

        return string.Join('/', segments);
    }
}

using System.Xml;

namespace Portal.Web.Features.Intake.Metadata.Ooxml;

/// <summary>Rules applied while <see cref="XmlPartRewriter"/> copies one XML part.</summary>
internal abstract class XmlPartFilter
{
    /// <summary>Whether to drop the element the reader is on, with everything inside it. The reader may
    /// read attributes but must be left on the element.</summary>
    public virtual bool DropElement(XmlReader element) => false;

    /// <summary>The value to write for the attribute the reader is on, or null to drop it.</summary>
    /// <param name="attribute">Positioned on the attribute.</param>
    /// <param name="element">The element that owns it.</param>
    public virtual string? RewriteAttribute(XmlReader attribute, XmlName element) => attribute.Value;

    /// <summary>The text to write for a text node.</summary>
    /// <param name="text">The text as read.</param>
    /// <param name="ancestors">Open elements, outermost first; the last is the text's parent.</param>
    public virtual string RewriteText(string text, IReadOnlyList<XmlName> ancestors) => text;

    /// <summary>Whether the element holds any non-blank text, so an empty property is not reported as
    /// removed. Reads the element to its end, so call it only from <see cref="DropElement"/> when the
    /// answer is "drop": the rewriter's skip then moves past the end tag.</summary>
    protected static bool HasText(XmlReader element)
    {
        // Read by hand rather than through ReadSubtree: disposing a subtree reader after the underlying
        // stream failed (a damaged ZIP entry) makes it read on forever.
        if (element.IsEmptyElement)
            return false;
        var depth = element.Depth;
        var found = false;
        while (element.Read() && element.Depth > depth)
        {
            if (element.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && !string.IsNullOrWhiteSpace(element.Value))
                found = true;
        }

        return found;
    }
}

/// <summary>An element's or attribute's namespace and local name.</summary>
internal readonly record struct XmlName(string Namespace, string LocalName)
{
    public static XmlName Of(XmlReader reader) => new(reader.NamespaceURI, reader.LocalName);
}

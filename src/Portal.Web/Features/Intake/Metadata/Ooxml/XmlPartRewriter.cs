using System.Text;
using System.Xml;

namespace Portal.Web.Features.Intake.Metadata.Ooxml;

/// <summary>Copies an XML part node by node through an <see cref="XmlPartFilter"/>, streaming, so a large
/// worksheet costs no more memory than a small one. Everything the filter does not touch is written back
/// unchanged in meaning: namespaces and prefixes, whitespace, comments and processing instructions.</summary>
internal static class XmlPartRewriter
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <summary>DTDs are refused outright: Office parts never have one, and refusing them rules out entity
    /// expansion attacks and external entity fetches.</summary>
    public static XmlReaderSettings ReaderSettings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = false,
        IgnoreComments = false,
        IgnoreProcessingInstructions = false,
        CloseInput = false,
    };

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
        // Entitising keeps line breaks inside attribute values, which a plain write would turn into spaces.
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    public static void Rewrite(Stream input, Stream output, XmlPartFilter filter)
    {
        using var reader = XmlReader.Create(input, ReaderSettings);
        using var writer = XmlWriter.Create(output, WriterSettings);
        var ancestors = new List<XmlName>();

        reader.Read();
        while (!reader.EOF)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.XmlDeclaration:
                    var standalone = reader.GetAttribute("standalone");
                    if (standalone is null)
                        writer.WriteStartDocument();
                    else
                        writer.WriteStartDocument(standalone == "yes");
                    break;
                case XmlNodeType.Element:
                    if (filter.DropElement(reader))
                    {
                        reader.Skip();
                        continue;
                    }

                    CopyElementStart(reader, writer, filter);
                    if (reader.IsEmptyElement)
                        writer.WriteEndElement();
                    else
                        ancestors.Add(XmlName.Of(reader));
                    break;
                case XmlNodeType.EndElement:
                    writer.WriteFullEndElement();
                    ancestors.RemoveAt(ancestors.Count - 1);
                    break;
                case XmlNodeType.Text:
                    writer.WriteString(filter.RewriteText(reader.Value, ancestors));
                    break;
                case XmlNodeType.CDATA:
                    writer.WriteCData(filter.RewriteText(reader.Value, ancestors));
                    break;
                case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    writer.WriteWhitespace(reader.Value);
                    break;
                case XmlNodeType.Comment:
                    writer.WriteComment(reader.Value);
                    break;
                case XmlNodeType.ProcessingInstruction:
                    writer.WriteProcessingInstruction(reader.Name, reader.Value);
                    break;
                default:
                    throw new XmlException($"Unexpected XML node {reader.NodeType}.");
            }

            reader.Read();
        }

        writer.Flush();
    }

    private static void CopyElementStart(XmlReader reader, XmlWriter writer, XmlPartFilter filter)
    {
        var element = XmlName.Of(reader);
        writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.NamespaceURI == XmlnsNamespace)
                {
                    writer.WriteAttributeString(reader.Prefix, reader.LocalName, XmlnsNamespace, reader.Value);
                    continue;
                }

                var value = filter.RewriteAttribute(reader, element);
                if (value is not null)
                    writer.WriteAttributeString(reader.Prefix, reader.LocalName, reader.NamespaceURI, value);
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }
    }
}

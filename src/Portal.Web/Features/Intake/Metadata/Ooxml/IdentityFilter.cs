using System.Xml;
using Portal.Web.Features.Intake.Metadata.Common;
using static Portal.Web.Features.Intake.Metadata.Ooxml.OoxmlNamespaces;

namespace Portal.Web.Features.Intake.Metadata.Ooxml;

/// <summary>Removes people's names, dates, ids and paths that Word, Excel and PowerPoint write inside the
/// document parts themselves (not in docProps), applied to every XML part of the package.</summary>
/// <remarks>
/// The rule for each item follows its schema so the file still opens: required attributes (a tracked
/// change's author, a PowerPoint comment author's initials) get a pseudonym from
/// <see cref="AuthorPseudonyms"/>; optional ones (dates, initials in Word, editing-session ids) and
/// optional elements are removed.
/// </remarks>
internal sealed class IdentityFilter(AuthorPseudonyms pseudonyms, RemovedMetadataCollector removed) : XmlPartFilter
{
    // The name on the element being copied, so its initials and account map to the same pseudonym.
    private string? _elementAuthor;

    public override bool DropElement(XmlReader element)
    {
        var ns = element.NamespaceURI;
        var name = element.LocalName;
        _elementAuthor = element.GetAttribute("name");
        if (Word.Contains(ns))
        {
            switch (name)
            {
                case "rsids":
                    return Drop(MetadataKind.EditingHistory, "Word editing-session ids (rsid)");
                case "attachedTemplate":
                    return Drop(MetadataKind.FilePath, "Word template path");
                case "docVars":
                    return Drop(MetadataKind.CustomProperties, "Word document variables");
            }
        }
        else if (WordDocumentIds.Contains(ns) && name == "docId")
        {
            return Drop(MetadataKind.DocumentIdentifier, "Word document id");
        }
        else if (ns == SpreadsheetAbsolutePath && name == "absPath")
        {
            // Left inside an empty mc:Choice, which the markup-compatibility rules allow.
            return Drop(MetadataKind.FilePath, "Excel workbook folder path");
        }
        else if (ns == SpreadsheetRevision && name == "revisionPtr")
        {
            return Drop(MetadataKind.DocumentIdentifier, "Excel document id");
        }

        return false;
    }

    public override string? RewriteAttribute(XmlReader attribute, XmlName element)
    {
        var value = attribute.Value;
        if (AuthorPseudonyms.IsAnonymous(value))
            return value;
        var ns = attribute.NamespaceURI;
        var name = attribute.LocalName;

        if (Word.Contains(ns))
        {
            if (name == "author")
                return Pseudonym(value, "Word tracked-change and comment authors (replaced by \"Author n\")");
            if (name == "initials")
                return Remove(MetadataKind.EmbeddedNames, "Word comment author initials");
            if (name == "date")
                return Remove(MetadataKind.Timestamps, "Word tracked-change and comment dates");
            if (name.StartsWith("rsid", StringComparison.Ordinal))
                return Remove(MetadataKind.EditingHistory, "Word editing-session ids (rsid)");
            return value;
        }

        if (ns == WordCommentsExtensible && name == "dateUtc")
            return Remove(MetadataKind.Timestamps, "Word comment dates");

        // The remaining attributes are unqualified; the owning element says what they mean.
        if (ns.Length != 0)
            return value;
        if (Spreadsheet.Contains(element.Namespace))
        {
            if (name == "userName" || (element.LocalName == "userInfo" && name == "name"))
                return Pseudonym(value, "Excel shared-workbook user names (replaced by \"Author n\")");
            return value;
        }

        if (element.Namespace == SpreadsheetThreadedComments)
        {
            return (element.LocalName, name) switch
            {
                ("person", "displayName") => Pseudonym(value, "Excel comment authors (replaced by \"Author n\")"),
                ("person", "userId" or "providerId") => Remove(MetadataKind.EmbeddedNames, "Excel comment authors' accounts"),
                ("threadedComment", "dT") => Remove(MetadataKind.Timestamps, "Excel comment dates"),
                _ => value,
            };
        }

        if (Presentation.Contains(element.Namespace))
        {
            return (element.LocalName, name) switch
            {
                ("cmAuthor", "name") => Pseudonym(value, "PowerPoint comment authors (replaced by \"Author n\")"),
                ("cmAuthor", "initials") => Initials(value),
                ("cm", "dt") => Remove(MetadataKind.Timestamps, "PowerPoint comment dates"),
                _ => value,
            };
        }

        if (element.Namespace == PresentationModernComments && element.LocalName == "author")
        {
            // userId and providerId are required here: the account is replaced by the pseudonym and the
            // provider by "None", PowerPoint's value for "no sign-in provider".
            return name switch
            {
                "name" or "userId" => Pseudonym(_elementAuthor ?? value, "PowerPoint comment authors and accounts (replaced by \"Author n\")"),
                "initials" => Initials(value),
                "providerId" => "None",
                _ => value,
            };
        }

        return value;
    }

    public override string RewriteText(string text, IReadOnlyList<XmlName> ancestors)
    {
        if (ancestors.Count == 0 || !Spreadsheet.Contains(ancestors[^1].Namespace))
            return text;

        if (ancestors[^1].LocalName == "author" && !AuthorPseudonyms.IsAnonymous(text))
            return Pseudonym(text, "Excel comment authors (replaced by \"Author n\")");

        // Excel starts every legacy comment's text with its author's name in bold.
        if (ancestors[^1].LocalName == "t" && ancestors.Any(a => a.LocalName == "comment" && Spreadsheet.Contains(a.Namespace)))
        {
            var replaced = pseudonyms.ReplaceKnownNames(text);
            if (!string.Equals(replaced, text, StringComparison.Ordinal))
                removed.Add(MetadataKind.EmbeddedNames, "Excel comment authors' names at the start of comments");
            return replaced;
        }

        return text;
    }

    private bool Drop(MetadataKind kind, string detail)
    {
        removed.Add(kind, detail);
        return true;
    }

    private string? Remove(MetadataKind kind, string detail)
    {
        removed.Add(kind, detail);
        return null;
    }

    private string Pseudonym(string original, string detail)
    {
        removed.Add(MetadataKind.EmbeddedNames, detail);
        return pseudonyms.NameFor(original);
    }

    private string Initials(string original)
    {
        var initials = pseudonyms.InitialsFor(_elementAuthor ?? original);
        if (!string.Equals(initials, original, StringComparison.Ordinal))
            removed.Add(MetadataKind.EmbeddedNames, "comment author initials");
        return initials;
    }
}

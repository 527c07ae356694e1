namespace Portal.Web.Features.Intake.Metadata.Ooxml;

/// <summary>Relationship types that matter for cleaning, matched by their last segments so transitional
/// ("custom-properties") and strict ("customProperties") spellings both count.</summary>
internal static class RelationshipTypes
{
    public static bool IsCoreProperties(string type) => type.EndsWith("/metadata/core-properties", StringComparison.OrdinalIgnoreCase);

    public static bool IsExtendedProperties(string type) =>
        type.EndsWith("/extended-properties", StringComparison.OrdinalIgnoreCase) ||
        type.EndsWith("/extendedProperties", StringComparison.OrdinalIgnoreCase);

    public static bool IsCustomProperties(string type) =>
        type.EndsWith("/custom-properties", StringComparison.OrdinalIgnoreCase) ||
        type.EndsWith("/customProperties", StringComparison.OrdinalIgnoreCase);

    public static bool IsThumbnail(string type) => type.EndsWith("/metadata/thumbnail", StringComparison.OrdinalIgnoreCase);

    /// <summary>Word's people.xml: comment authors' account ids and sign-in providers.</summary>
    public static bool IsPeople(string type) => type.EndsWith("/relationships/people", StringComparison.OrdinalIgnoreCase);

    /// <summary>The template a Word document was made from, usually a path under the user's profile.</summary>
    public static bool IsAttachedTemplate(string type) => type.EndsWith("/attachedTemplate", StringComparison.OrdinalIgnoreCase);
}

namespace Portal.Web.Features.Intake.Metadata.Ooxml;

/// <summary>One relationship read from a .rels part.</summary>
/// <param name="Source">Part that owns it ("/" for the package).</param>
/// <param name="Type">Relationship type URI.</param>
/// <param name="Target">Resolved part name for internal targets; the raw target for external ones.</param>
/// <param name="IsExternal">Whether the target lies outside the package (a URL or a file path).</param>
internal sealed record PackageRelationship(string Source, string Type, string Target, bool IsExternal);

namespace Portal.Web.Features.Intake.Metadata;

/// <summary>One kind of metadata that was removed from a file.</summary>
/// <param name="Kind">What it could have revealed, for a plain-words explanation.</param>
/// <param name="Detail">Short technical detail naming the fields, e.g. "EXIF BodySerialNumber". It names
/// fields only and never contains the removed values, so a result can be logged or shown without
/// repeating the very data that was removed.</param>
public sealed record RemovedMetadata(MetadataKind Kind, string Detail);

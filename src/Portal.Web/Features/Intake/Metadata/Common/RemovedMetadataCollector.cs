namespace Portal.Web.Features.Intake.Metadata.Common;

/// <summary>Gathers removed-metadata notes during a scrub: one entry per kind, details merged, so a photo
/// with twenty EXIF date tags yields one "Timestamps" line instead of twenty.</summary>
internal sealed class RemovedMetadataCollector
{
    // Keeps the report short enough to show; the rest is summarised as a count.
    private const int MaxDetailsPerKind = 12;

    private readonly List<(MetadataKind Kind, List<string> Details)> _entries = [];
    private readonly List<string> _warnings = [];

    public bool IsEmpty => _entries.Count == 0;

    public bool Contains(MetadataKind kind) => _entries.Exists(e => e.Kind == kind);

    public void Add(MetadataKind kind, string detail)
    {
        var index = _entries.FindIndex(e => e.Kind == kind);
        if (index < 0)
        {
            _entries.Add((kind, [detail]));
            return;
        }

        var details = _entries[index].Details;
        if (!details.Contains(detail, StringComparer.Ordinal))
            details.Add(detail);
    }

    public void Merge(RemovedMetadataCollector other)
    {
        foreach (var (kind, details) in other._entries)
        {
            foreach (var detail in details)
                Add(kind, detail);
        }

        foreach (var warning in other._warnings)
            Warn(warning);
    }

    /// <summary>Adds what a nested scrub (an image inside a document) removed, naming where it was found.</summary>
    public void AddNested(string location, ScrubResult nested)
    {
        foreach (var item in nested.Removed)
            Add(item.Kind, $"{location}: {item.Detail}");
        foreach (var warning in nested.Warnings)
            Warn($"{location}: {warning}");
    }

    /// <summary>Notes a part that could not be cleaned and may still hold metadata.</summary>
    public void Warn(string warning)
    {
        if (!_warnings.Contains(warning, StringComparer.Ordinal))
            _warnings.Add(warning);
    }

    public IReadOnlyList<string> Warnings => [.. _warnings];

    public IReadOnlyList<RemovedMetadata> ToList() =>
        _entries.Select(e => new RemovedMetadata(e.Kind, Describe(e.Details))).ToList();

    private static string Describe(List<string> details) =>
        details.Count <= MaxDetailsPerKind
            ? string.Join("; ", details)
            : string.Join("; ", details.Take(MaxDetailsPerKind)) + $"; and {details.Count - MaxDetailsPerKind} more";
}

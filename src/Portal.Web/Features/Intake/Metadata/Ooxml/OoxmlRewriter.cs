using System.Collections.ObjectModel;
using System.IO.Compression;
using System.Security.Cryptography;
using Portal.Web.Features.Intake.Metadata.Common;

namespace Portal.Web.Features.Intake.Metadata.Ooxml;

/// <summary>Rebuilds an Office Open XML package without its metadata: every part is copied into a new
/// ZIP (so ZIP-level timestamps, comments and extra fields are gone too), XML parts through the
/// filters, pictures through the JPEG and PNG scrubbers, embedded Office files recursively.</summary>
internal sealed class OoxmlRewriter(OoxmlLimits limits, UncompressedBudget budget, AuthorPseudonyms pseudonyms, RemovedMetadataCollector removed)
{
    /// <summary>The earliest time a ZIP entry can carry; every entry gets it, as Office itself does.</summary>
    private static readonly DateTimeOffset FixedEntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const int SniffLength = 8;

    /// <summary>Cleans <paramref name="package"/> into <paramref name="output"/>, or throws
    /// <see cref="ScrubAbortedException"/>.</summary>
    public async Task RewriteAsync(PlaintextBuffer package, Stream output, int depth, CancellationToken cancellationToken)
    {
        var declared = ZipEndOfCentralDirectory.ReadEntryCount(package.Span)
            ?? throw ScrubAbortedException.Truncated("No ZIP central directory found: the file is cut short or is not a ZIP.");
        if (declared > limits.MaxEntries && declared != ushort.MaxValue)
            throw ScrubAbortedException.TooLarge($"The document has {declared} ZIP entries; at most {limits.MaxEntries} are accepted.");

        using var archive = OpenArchive(package);
        var entries = ListEntries(archive);
        var inventory = PackageInventory.Build(entries, budget, removed);
        if (archive.Comment.Length > 0)
            removed.Add(MetadataKind.Comment, "ZIP archive comment");

        using var rebuilt = new MemoryStream();
        using (var target = new ZipArchive(rebuilt, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await CopyEntryAsync(entry, target, inventory, depth, cancellationToken);
            }
        }

        rebuilt.Position = 0;
        await rebuilt.CopyToAsync(output, cancellationToken);
        // The cleaned copy is still the reporter's plaintext; wipe what can be wiped.
        CryptographicOperations.ZeroMemory(rebuilt.GetBuffer());
    }

    private static ZipArchive OpenArchive(PlaintextBuffer package)
    {
        var stream = package.OpenRead();
        try
        {
            return new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ArgumentException)
        {
            stream.Dispose();
            throw ScrubAbortedException.Corrupt($"The ZIP structure is damaged ({ex.GetType().Name}).");
        }
    }

    private List<ZipArchiveEntry> ListEntries(ZipArchive archive)
    {
        ReadOnlyCollection<ZipArchiveEntry> all;
        try
        {
            all = archive.Entries;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ArgumentException)
        {
            throw ScrubAbortedException.Corrupt($"The ZIP directory is damaged ({ex.GetType().Name}).");
        }

        if (all.Count > limits.MaxEntries)
            throw ScrubAbortedException.TooLarge($"The document has {all.Count} ZIP entries; at most {limits.MaxEntries} are accepted.");

        var names = new HashSet<string>(PartNames.Comparer);
        var entries = new List<ZipArchiveEntry>();
        var hasContentTypes = false;
        foreach (var entry in all)
        {
            if (!PartNames.IsSafeEntryName(entry.FullName))
                throw ScrubAbortedException.Corrupt("The document contains a ZIP entry with an unsafe name (absolute, or climbing out with '..').");
            // Two entries with one name let a viewer show a copy other than the one cleaned.
            if (!names.Add(entry.FullName))
                throw ScrubAbortedException.Corrupt("The document contains two ZIP entries with the same name.");
            if (entry.FullName.EndsWith('/'))
                continue;
            hasContentTypes |= entry.FullName == PartNames.ContentTypesEntry;
            if (entry.Comment.Length > 0)
                removed.Add(MetadataKind.Comment, "ZIP entry comments");
            if (entry.LastWriteTime.Year > 1980)
                removed.Add(MetadataKind.Timestamps, "ZIP entry dates");
            entries.Add(entry);
        }

        if (!hasContentTypes)
            throw ScrubAbortedException.Unsupported("A ZIP file, but not an Office document (no [Content_Types].xml).");
        return entries;
    }

    private async Task CopyEntryAsync(
        ZipArchiveEntry entry, ZipArchive target, PackageInventory inventory, int depth, CancellationToken cancellationToken)
    {
        var part = PartNames.FromEntryName(entry.FullName);
        if (inventory.RemovedParts.Contains(part))
            return;
        if (entry.FullName.StartsWith("_xmlsignatures/", StringComparison.OrdinalIgnoreCase))
            removed.Warn("The document is digitally signed; the cleaned copy's signature is no longer valid (the original keeps it).");

        var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
        copy.LastWriteTime = FixedEntryTime;
        await using var destination = await copy.OpenAsync(cancellationToken);
        if (entry.FullName == PartNames.ContentTypesEntry)
        {
            RewriteXml(entry, destination, new ContentTypesFilter(inventory.RemovedParts));
        }
        else if (PartNames.SourceOfRelationships(part) is { } source && part.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
        {
            RewriteXml(entry, destination, new RelationshipsFilter(source, inventory.RemovedParts, removed));
        }
        else if (PartNames.Comparer.Equals(part, inventory.CorePropertiesPart))
        {
            await using (var original = budget.Watch(entry.Open()))
                CoreProperties.Describe(original, removed);
            destination.Write(CoreProperties.Empty);
        }
        else if (PartNames.Comparer.Equals(part, inventory.ExtendedPropertiesPart))
        {
            RewriteXml(entry, destination, new ExtendedPropertiesFilter(removed));
        }
        else if (part.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
        {
            RewriteXml(entry, destination, new IdentityFilter(pseudonyms, removed));
        }
        else
        {
            await CopyBinaryAsync(entry, destination, depth, cancellationToken);
        }
    }

    private void RewriteXml(ZipArchiveEntry entry, Stream destination, XmlPartFilter filter)
    {
        using var source = budget.Watch(entry.Open());
        XmlPartRewriter.Rewrite(source, destination, filter);
    }

    /// <summary>Pictures and embedded Office files are cleaned; anything else is copied as it is. A
    /// nested clean is staged in memory so a failure can fall back to the original bytes with a warning
    /// instead of failing the whole document.</summary>
    private async Task CopyBinaryAsync(ZipArchiveEntry entry, Stream destination, int depth, CancellationToken cancellationToken)
    {
        byte[] header;
        await using (var sniff = budget.Watch(entry.Open()))
            header = await PrefixedStream.ReadHeaderAsync(sniff, SniffLength, cancellationToken);

        var nested = NestedScrubber(header, depth);
        if (nested is not null)
        {
            using var staged = new MemoryStream();
            await using (var source = budget.Watch(entry.Open()))
            {
                var result = await nested(source, staged, cancellationToken);
                if (result.Succeeded)
                {
                    removed.AddNested(entry.FullName, result);
                    staged.Position = 0;
                    await staged.CopyToAsync(destination, cancellationToken);
                    CryptographicOperations.ZeroMemory(staged.GetBuffer());
                    return;
                }

                if (result.FailureReason == ScrubFailureReason.TooLarge)
                    throw ScrubAbortedException.TooLarge(result.FailureDetail ?? "An embedded file is too large.");
                removed.Warn($"{entry.FullName} could not be cleaned ({result.FailureReason}) and was kept as it is.");
            }
        }
        else if (IsEmbeddedObject(entry.FullName))
        {
            removed.Warn($"{entry.FullName} is an embedded object in a format that cannot be cleaned; it may hold its own metadata.");
        }

        await using var raw = budget.Watch(entry.Open());
        await raw.CopyToAsync(destination, cancellationToken);
    }

    private Func<Stream, Stream, CancellationToken, Task<ScrubResult>>? NestedScrubber(ReadOnlySpan<byte> header, int depth)
    {
        var remaining = Math.Max(0, budget.Remaining);
        if (JpegScrubber.IsJpeg(header))
            return (input, output, ct) => new JpegScrubber().ScrubAsync(input, output, remaining, ct);
        if (PngScrubber.IsPng(header))
            return (input, output, ct) => new PngScrubber().ScrubAsync(input, output, remaining, ct);
        if (OoxmlScrubber.IsZip(header) && depth < limits.MaxNestingDepth)
            return (input, output, ct) => ScrubNestedPackageAsync(input, output, depth + 1, ct);
        return null;
    }

    /// <summary>An embedded workbook or document shares this package's budget and pseudonyms, so a bomb
    /// cannot hide one level down and an author keeps one pseudonym throughout.</summary>
    private Task<ScrubResult> ScrubNestedPackageAsync(Stream input, Stream output, int depth, CancellationToken cancellationToken) =>
        ScrubGuard.RunAsync(OoxmlScrubber.FormatName, async nestedRemoved =>
        {
            using var buffer = await PlaintextBuffer.ReadAsync(input, budget.Remaining, cancellationToken);
            var nested = new OoxmlRewriter(limits, budget, pseudonyms, nestedRemoved);
            await nested.RewriteAsync(buffer, output, depth, cancellationToken);
        }, cancellationToken);

    private static bool IsEmbeddedObject(string entryName) =>
        entryName.Contains("/embeddings/", StringComparison.OrdinalIgnoreCase) ||
        entryName.EndsWith(".bin", StringComparison.OrdinalIgnoreCase);
}

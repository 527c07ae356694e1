using System.IO.Compression;
using Portal.Web.Infrastructure;
using Portal.Web.Infrastructure.Cli;

namespace Portal.Web.Features.Backup;

public sealed record RestoreResult(string DataFolder, BackupManifest Manifest, int Attachments);

/// <summary>
/// Restores an archive into an empty data folder. Everything is unpacked into a hidden folder beside the target
/// and checked (every file against the manifest's SHA-256, the database by SQLite) before one rename puts it in
/// place: a damaged or altered archive leaves nothing behind, and a portal is never overwritten.
/// </summary>
public sealed class PortalRestore(DataDirectory data)
{
    private const long MaxManifestBytes = 64L * 1024 * 1024;

    public async Task<RestoreResult> RestoreAsync(string archivePath, CancellationToken cancellationToken)
    {
        var archive = Path.GetFullPath(archivePath);
        if (!File.Exists(archive))
        {
            throw new VerbException($"there is no archive at '{archive}'.");
        }

        var target = Path.TrimEndingDirectorySeparator(data.Path);
        RefuseUnlessEmpty(target);

        var parent = Path.GetDirectoryName(target)!;
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.restoring-{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4))}");
        try
        {
            await using var input = new FileStream(archive, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
            await using var zip = await ZipArchive.CreateAsync(input, ZipArchiveMode.Read, leaveOpen: false, entryNameEncoding: null, cancellationToken);
            var manifest = await ReadManifestAsync(zip, archive, cancellationToken);
            var entries = MatchEntries(zip, manifest, archive);

            Directory.CreateDirectory(parent);
            ArchiveFiles.CreateOwnerOnlyDirectory(staging);
            foreach (var file in manifest.Files)
            {
                await ExtractAsync(entries[file.Path], file, staging, archive, cancellationToken);
            }

            if (await SqliteSnapshot.CheckAsync(Path.Combine(staging, BackupManifest.DatabaseEntry), cancellationToken) is { } problem)
            {
                throw new VerbException($"the database in '{archive}' fails SQLite's check ({problem}). Nothing was restored.");
            }

            MoveIntoPlace(staging, target);
            return new RestoreResult(target, manifest, manifest.Files.Count(f => f.Path.StartsWith("attachments/", StringComparison.Ordinal)));
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            throw new VerbException($"'{archive}' is damaged or incomplete ({e.Message}). Nothing was restored.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new VerbException($"the restore could not be written ({e.Message}). Nothing was restored.", e);
        }
        finally
        {
            ArchiveFiles.DeleteQuietly(staging);
        }
    }

    private static void RefuseUnlessEmpty(string target)
    {
        if (File.Exists(target))
        {
            throw new VerbException($"the data folder '{target}' is a file. Point Portal:DataDirectory at a new, empty folder.");
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Take(3).ToList() is { Count: > 0 } found)
        {
            throw new VerbException(
                $"the data folder '{target}' is not empty (it holds {string.Join(", ", found.Select(Path.GetFileName))}). Restore never overwrites a portal: " +
                "point Portal:DataDirectory at a new folder, or stop the portal and move this folder aside (keep it until the restored portal is checked).");
        }
    }

    private static async Task<BackupManifest> ReadManifestAsync(ZipArchive zip, string archive, CancellationToken cancellationToken)
    {
        var entry = zip.GetEntry(BackupManifest.EntryName);
        if (entry is null || entry.Length > MaxManifestBytes)
        {
            throw new VerbException($"'{archive}' has no readable {BackupManifest.EntryName}: it is not a portal backup, or it is damaged. Nothing was restored.");
        }

        using var buffer = new MemoryStream();
        await using (var stream = await entry.OpenAsync(cancellationToken))
        {
            await stream.CopyToAsync(buffer, cancellationToken);
        }

        var manifest = BackupManifest.FromJson(buffer.ToArray());
        if (manifest is null || manifest.Format != BackupManifest.FormatName)
        {
            throw new VerbException($"the {BackupManifest.EntryName} in '{archive}' is not a portal backup manifest. Nothing was restored.");
        }

        if (manifest.FormatVersion != BackupManifest.CurrentVersion)
        {
            throw new VerbException($"'{archive}' is backup format {manifest.FormatVersion} (portal {manifest.PortalVersion}); this portal reads format {BackupManifest.CurrentVersion}. Restore it with the portal version that made it.");
        }

        return manifest;
    }

    /// <summary>The archive must hold exactly the files the manifest lists, each under an allowed name: nothing missing, nothing extra.</summary>
    private static Dictionary<string, ZipArchiveEntry> MatchEntries(ZipArchive zip, BackupManifest manifest, string archive)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in manifest.Files)
        {
            if (!BackupManifest.IsAllowedPath(file.Path) || !listed.Add(file.Path))
            {
                throw new VerbException($"the manifest in '{archive}' lists '{file.Path}', which a portal backup never holds. Nothing was restored.");
            }
        }

        if (!listed.Contains(BackupManifest.DatabaseEntry))
        {
            throw new VerbException($"'{archive}' holds no database. Nothing was restored.");
        }

        var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries.Where(e => e.FullName != BackupManifest.EntryName))
        {
            if (!listed.Contains(entry.FullName) || !entries.TryAdd(entry.FullName, entry))
            {
                throw new VerbException($"'{archive}' holds '{entry.FullName}', which its manifest does not list: the archive was altered. Nothing was restored.");
            }

            // Checked before anything is unpacked, so a forged size cannot fill the disk.
            if (entry.Length != manifest.Files.First(f => f.Path == entry.FullName).Size)
            {
                throw new VerbException($"'{entry.FullName}' in '{archive}' does not have the size its manifest lists: the archive is damaged or was altered. Nothing was restored.");
            }
        }

        var missing = listed.Where(p => !entries.ContainsKey(p)).ToList();
        if (missing.Count > 0)
        {
            throw new VerbException($"'{archive}' lacks {missing.Count} file(s) its manifest lists (first: {missing[0]}). Nothing was restored.");
        }

        return entries;
    }

    private static async Task ExtractAsync(ZipArchiveEntry entry, BackupFile expected, string staging, string archive, CancellationToken cancellationToken)
    {
        var destination = Path.Combine(staging, expected.Path.Replace('/', Path.DirectorySeparatorChar));
        ArchiveFiles.CreateOwnerOnlyDirectory(Path.GetDirectoryName(destination)!);
        (long Size, string Sha256) actual;
        await using (var source = await entry.OpenAsync(cancellationToken))
        await using (var target = ArchiveFiles.CreateOwnerOnly(destination))
        {
            actual = await ArchiveFiles.CopyHashedAsync(source, target, cancellationToken);
        }

        if (actual.Size != expected.Size || !string.Equals(actual.Sha256, expected.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new VerbException($"'{expected.Path}' in '{archive}' does not match the SHA-256 in its manifest: the archive is damaged or was altered. Nothing was restored.");
        }

        if (expected.Path.StartsWith("attachments/", StringComparison.Ordinal))
        {
            // Keeps the day-precision time the attachment store gave the file, rather than the moment of the restore.
            File.SetLastWriteTimeUtc(destination, entry.LastWriteTime.UtcDateTime);
        }
    }

    /// <summary>
    /// One rename makes the restore visible. An existing empty target is removed first (its permissions are kept)
    /// because a directory cannot be renamed onto another; it is checked again just before, in case something wrote there meanwhile.
    /// </summary>
    private static void MoveIntoPlace(string staging, string target)
    {
        UnixFileMode? mode = null;
        if (Directory.Exists(target))
        {
            RefuseUnlessEmpty(target);
            if (!OperatingSystem.IsWindows())
            {
                mode = File.GetUnixFileMode(target);
            }

            Directory.Delete(target, recursive: false);
        }

        Directory.Move(staging, target);
        if (mode is { } kept && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(target, kept);
        }
    }
}

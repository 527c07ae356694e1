using System.IO.Compression;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Portal.Web.Features.Intake;
using Portal.Web.Infrastructure;
using Portal.Web.Infrastructure.Cli;

namespace Portal.Web.Features.Backup;

public sealed record BackupResult(string Archive, long Reports, int Attachments, long Bytes, bool KeysIncluded, IReadOnlyList<string> KeyFiles);

/// <summary>
/// Writes one archive of a running portal: first a snapshot of the database, then exactly the attachment files
/// that snapshot refers to. Attachments are write-once (written as .part, renamed before their row commits, never
/// changed or deleted afterwards), so every file the snapshot names is on disk and complete when it is copied.
/// </summary>
public sealed class PortalBackup(DataDirectory data, AttachmentStore store, TimeProvider clock)
{
    public static string PortalVersion =>
        typeof(PortalBackup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public async Task<BackupResult> CreateAsync(string archivePath, bool includeKeys, CancellationToken cancellationToken)
    {
        var archive = Path.GetFullPath(archivePath);
        Refuse(archive);

        // Both temporary files sit beside the archive (same disk, not a small /tmp) under names that cannot be
        // mistaken for a finished backup; the archive appears under its own name only when complete.
        var stem = $"{archive}.{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4))}";
        var snapshot = stem + ".db.partial";
        var partial = stem + ".partial";
        try
        {
            await SqliteSnapshot.TakeAsync(data.DatabaseFile, snapshot, cancellationToken);
            var facts = await SqliteSnapshot.ReadFactsAsync(snapshot, cancellationToken);
            if (facts.Problem is not null)
            {
                throw new VerbException($"the database snapshot failed SQLite's check ({facts.Problem}); the live database may be damaged. No archive was written.");
            }

            var createdAt = clock.GetUtcNow();
            var files = new List<BackupFile>();
            var keyFiles = includeKeys ? KeyFiles() : [];
            await using (var output = ArchiveFiles.CreateOwnerOnly(partial))
            {
                await using (var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken))
                {
                    files.Add(await ArchiveFiles.AddAsync(zip, BackupManifest.DatabaseEntry, snapshot, compress: true, createdAt, cancellationToken));
                    foreach (var name in facts.AttachmentNames)
                    {
                        files.Add(await AddAttachmentAsync(zip, name, cancellationToken));
                    }

                    foreach (var key in keyFiles)
                    {
                        files.Add(await ArchiveFiles.AddAsync(zip, $"keys/{Path.GetFileName(key)}", key, compress: false, createdAt, cancellationToken));
                    }

                    var manifest = new BackupManifest(BackupManifest.FormatName, BackupManifest.CurrentVersion, createdAt, PortalVersion, "sqlite",
                        facts.SchemaVersion, includeKeys, files);
                    var entry = zip.CreateEntry(BackupManifest.EntryName, CompressionLevel.Optimal);
                    entry.LastWriteTime = createdAt;
                    await using var manifestStream = await entry.OpenAsync(cancellationToken);
                    await manifestStream.WriteAsync(manifest.ToJson(), cancellationToken);
                }

                // On disk before the rename, so a power cut never leaves a complete-looking but empty archive.
                output.Flush(flushToDisk: true);
            }

            File.Move(partial, archive, overwrite: false);
            return new BackupResult(archive, facts.Reports, facts.AttachmentNames.Count, new FileInfo(archive).Length, includeKeys,
                keyFiles.Select(Path.GetFileName).ToList()!);
        }
        catch (SqliteException e)
        {
            throw new VerbException($"the database at '{data.DatabaseFile}' could not be copied ({e.Message}). No archive was written.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new VerbException($"the backup could not be written ({e.Message}). No archive was written.", e);
        }
        finally
        {
            ArchiveFiles.DeleteQuietly(snapshot);
            ArchiveFiles.DeleteQuietly(partial);
        }
    }

    private void Refuse(string archive)
    {
        if (File.Exists(archive) || Directory.Exists(archive))
        {
            throw new VerbException($"'{archive}' already exists; backup never overwrites. Choose a new file name (for example with today's date).");
        }

        var folder = Path.GetDirectoryName(archive)!;
        if (!Directory.Exists(folder))
        {
            throw new VerbException($"the folder '{folder}' does not exist; create it first.");
        }

        var dataFolder = Path.TrimEndingDirectorySeparator(data.Path) + Path.DirectorySeparatorChar;
        if (archive.StartsWith(dataFolder, StringComparison.Ordinal))
        {
            throw new VerbException($"'{archive}' is inside the data folder '{data.Path}'; keep backups on another disk or machine.");
        }

        if (!File.Exists(data.DatabaseFile))
        {
            throw new VerbException($"there is no portal database at '{data.DatabaseFile}'; check Portal:DataDirectory (environment variable Portal__DataDirectory).");
        }
    }

    private async Task<BackupFile> AddAttachmentAsync(ZipArchive zip, string storedName, CancellationToken cancellationToken)
    {
        var file = Path.Combine(store.Folder, storedName);
        if (!File.Exists(file))
        {
            // Never happens on a sound data folder (files are in place before their rows commit): say so rather than
            // write an archive whose restore would lack evidence.
            throw new VerbException($"the attachment file '{file}' named by the database is missing; the data folder is damaged. No archive was written.");
        }

        // The file's own time is already day precision (AttachmentStore.Commit); it goes into the archive unchanged.
        return await ArchiveFiles.AddAsync(zip, $"attachments/{storedName}", file, compress: false, File.GetLastWriteTimeUtc(file), cancellationToken);
    }

    private List<string> KeyFiles()
    {
        var folder = Path.Combine(data.Path, "keys");
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Where(f => BackupManifest.IsKeyPath($"keys/{Path.GetFileName(f)}")).Order(StringComparer.Ordinal).ToList()
            : [];
    }
}

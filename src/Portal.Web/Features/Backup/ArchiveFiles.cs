using System.IO.Compression;
using System.Security.Cryptography;

namespace Portal.Web.Features.Backup;

/// <summary>File helpers shared by backup and restore: owner-only files, copying while hashing.</summary>
internal static class ArchiveFiles
{
    private const int BufferSize = 81920;

    /// <summary>Everything backup and restore create is readable by the owner only: it holds wrapped keys and ciphertext.</summary>
    public static FileStream CreateOwnerOnly(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = BufferSize };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return new FileStream(path, options);
    }

    public static void CreateOwnerOnlyDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>Copies in one pass and returns the length and SHA-256 of what went through.</summary>
    public static async Task<(long Size, string Sha256)> CopyHashedAsync(Stream source, Stream destination, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[BufferSize];
        long size = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            size += read;
        }

        return (size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>Adds one file as an entry; ciphertext does not compress, so only the database is deflated.</summary>
    public static async Task<BackupFile> AddAsync(ZipArchive zip, string entryName, string sourceFile, bool compress, DateTimeOffset time, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(entryName, compress ? CompressionLevel.Optimal : CompressionLevel.NoCompression);
        entry.LastWriteTime = time;
        await using var source = new FileStream(sourceFile, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);
        await using var target = await entry.OpenAsync(cancellationToken);
        var (size, sha256) = await CopyHashedAsync(source, target, cancellationToken);
        return new BackupFile(entryName, size, sha256);
    }

    public static void DeleteQuietly(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else
            {
                File.Delete(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Leftovers carry a ".partial"/".restoring" name; the operator output names the real problem.
        }
    }
}

using System.Security.Cryptography;
using Portal.Web.Infrastructure;

namespace Portal.Web.Features.Intake;

/// <summary>
/// Encrypted attachment files under the data folder. A file is written as "name.part" and renamed only when
/// complete; a crash leaves a .part file or a file no row names, and both are removed at the next start.
/// </summary>
public sealed class AttachmentStore(DataDirectory data)
{
    private const string PartSuffix = ".part";

    public string Folder => Path.Combine(data.Path, "attachments");

    public static string NewStoredName() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public FileStream CreatePart(string storedName)
    {
        Directory.CreateDirectory(Folder);
        return new FileStream(PathOf(storedName) + PartSuffix, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
    }

    /// <summary>Completes a file; its times are set to midnight UTC so the folder does not record when a reporter uploaded.</summary>
    public void Commit(string storedName, DateOnly day)
    {
        File.Move(PathOf(storedName) + PartSuffix, PathOf(storedName));
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(PathOf(storedName), midnight);
        File.SetLastAccessTimeUtc(PathOf(storedName), midnight);
    }

    public void Discard(string storedName)
    {
        File.Delete(PathOf(storedName) + PartSuffix);
        File.Delete(PathOf(storedName));
    }

    public long PartLength(string storedName) => new FileInfo(PathOf(storedName) + PartSuffix).Length;

    public FileStream OpenReadPart(string storedName) =>
        new(PathOf(storedName) + PartSuffix, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);

    public FileStream OpenRead(string storedName) =>
        new(PathOf(storedName), FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);

    /// <summary>
    /// Removes unfinished uploads and files that no database row refers to. With <paramref name="untouchedSinceUtc"/>
    /// only files last written before it: on a folder shared by several nodes another node may be writing one now.
    /// </summary>
    public int RemoveOrphans(IReadOnlySet<string> referenced, DateTime? untouchedSinceUtc = null)
    {
        if (!Directory.Exists(Folder))
        {
            return 0;
        }

        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(Folder))
        {
            var name = Path.GetFileName(file);
            if ((name.EndsWith(PartSuffix, StringComparison.Ordinal) || !referenced.Contains(name)) &&
                (untouchedSinceUtc is null || File.GetLastWriteTimeUtc(file) < untouchedSinceUtc))
            {
                File.Delete(file);
                removed++;
            }
        }

        return removed;
    }

    private string PathOf(string storedName)
    {
        // Names are generated here, never taken from a request; the check keeps it that way.
        if (storedName.Length != 32 || !storedName.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("not a stored attachment name", nameof(storedName));
        }

        return Path.Combine(Folder, storedName);
    }
}

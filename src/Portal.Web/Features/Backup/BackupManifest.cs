using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Portal.Web.Features.Backup;

public sealed record BackupFile(string Path, long Size, string Sha256);

/// <summary>
/// manifest.json, the last entry of a backup archive (ADR 0007). The hashes catch corruption and truncation;
/// they are not a signature: anyone who can rewrite the archive can rewrite them too.
/// </summary>
public sealed partial record BackupManifest(
    string Format, int FormatVersion, DateTimeOffset CreatedAt, string PortalVersion, string DatabaseProvider,
    string? SchemaVersion, bool KeysIncluded, IReadOnlyList<BackupFile> Files)
{
    public const string FormatName = "integrity-portal-backup";
    public const int CurrentVersion = 1;
    public const string EntryName = "manifest.json";
    public const string DatabaseEntry = "portal.db";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Read by people (`unzip -p archive.zip manifest.json`) and never embedded in HTML: keep "+" and non-ASCII readable.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    /// <summary>Null when the bytes are not a manifest at all (the caller reports a damaged archive).</summary>
    public static BackupManifest? FromJson(byte[] json)
    {
        try
        {
            var manifest = JsonSerializer.Deserialize<BackupManifest>(json, Json);
            return manifest is { Format: not null, Files: not null } && manifest.Files.All(f => f is { Path: not null, Sha256: not null }) ? manifest : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The only paths an archive may hold: the database, attachment files under their generated names, and
    /// key files. Restore writes nothing else, so a crafted name can never reach outside the data folder.
    /// </summary>
    public static bool IsAllowedPath(string path) =>
        path == DatabaseEntry || AttachmentPath().IsMatch(path) || KeyPath().IsMatch(path);

    public static bool IsKeyPath(string path) => KeyPath().IsMatch(path);

    [GeneratedRegex("^attachments/[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex AttachmentPath();

    [GeneratedRegex("^keys/[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPath();
}

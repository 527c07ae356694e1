using System.Security.Cryptography;
using Portal.Web.Infrastructure;

namespace Portal.Web.Features.Cases;

/// <summary>
/// A keyed tag per staff account (HMAC-SHA256 under a key in the data folder's keys/): recusals are stored by
/// tag, so the database says "this case excludes someone" without saying whom.
/// </summary>
public sealed class StaffTags
{
    private const int KeySize = 32;
    private readonly Lazy<byte[]> key;

    public StaffTags(DataDirectory data) =>
        // PublicationOnly: a failure (a full disk) is not remembered, the next use tries again.
        key = new(() => LoadOrCreate(Path.Combine(data.Path, "keys", "staff-tag.key")), LazyThreadSafetyMode.PublicationOnly);

    private StaffTags(string keyFile) => key = new(() => LoadOrCreate(keyFile), LazyThreadSafetyMode.PublicationOnly);

    /// <summary>For tools outside the web host (the benchmark harness).</summary>
    public static StaffTags FromKeyFile(string keyFile) => new(keyFile);

    public byte[] For(Guid userId) => HMACSHA256.HashData(key.Value, userId.ToByteArray());

    private static byte[] LoadOrCreate(string file)
    {
        if (File.Exists(file))
        {
            var bytes = File.ReadAllBytes(file);
            return bytes.Length == KeySize ? bytes
                : throw new StartupException($"The staff tag key file '{file}' is damaged. Restore it from the backup of this data folder.");
        }

        // Whoever reads this key can tell which recusal tag belongs to whom: KeyFiles makes it owner-only.
        var content = RandomNumberGenerator.GetBytes(KeySize);
        // Another instance created it first: use theirs.
        return KeyFiles.TryCreate(file, content) ? content : LoadOrCreate(file);
    }
}

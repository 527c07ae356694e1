using System.Text.Json;
using Portal.Crypto;

namespace Portal.Web.Features.Intake;

/// <summary>
/// The one place that decides what each ciphertext of a report is bound to: every field carries the report
/// id and its own name in the associated data, so no ciphertext can be moved to another report or field.
/// </summary>
public static class ReportCipher
{
    private const string Context = "report";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static byte[] Ad(Guid reportId, string field) => AssociatedData.For(Context, reportId, field);

    public static byte[] Ad(Guid reportId, string field, Guid itemId) => AssociatedData.For(Context, reportId, field, itemId);

    public static byte[] EncryptJson<T>(SecretKey key, T value, byte[] ad) =>
        ContentCipher.Encrypt(key, JsonSerializer.SerializeToUtf8Bytes(value, Json), ad);

    public static bool TryDecryptJson<T>(SecretKey key, byte[] ciphertext, byte[] ad, out T? value)
    {
        value = default;
        if (!ContentCipher.TryDecrypt(key, ciphertext, ad, out var plaintext))
        {
            return false;
        }

        value = JsonSerializer.Deserialize<T>(plaintext, Json);
        return value is not null;
    }

    /// <summary>Seals a report's originals key to the custodians' vault (when there is one) and to the reporter.</summary>
    public static void SealOriginalsKey(Report report, SecretKey originals, byte[]? vaultPublicKey)
    {
        report.OriginalsKeyForReporter = Sealing.SealKey(originals, report.ReporterPublicKey, Ad(report.Id, "originals-key-reporter"));
        report.OriginalsKeyForVault = vaultPublicKey is null ? null : Sealing.SealKey(originals, vaultPublicKey, Ad(report.Id, "originals-key-vault"));
    }

    /// <summary>Wraps a per-file (or per-identity) key under another key, bound to its place.</summary>
    public static byte[] WrapKey(SecretKey wrapping, SecretKey key, byte[] ad)
    {
        Span<byte> raw = stackalloc byte[SecretKey.Size];
        try
        {
            key.Export(raw);
            return ContentCipher.Encrypt(wrapping, raw, ad);
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(raw);
        }
    }

    public static SecretKey? UnwrapKey(SecretKey wrapping, byte[] wrapped, byte[] ad)
    {
        if (!ContentCipher.TryDecrypt(wrapping, wrapped, ad, out var raw))
        {
            return null;
        }

        try
        {
            return SecretKey.Import(raw);
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(raw);
        }
    }
}

using System.Text.Json;
using Portal.Crypto;

namespace Portal.Web.Features.Integrity.Declarations;

/// <summary>The associated data of every declaration ciphertext: its declaration id and field, so nothing can be moved between declarations or fields.</summary>
public static class DeclarationCipher
{
    private const string Context = "declaration";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static byte[] Ad(Guid declarationId, string field) => AssociatedData.For(Context, declarationId, field);

    public static byte[] Ad(Guid declarationId, string field, Guid itemId) => AssociatedData.For(Context, declarationId, field, itemId);

    public static byte[] DeclarantKeyAd(Guid id) => Ad(id, "content-key-declarant");

    public static byte[] ReviewersKeyAd(Guid id) => Ad(id, "content-key-reviewers");

    public static byte[] ControlBodyKeyAd(Guid id) => Ad(id, "content-key-control-body");

    public static byte[] EncryptForm(SecretKey key, Guid id, DeclarationForm form) =>
        ContentCipher.Encrypt(key, JsonSerializer.SerializeToUtf8Bytes(form, Json), Ad(id, "content"));

    public static byte[] EncryptRevision(SecretKey key, Guid id, Guid revisionId, DeclarationForm form) =>
        ContentCipher.Encrypt(key, JsonSerializer.SerializeToUtf8Bytes(form, Json), Ad(id, "revision", revisionId));

    public static DeclarationForm? DecryptForm(SecretKey key, Guid id, byte[] content) => Decrypt(key, content, Ad(id, "content"));

    public static DeclarationForm? DecryptRevision(SecretKey key, Guid id, Guid revisionId, byte[] content) => Decrypt(key, content, Ad(id, "revision", revisionId));

    public static byte[] EncryptNote(SecretKey key, Guid id, Guid eventId, string note) => ContentCipher.EncryptString(key, note, Ad(id, "event-note", eventId));

    public static string? DecryptNote(SecretKey key, Guid id, Guid eventId, byte[] note) =>
        ContentCipher.TryDecryptString(key, note, Ad(id, "event-note", eventId), out var text) ? text : null;

    private static DeclarationForm? Decrypt(SecretKey key, byte[] content, byte[] ad)
    {
        if (!ContentCipher.TryDecrypt(key, content, ad, out var plaintext))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<DeclarationForm>(plaintext, Json);
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(plaintext);
        }
    }
}

using System.Security.Cryptography;
using NSec.Cryptography;
using NSecArgon2Parameters = NSec.Cryptography.Argon2Parameters;

namespace Portal.Crypto;

/// <summary>
/// The only place that touches NSec algorithm objects. Every format in this library goes through
/// these few functions, so the known-answer tests of this class prove the wiring of all of them.
/// </summary>
internal static class Primitives
{
    public const int KeySize = 32;
    public const int NonceSize = 24;
    public const int TagSize = 16;
    public const int X25519KeySize = 32;
    public const int Argon2SaltSize = 16;

    private static readonly AeadAlgorithm Aead = AeadAlgorithm.XChaCha20Poly1305;
    private static readonly KeyDerivationAlgorithm2 Hkdf = KeyDerivationAlgorithm.HkdfSha256;

    internal static KeyAgreementAlgorithm X25519 => KeyAgreementAlgorithm.X25519;

    /// <summary>Imports 32 raw bytes as an XChaCha20-Poly1305 key (not exportable).</summary>
    public static Key ImportAeadKey(ReadOnlySpan<byte> key) =>
        Key.Import(Aead, key, KeyBlobFormat.RawSymmetricKey);

    /// <summary>XChaCha20-Poly1305; <paramref name="ciphertext"/> is plaintext length + 16 (tag appended).</summary>
    public static void Encrypt(Key key, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> associatedData,
        ReadOnlySpan<byte> plaintext, Span<byte> ciphertext) =>
        Aead.Encrypt(key, nonce, associatedData, plaintext, ciphertext);

    public static bool Decrypt(Key key, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> associatedData,
        ReadOnlySpan<byte> ciphertext, Span<byte> plaintext) =>
        Aead.Decrypt(key, nonce, associatedData, ciphertext, plaintext);

    public static void Encrypt(ReadOnlySpan<byte> key, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> associatedData,
        ReadOnlySpan<byte> plaintext, Span<byte> ciphertext)
    {
        using var k = ImportAeadKey(key);
        Encrypt(k, nonce, associatedData, plaintext, ciphertext);
    }

    public static bool Decrypt(ReadOnlySpan<byte> key, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> associatedData,
        ReadOnlySpan<byte> ciphertext, Span<byte> plaintext)
    {
        using var k = ImportAeadKey(key);
        return Decrypt(k, nonce, associatedData, ciphertext, plaintext);
    }

    /// <summary>HKDF-SHA256 (RFC 5869), extract then expand.</summary>
    public static void HkdfSha256(ReadOnlySpan<byte> inputKeyingMaterial, ReadOnlySpan<byte> salt,
        ReadOnlySpan<byte> info, Span<byte> output) =>
        Hkdf.DeriveBytes(inputKeyingMaterial, salt, info, output);

    /// <summary>HKDF-Extract (PRK is 32 bytes).</summary>
    public static void HkdfExtract(ReadOnlySpan<byte> inputKeyingMaterial, ReadOnlySpan<byte> salt, Span<byte> pseudorandomKey) =>
        Hkdf.Extract(inputKeyingMaterial, salt, pseudorandomKey);

    /// <summary>HKDF-Expand.</summary>
    public static void HkdfExpand(ReadOnlySpan<byte> pseudorandomKey, ReadOnlySpan<byte> info, Span<byte> output) =>
        Hkdf.Expand(pseudorandomKey, info, output);

    /// <summary>HKDF-SHA256 with an X25519 shared secret as input keying material.</summary>
    public static void HkdfSha256(SharedSecret sharedSecret, ReadOnlySpan<byte> salt,
        ReadOnlySpan<byte> info, Span<byte> output) =>
        Hkdf.DeriveBytes(sharedSecret, salt, info, output);

    /// <summary>X25519; null when the result is all zero (low-order public key).</summary>
    public static SharedSecret? Agree(Key privateKey, PublicKey publicKey) =>
        X25519.Agree(privateKey, publicKey);

    /// <summary>Argon2id v1.3 with a 16-byte salt. No policy checks: callers validate passwords.</summary>
    public static void Argon2id(ReadOnlySpan<byte> password, ReadOnlySpan<byte> salt,
        Argon2Parameters parameters, Span<byte> output)
    {
        var nsecParameters = new NSecArgon2Parameters
        {
            DegreeOfParallelism = parameters.Parallelism,
            MemorySize = parameters.MemorySizeKiB,
            NumberOfPasses = parameters.Iterations,
        };
        PasswordBasedKeyDerivationAlgorithm.Argon2id(nsecParameters).DeriveBytes(password, salt, output);
    }

    public static void Fill(Span<byte> destination) => RandomNumberGenerator.Fill(destination);
}

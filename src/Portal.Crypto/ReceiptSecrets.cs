using System.Security.Cryptography;

namespace Portal.Crypto;

/// <summary>
/// Everything derived from a <see cref="Receipt"/> with ONE Argon2id run:
/// <c>argonSalt = HKDF(installationSalt, "", "Portal.Crypto/receipt/argon2-salt/v1")[0..16]</c>,
/// <c>master = Argon2id(receipt, argonSalt, parameters)</c>, <c>prk = HKDF-Extract(installationSalt, master)</c>,
/// then <see cref="LookupHash"/> = HKDF-Expand(prk, "Portal.Crypto/receipt/lookup/v1") and the X25519 private
/// key = HKDF-Expand(prk, "Portal.Crypto/receipt/x25519/v1"). The server stores and indexes only the lookup
/// hash; the key pair is never stored (it opens the report key and replies sealed to its public key).
/// Safe because the receipt has about 90 bits of entropy, every guess costs an Argon2id run, and the
/// installation salt (kept outside the database) stops precomputation across installations.
/// The parameters must stay fixed for an installation, or old receipts stop finding their reports.
/// </summary>
public sealed class ReceiptSecrets : IDisposable
{
    /// <summary>Size of <see cref="LookupHash"/>.</summary>
    public const int LookupHashSize = 32;

    /// <summary>Shortest accepted installation salt.</summary>
    public const int MinInstallationSaltSize = 16;

    /// <summary>Longest accepted installation salt.</summary>
    public const int MaxInstallationSaltSize = 1024;

    private static ReadOnlySpan<byte> SaltLabel => "Portal.Crypto/receipt/argon2-salt/v1"u8;
    private static ReadOnlySpan<byte> LookupLabel => "Portal.Crypto/receipt/lookup/v1"u8;
    private static ReadOnlySpan<byte> KeyLabel => "Portal.Crypto/receipt/x25519/v1"u8;

    private ReceiptSecrets(byte[] lookupHash, X25519KeyPair keyPair)
    {
        LookupHash = lookupHash;
        KeyPair = keyPair;
    }

    /// <summary>Deterministic per installation salt: store it and look reports up by equality.</summary>
    public byte[] LookupHash { get; }

    /// <summary>The whistleblower's key pair; dispose this object when done.</summary>
    public X25519KeyPair KeyPair { get; }

    /// <summary>Runs Argon2id once and splits the result.</summary>
    /// <exception cref="ArgumentException">Installation salt shorter than 16 or longer than 1024 bytes.</exception>
    public static ReceiptSecrets Derive(Receipt receipt, ReadOnlySpan<byte> installationSalt, Argon2Parameters parameters)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        ArgumentNullException.ThrowIfNull(parameters);
        if (installationSalt.Length is < MinInstallationSaltSize or > MaxInstallationSaltSize)
        {
            throw new ArgumentException(
                $"Installation salt must be {MinInstallationSaltSize} to {MaxInstallationSaltSize} bytes.", nameof(installationSalt));
        }

        var password = receipt.CanonicalBytes();
        Span<byte> argonSalt = stackalloc byte[Primitives.Argon2SaltSize];
        Span<byte> master = stackalloc byte[Primitives.KeySize];
        Span<byte> prk = stackalloc byte[Primitives.KeySize];
        Span<byte> privateKey = stackalloc byte[X25519KeyPair.PrivateKeySize];
        try
        {
            Primitives.HkdfSha256(installationSalt, ReadOnlySpan<byte>.Empty, SaltLabel, argonSalt);
            Primitives.Argon2id(password, argonSalt, parameters, master);
            Primitives.HkdfExtract(master, installationSalt, prk);
            var lookupHash = new byte[LookupHashSize];
            Primitives.HkdfExpand(prk, LookupLabel, lookupHash);
            Primitives.HkdfExpand(prk, KeyLabel, privateKey);
            return new ReceiptSecrets(lookupHash, X25519KeyPair.Import(privateKey));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(password);
            CryptographicOperations.ZeroMemory(master);
            CryptographicOperations.ZeroMemory(prk);
            CryptographicOperations.ZeroMemory(privateKey);
        }
    }

    /// <summary>Releases the key pair.</summary>
    public void Dispose() => KeyPair.Dispose();

    /// <summary>Redacted.</summary>
    public override string ToString() => "ReceiptSecrets(redacted)";
}

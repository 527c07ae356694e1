using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Portal.Crypto;

namespace Portal.Benchmarks.Crypto;

/// <summary>
/// One Argon2id derivation with the portal's Default parameters (64 MiB, 3 passes, 1 lane). Every report
/// submission runs one (the receipt), and so does every staff sign-in and receipt look-up, so this number
/// bounds how many of them a core can serve per second.
/// </summary>
public class Argon2Benchmarks
{
    private readonly byte[] salt = new byte[PasswordKeyDerivation.SaltSize];
    private readonly byte[] installationSalt = new byte[32];
    private Receipt receipt = null!;

    [GlobalSetup]
    public void Setup()
    {
        RandomNumberGenerator.Fill(salt);
        RandomNumberGenerator.Fill(installationSalt);
        receipt = Receipt.Generate();
    }

    [Benchmark(Description = "Argon2id Default: PasswordKeyDerivation.DeriveKey")]
    public byte[] DeriveKey() => PasswordKeyDerivation.DeriveKey("mật khẩu dài đủ mười hai", salt, Argon2Parameters.Default);

    /// <summary>The per-submission cost: Argon2id plus HKDF and an X25519 key pair.</summary>
    [Benchmark(Description = "ReceiptSecrets.Derive (Default)")]
    public int ReceiptDerive()
    {
        using var secrets = ReceiptSecrets.Derive(receipt, installationSalt, Argon2Parameters.Default);
        return secrets.LookupHash[0];
    }
}

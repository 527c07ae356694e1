using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Crypto;

/// <summary>
/// Encrypts report fields (text or small byte arrays) with XChaCha20-Poly1305 under a <see cref="SecretKey"/>.
/// Format v1: <c>0x01 || nonce(24, random) || ciphertext || tag(16)</c>; the AEAD associated data is
/// <c>0x01 || caller AD</c>. Decryption returns false for any problem and never says which.
/// For files use <see cref="StreamCipher"/>.
/// </summary>
public static class ContentCipher
{
    /// <summary>Version byte of the current format.</summary>
    public const byte Version1 = 1;

    /// <summary>Bytes added to the plaintext: version + nonce + tag = 41.</summary>
    public const int Overhead = 1 + Primitives.NonceSize + Primitives.TagSize;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Length of the ciphertext for a plaintext of the given length.</summary>
    public static int GetCiphertextLength(int plaintextLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(plaintextLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(plaintextLength, int.MaxValue - Overhead);
        return plaintextLength + Overhead;
    }

    /// <summary>Encrypts bytes (may be empty) bound to <paramref name="associatedData"/>.</summary>
    /// <exception cref="ArgumentException">Empty associated data or plaintext too large.</exception>
    public static byte[] Encrypt(SecretKey key, ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        ArgumentNullException.ThrowIfNull(key);
        Guard.AssociatedData(associatedData, nameof(associatedData));
        var result = new byte[GetCiphertextLength(plaintext.Length)];
        result[0] = Version1;
        var nonce = result.AsSpan(1, Primitives.NonceSize);
        Primitives.Fill(nonce);
        var aeadAd = Guard.Concat(result.AsSpan(0, 1), associatedData);
        Primitives.Encrypt(key.Bytes, nonce, aeadAd, plaintext, result.AsSpan(1 + Primitives.NonceSize));
        return result;
    }

    /// <summary>Encrypts a string as UTF-8.</summary>
    /// <exception cref="ArgumentException">Null or invalid UTF-16 text, or empty associated data.</exception>
    public static byte[] EncryptString(SecretKey key, string plaintext, ReadOnlySpan<byte> associatedData)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        byte[] bytes;
        try
        {
            bytes = StrictUtf8.GetBytes(plaintext);
        }
        catch (EncoderFallbackException e)
        {
            throw new ArgumentException("Not valid UTF-16 text.", nameof(plaintext), e);
        }

        try
        {
            return Encrypt(key, bytes, associatedData);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>
    /// Decrypts and authenticates. False if the data is malformed, of an unknown version, tampered with, or
    /// was encrypted under another key or associated data; the reason is deliberately not reported.
    /// </summary>
    /// <exception cref="ArgumentException">Empty associated data (a caller bug, not hostile data).</exception>
    public static bool TryDecrypt(SecretKey key, ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> associatedData,
        [NotNullWhen(true)] out byte[]? plaintext)
    {
        ArgumentNullException.ThrowIfNull(key);
        Guard.AssociatedData(associatedData, nameof(associatedData));
        plaintext = null;
        if (ciphertext.Length < Overhead || ciphertext[0] != Version1)
        {
            return false;
        }

        var output = new byte[ciphertext.Length - Overhead];
        var aeadAd = Guard.Concat(ciphertext[..1], associatedData);
        if (!Primitives.Decrypt(key.Bytes, ciphertext.Slice(1, Primitives.NonceSize), aeadAd,
                ciphertext[(1 + Primitives.NonceSize)..], output))
        {
            return false;
        }

        plaintext = output;
        return true;
    }

    /// <summary>Decrypts a value produced by <see cref="EncryptString"/>; false as for <see cref="TryDecrypt"/>.</summary>
    public static bool TryDecryptString(SecretKey key, ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> associatedData,
        [NotNullWhen(true)] out string? plaintext)
    {
        plaintext = null;
        if (!TryDecrypt(key, ciphertext, associatedData, out var bytes))
        {
            return false;
        }

        try
        {
            plaintext = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }
}

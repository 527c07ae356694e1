using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Crypto;

/// <summary>
/// Argon2id password hashing to a 32-byte key. Text passwords are Unicode-normalised to NFC before UTF-8
/// encoding, because Vietnamese input methods may send the same password precomposed or decomposed.
/// Temporary buffers are zeroed; the caller owns (and must zero) the returned key.
/// </summary>
public static class PasswordKeyDerivation
{
    /// <summary>Salt size required by Argon2id in libsodium.</summary>
    public const int SaltSize = Primitives.Argon2SaltSize;

    /// <summary>Output size.</summary>
    public const int KeySize = 32;

    /// <summary>Longest accepted password, in characters.</summary>
    public const int MaxPasswordLength = 1024;

    /// <summary>Longest accepted byte password.</summary>
    public const int MaxPasswordBytes = 4 * MaxPasswordLength;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Derives a 32-byte key from a text password.</summary>
    /// <exception cref="ArgumentException">Empty, too long or invalid password; salt not 16 bytes.</exception>
    public static byte[] DeriveKey(ReadOnlySpan<char> password, ReadOnlySpan<byte> salt, Argon2Parameters parameters)
    {
        var key = new byte[KeySize];
        DeriveKey(password, salt, parameters, key);
        return key;
    }

    /// <summary>Derives a 32-byte key from password bytes (used as given, no normalisation).</summary>
    /// <exception cref="ArgumentException">Empty or too long password; salt not 16 bytes.</exception>
    public static byte[] DeriveKey(ReadOnlySpan<byte> password, ReadOnlySpan<byte> salt, Argon2Parameters parameters)
    {
        if (password.IsEmpty || password.Length > MaxPasswordBytes)
        {
            throw new ArgumentException("Password must not be empty or too long.", nameof(password));
        }

        Guard.Size(salt, SaltSize, nameof(salt));
        ArgumentNullException.ThrowIfNull(parameters);
        var key = new byte[KeySize];
        Primitives.Argon2id(password, salt, parameters, key);
        return key;
    }

    internal static void DeriveKey(ReadOnlySpan<char> password, ReadOnlySpan<byte> salt, Argon2Parameters parameters, Span<byte> output)
    {
        if (password.IsEmpty || password.Length > MaxPasswordLength)
        {
            throw new ArgumentException($"Password must be 1 to {MaxPasswordLength} characters.", nameof(password));
        }

        Guard.Size(salt, SaltSize, nameof(salt));
        ArgumentNullException.ThrowIfNull(parameters);
        var normalised = Normalise(password, out var normalisedLength);
        byte[]? utf8 = null;
        var utf8Length = 0;
        try
        {
            var chars = normalised.AsSpan(0, normalisedLength);
            utf8 = ArrayPool<byte>.Shared.Rent(StrictUtf8.GetMaxByteCount(chars.Length));
            utf8Length = StrictUtf8.GetBytes(chars, utf8);
            Primitives.Argon2id(utf8.AsSpan(0, utf8Length), salt, parameters, output);
        }
        catch (EncoderFallbackException e)
        {
            throw new ArgumentException("Password is not valid UTF-16 text.", nameof(password), e);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(MemoryMarshalChars(normalised));
            ArrayPool<char>.Shared.Return(normalised);
            if (utf8 is not null)
            {
                CryptographicOperations.ZeroMemory(utf8.AsSpan(0, utf8Length));
                ArrayPool<byte>.Shared.Return(utf8);
            }
        }
    }

    private static char[] Normalise(ReadOnlySpan<char> password, out int length)
    {
        int needed;
        try
        {
            needed = password.GetNormalizedLength(NormalizationForm.FormC);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException("Password is not valid UTF-16 text.", nameof(password), e);
        }

        var buffer = ArrayPool<char>.Shared.Rent(needed);
        if (!password.TryNormalize(buffer, out length, NormalizationForm.FormC))
        {
            CryptographicOperations.ZeroMemory(MemoryMarshalChars(buffer));
            ArrayPool<char>.Shared.Return(buffer);
            throw new ArgumentException("Password could not be normalised.", nameof(password));
        }

        return buffer;
    }

    private static Span<byte> MemoryMarshalChars(char[] chars) =>
        System.Runtime.InteropServices.MemoryMarshal.AsBytes(chars.AsSpan());
}

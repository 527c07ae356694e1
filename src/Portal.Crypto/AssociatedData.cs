using System.Buffers.Binary;
using System.Text;

namespace Portal.Crypto;

/// <summary>
/// Builds the associated data (AD) that binds a ciphertext to where it belongs, so a ciphertext copied
/// into another report, user or field fails to decrypt. The encoding is injective: a version byte, a
/// component count, then each component as a 4-byte big-endian length and its bytes (strings as strict
/// UTF-8, GUIDs as 16 big-endian RFC 4122 bytes). So ("ab","c") and ("a","bc") never collide.
/// </summary>
public static class AssociatedData
{
    /// <summary>First byte of every AD produced here.</summary>
    public const byte FormatVersion = 1;

    /// <summary>Longest accepted context or field name, in characters.</summary>
    public const int MaxNameLength = 256;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>AD for (context, owner, field), e.g. ("report", reportId, "description").</summary>
    /// <exception cref="ArgumentException">A name is null, empty, too long or not valid UTF-16.</exception>
    public static byte[] For(string context, Guid ownerId, string field) =>
        Encode(context, ownerId, field, itemId: null);

    /// <summary>AD for (context, owner, field, item), e.g. ("report", reportId, "attachment", fileId).</summary>
    /// <exception cref="ArgumentException">A name is null, empty, too long or not valid UTF-16.</exception>
    public static byte[] For(string context, Guid ownerId, string field, Guid itemId) =>
        Encode(context, ownerId, field, itemId);

    private static byte[] Encode(string context, Guid ownerId, string field, Guid? itemId)
    {
        var contextBytes = EncodeName(context, nameof(context));
        var fieldBytes = EncodeName(field, nameof(field));
        var count = itemId is null ? 3 : 4;
        var length = 2 + (4 + contextBytes.Length) + (4 + 16) + (4 + fieldBytes.Length) + (itemId is null ? 0 : 4 + 16);

        var result = new byte[length];
        var span = result.AsSpan();
        span[0] = FormatVersion;
        span[1] = (byte)count;
        var offset = 2;
        offset = WriteComponent(span, offset, contextBytes);
        offset = WriteGuid(span, offset, ownerId);
        offset = WriteComponent(span, offset, fieldBytes);
        if (itemId is { } item)
        {
            offset = WriteGuid(span, offset, item);
        }

        return offset == length ? result : throw new InvalidOperationException("AD length mismatch.");
    }

    private static byte[] EncodeName(string name, string paramName)
    {
        ArgumentException.ThrowIfNullOrEmpty(name, paramName);
        if (name.Length > MaxNameLength)
        {
            throw new ArgumentException($"At most {MaxNameLength} characters.", paramName);
        }

        try
        {
            return StrictUtf8.GetBytes(name);
        }
        catch (EncoderFallbackException e)
        {
            // A lone surrogate would otherwise be replaced by U+FFFD and make two names collide.
            throw new ArgumentException("Not valid UTF-16 text.", paramName, e);
        }
    }

    private static int WriteComponent(Span<byte> span, int offset, ReadOnlySpan<byte> bytes)
    {
        BinaryPrimitives.WriteUInt32BigEndian(span[offset..], (uint)bytes.Length);
        bytes.CopyTo(span[(offset + 4)..]);
        return offset + 4 + bytes.Length;
    }

    private static int WriteGuid(Span<byte> span, int offset, Guid value)
    {
        BinaryPrimitives.WriteUInt32BigEndian(span[offset..], 16);
        if (!value.TryWriteBytes(span.Slice(offset + 4, 16), bigEndian: true, out _))
        {
            throw new InvalidOperationException("Could not write GUID.");
        }

        return offset + 4 + 16;
    }
}

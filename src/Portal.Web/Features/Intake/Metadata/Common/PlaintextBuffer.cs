using System.Security.Cryptography;

namespace Portal.Web.Features.Intake.Metadata.Common;

/// <summary>A whole file held in memory for formats that need random access (ZIP, PDF).</summary>
/// <remarks>
/// The file is the reporter's plaintext, so it never goes to a temporary file. The buffer is zeroed on
/// dispose. When the input is not seekable, earlier, smaller copies made while the buffer grew are left to
/// the garbage collector and cannot be wiped; a seekable input is read into one exact-size array.
/// </remarks>
internal sealed class PlaintextBuffer : IDisposable
{
    private byte[] _bytes;

    private PlaintextBuffer(byte[] bytes, int length)
    {
        _bytes = bytes;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlyMemory<byte> Memory => _bytes.AsMemory(0, Length);

    public ReadOnlySpan<byte> Span => _bytes.AsSpan(0, Length);

    /// <summary>A read-only stream over the bytes, for <see cref="System.IO.Compression.ZipArchive"/>.</summary>
    public MemoryStream OpenRead() => new(_bytes, 0, Length, writable: false);

    public static async Task<PlaintextBuffer> ReadAsync(Stream input, long maxBytes, CancellationToken cancellationToken)
    {
        // Arrays are limited to Array.MaxLength bytes; anything larger cannot be cleaned in memory anyway.
        var limit = Math.Min(maxBytes, Array.MaxLength - 1L);
        if (input.CanSeek)
        {
            var remaining = Math.Max(0, input.Length - input.Position);
            if (remaining > limit)
                throw TooLarge(maxBytes);
            var exact = new byte[remaining];
            var read = 0;
            while (read < exact.Length)
            {
                var n = await input.ReadAsync(exact.AsMemory(read), cancellationToken);
                if (n == 0)
                    break;
                read += n;
            }

            if (read == exact.Length && await input.ReadAsync(new byte[1], cancellationToken) > 0)
                throw TooLarge(maxBytes);
            return new PlaintextBuffer(exact, read);
        }

        var bytes = new byte[(int)Math.Min(limit + 1, 64 * 1024)];
        var length = 0;
        while (true)
        {
            if (length == bytes.Length)
            {
                if (length > limit)
                    throw TooLarge(maxBytes);
                var grown = new byte[(int)Math.Min((long)bytes.Length * 2, limit + 1)];
                bytes.AsSpan(0, length).CopyTo(grown);
                CryptographicOperations.ZeroMemory(bytes);
                bytes = grown;
            }

            var n = await input.ReadAsync(bytes.AsMemory(length), cancellationToken);
            if (n == 0)
                break;
            length += n;
        }

        if (length > limit)
            throw TooLarge(maxBytes);
        return new PlaintextBuffer(bytes, length);
    }

    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(_bytes);
        _bytes = [];
    }

    private static ScrubAbortedException TooLarge(long maxBytes) =>
        ScrubAbortedException.TooLarge($"The file is larger than the limit of {maxBytes} bytes.");
}

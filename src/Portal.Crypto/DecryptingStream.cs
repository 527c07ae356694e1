using System.Buffers;
using System.Security.Cryptography;

namespace Portal.Crypto;

/// <summary>
/// Read-only stream that decrypts the <see cref="StreamCipher"/> format chunk by chunk, holding at most one
/// chunk in memory. Each chunk is authenticated before any of its bytes are returned, but truncation, a
/// missing final chunk or appended data can only be noticed at the end: the stream then throws
/// <see cref="CryptographicException"/> (always the same message, never which check failed) and keeps
/// throwing. Treat data read so far as unconfirmed until a read returns 0. To decrypt into another stream
/// and get a yes/no answer, use <see cref="StreamCipher.TryDecrypt"/>. Not thread-safe.
/// </summary>
public sealed class DecryptingStream : Stream
{
    private const string TamperMessage =
        "The encrypted file is damaged, incomplete, or belongs to another key or record.";

    private readonly Stream _source;
    private readonly bool _leaveOpen;
    private readonly byte[] _key = GC.AllocateUninitializedArray<byte>(SecretKey.Size, pinned: true);
    private readonly byte[] _associatedData;
    private readonly byte[] _header = new byte[StreamChunkCipher.HeaderSize];
    private readonly byte[] _encrypted = ArrayPool<byte>.Shared.Rent(StreamChunkCipher.EncryptedChunkSize);
    private readonly byte[] _plain = ArrayPool<byte>.Shared.Rent(StreamChunkCipher.ChunkSize);
    private StreamChunkCipher? _cipher;
    private int _plainOffset;
    private int _plainCount;
    private bool _finished;
    private bool _failed;
    private bool _disposed;

    internal DecryptingStream(Stream source, SecretKey key, ReadOnlySpan<byte> associatedData, bool leaveOpen)
    {
        _source = source;
        _leaveOpen = leaveOpen;
        key.Bytes.CopyTo(_key);
        _associatedData = associatedData.ToArray();
    }

    /// <inheritdoc/>
    public override bool CanRead => !_disposed;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count)
    {
        ValidateBufferArguments(buffer, offset, count);
        return Read(buffer.AsSpan(offset, count));
    }

    /// <inheritdoc/>
    /// <exception cref="CryptographicException">The ciphertext failed authentication.</exception>
    public override int Read(Span<byte> buffer)
    {
        EnsureReadable();
        if (buffer.IsEmpty)
        {
            return 0;
        }

        while (_plainOffset == _plainCount)
        {
            if (_finished)
            {
                return 0;
            }

            if (_cipher is null)
            {
                StartFile(_source.ReadAtLeast(_header, _header.Length, throwOnEndOfStream: false));
            }

            OpenChunk(_source.ReadAtLeast(_encrypted.AsSpan(0, StreamChunkCipher.EncryptedChunkSize),
                StreamChunkCipher.EncryptedChunkSize, throwOnEndOfStream: false));
        }

        return CopyOut(buffer);
    }

    /// <inheritdoc/>
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        ValidateBufferArguments(buffer, offset, count);
        return ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }

    /// <inheritdoc/>
    /// <exception cref="CryptographicException">The ciphertext failed authentication.</exception>
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        EnsureReadable();
        if (buffer.IsEmpty)
        {
            return 0;
        }

        while (_plainOffset == _plainCount)
        {
            if (_finished)
            {
                return 0;
            }

            if (_cipher is null)
            {
                StartFile(await _source.ReadAtLeastAsync(_header, _header.Length, throwOnEndOfStream: false,
                    cancellationToken).ConfigureAwait(false));
            }

            OpenChunk(await _source.ReadAtLeastAsync(_encrypted.AsMemory(0, StreamChunkCipher.EncryptedChunkSize),
                StreamChunkCipher.EncryptedChunkSize, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false));
        }

        return CopyOut(buffer.Span);
    }

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (!_disposed && disposing)
        {
            _disposed = true;
            Release();
            if (!_leaveOpen)
            {
                _source.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    /// <inheritdoc/>
    public override async ValueTask DisposeAsync()
    {
        if (!_disposed)
        {
            _disposed = true;
            Release();
            if (!_leaveOpen)
            {
                await _source.DisposeAsync().ConfigureAwait(false);
            }
        }

        await base.DisposeAsync().ConfigureAwait(false);
    }

    private void StartFile(int headerBytes)
    {
        if (headerBytes < StreamChunkCipher.HeaderSize || _header[0] != StreamChunkCipher.Version1)
        {
            Fail();
        }

        _cipher = new StreamChunkCipher(_key, _header, _associatedData);
        CryptographicOperations.ZeroMemory(_key);
    }

    /// <summary>
    /// A full-size read is a non-final chunk; a shorter one (short only at end of stream) must be the final
    /// chunk. So a file cut at a chunk boundary reads 0 bytes where the final chunk should be, and anything
    /// appended shifts the boundaries: both fail authentication.
    /// </summary>
    private void OpenChunk(int read)
    {
        if (read < Primitives.TagSize)
        {
            Fail();
        }

        var final = read < StreamChunkCipher.EncryptedChunkSize;
        var plainLength = read - Primitives.TagSize;
        if (!_cipher!.TryDecryptChunk(_encrypted.AsSpan(0, read), final, _plain.AsSpan(0, plainLength)))
        {
            Fail();
        }

        _plainOffset = 0;
        _plainCount = plainLength;
        _finished = final;
    }

    private int CopyOut(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, _plainCount - _plainOffset);
        _plain.AsSpan(_plainOffset, count).CopyTo(buffer);
        _plainOffset += count;
        return count;
    }

    private void EnsureReadable()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_failed)
        {
            throw new CryptographicException(TamperMessage);
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void Fail()
    {
        _failed = true;
        Array.Clear(_plain);
        _plainOffset = _plainCount = 0;
        throw new CryptographicException(TamperMessage);
    }

    private void Release()
    {
        _cipher?.Dispose();
        CryptographicOperations.ZeroMemory(_key);
        ArrayPool<byte>.Shared.Return(_encrypted, clearArray: true);
        ArrayPool<byte>.Shared.Return(_plain, clearArray: true);
    }
}

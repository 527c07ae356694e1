using System.Buffers;

namespace Portal.Crypto;

/// <summary>
/// Write-only stream that encrypts into another stream in 64 KiB chunks (<see cref="StreamCipher"/> format),
/// holding at most one chunk in memory. Copy an upload straight into it. You MUST call
/// <see cref="Complete"/> or <see cref="CompleteAsync"/> after the last byte: that writes the final chunk.
/// Disposing without completing (for example because the upload was aborted) deliberately leaves a
/// ciphertext that never decrypts, so a cut-off upload cannot pass for a shorter complete file.
/// Not thread-safe.
/// </summary>
public sealed class EncryptingStream : Stream
{
    private readonly Stream _destination;
    private readonly bool _leaveOpen;
    private readonly StreamChunkCipher _cipher;
    private readonly byte[] _header = new byte[StreamChunkCipher.HeaderSize];
    private readonly byte[] _plain = ArrayPool<byte>.Shared.Rent(StreamChunkCipher.ChunkSize);
    private readonly byte[] _encrypted = ArrayPool<byte>.Shared.Rent(StreamChunkCipher.EncryptedChunkSize);
    private int _plainCount;
    private bool _headerWritten;
    private bool _completed;
    private bool _faulted;
    private bool _disposed;

    internal EncryptingStream(Stream destination, SecretKey key, ReadOnlySpan<byte> associatedData, bool leaveOpen)
    {
        _destination = destination;
        _leaveOpen = leaveOpen;
        StreamChunkCipher.CreateHeader(_header);
        _cipher = new StreamChunkCipher(key.Bytes, _header, associatedData);
    }

    /// <summary>Plaintext bytes accepted so far.</summary>
    public long PlaintextLength { get; private set; }

    /// <summary>True once the final chunk has been written.</summary>
    public bool IsCompleted => _completed;

    /// <inheritdoc/>
    public override bool CanRead => false;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => !_disposed && !_completed && !_faulted;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count)
    {
        ValidateBufferArguments(buffer, offset, count);
        Write(buffer.AsSpan(offset, count));
    }

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        EnsureWritable();
        try
        {
            while (!buffer.IsEmpty)
            {
                buffer = buffer[Take(buffer)..];
                if (_plainCount == StreamChunkCipher.ChunkSize)
                {
                    WriteChunk(final: false);
                }
            }
        }
        catch
        {
            _faulted = true;
            throw;
        }
    }

    /// <inheritdoc/>
    public override void WriteByte(byte value) => Write([value]);

    /// <inheritdoc/>
    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        ValidateBufferArguments(buffer, offset, count);
        return WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }

    /// <inheritdoc/>
    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        EnsureWritable();
        try
        {
            while (!buffer.IsEmpty)
            {
                buffer = buffer[Take(buffer.Span)..];
                if (_plainCount == StreamChunkCipher.ChunkSize)
                {
                    await WriteChunkAsync(final: false, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch
        {
            _faulted = true;
            throw;
        }
    }

    /// <summary>Encrypts and writes the final chunk (possibly empty) and flushes the destination.</summary>
    /// <exception cref="InvalidOperationException">Already completed or a previous write failed.</exception>
    public void Complete()
    {
        EnsureWritable();
        try
        {
            WriteChunk(final: true);
            _destination.Flush();
            _completed = true;
        }
        catch
        {
            _faulted = true;
            throw;
        }
    }

    /// <summary>Asynchronous <see cref="Complete"/>; never uses synchronous I/O on the destination.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        EnsureWritable();
        try
        {
            await WriteChunkAsync(final: true, cancellationToken).ConfigureAwait(false);
            await _destination.FlushAsync(cancellationToken).ConfigureAwait(false);
            _completed = true;
        }
        catch
        {
            _faulted = true;
            throw;
        }
    }

    /// <summary>Flushes the destination; does not write a partial chunk (chunks have a fixed size).</summary>
    public override void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _destination.Flush();
    }

    /// <inheritdoc/>
    public override Task FlushAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _destination.FlushAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (!_disposed && disposing)
        {
            _disposed = true;
            Release();
            if (!_leaveOpen)
            {
                _destination.Dispose();
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
                await _destination.DisposeAsync().ConfigureAwait(false);
            }
        }

        await base.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Copies as much as fits into the chunk buffer; returns how many bytes it took.</summary>
    private int Take(ReadOnlySpan<byte> source)
    {
        var take = Math.Min(source.Length, StreamChunkCipher.ChunkSize - _plainCount);
        source[..take].CopyTo(_plain.AsSpan(_plainCount));
        _plainCount += take;
        PlaintextLength += take;
        return take;
    }

    private int EncryptPending(bool final)
    {
        var length = _plainCount + Primitives.TagSize;
        _cipher.EncryptChunk(_plain.AsSpan(0, _plainCount), final, _encrypted.AsSpan(0, length));
        Array.Clear(_plain, 0, _plainCount);
        _plainCount = 0;
        return length;
    }

    private void WriteChunk(bool final)
    {
        var length = EncryptPending(final);
        if (!_headerWritten)
        {
            _destination.Write(_header);
            _headerWritten = true;
        }

        _destination.Write(_encrypted, 0, length);
    }

    private async ValueTask WriteChunkAsync(bool final, CancellationToken cancellationToken)
    {
        var length = EncryptPending(final);
        if (!_headerWritten)
        {
            await _destination.WriteAsync(_header, cancellationToken).ConfigureAwait(false);
            _headerWritten = true;
        }

        await _destination.WriteAsync(_encrypted.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
    }

    private void EnsureWritable()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed || _faulted)
        {
            throw new InvalidOperationException(_completed
                ? "The encrypted stream is already complete."
                : "A previous write failed; the ciphertext is incomplete and must be discarded.");
        }
    }

    private void Release()
    {
        _cipher.Dispose();
        ArrayPool<byte>.Shared.Return(_plain, clearArray: true);
        ArrayPool<byte>.Shared.Return(_encrypted, clearArray: true);
    }
}
